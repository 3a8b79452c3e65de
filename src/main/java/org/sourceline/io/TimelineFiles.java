package org.sourceline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.PathKind;

/**
 * Reading and writing a timeline in any of the formats, the format told by the file when it is not given. The
 * command line and the window both import and export through here.
 */
public final class TimelineFiles {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int SNIFF_BYTES = 64 * 1024;

    /** A timeline read from a file, and the format it was read as. */
    public record Imported(LoadedTimeline timeline, DataFormat format) {
    }

    private TimelineFiles() {
    }

    /**
     * Reads a timeline, all or nothing.
     *
     * @param format the format, or null to tell it from the file
     * @param today the day of the import: sources of formats without articles are known to be published by then
     */
    public static Imported read(Path file, DataFormat format, LocalDate today) throws IOException,
            InvalidInputException {
        requireFile(file);
        DataFormat chosen = format != null ? format : detect(file);
        if (!chosen.readable()) {
            throw new IllegalArgumentException(chosen.displayName() + " is written only, never read");
        }
        String name = file.toString();
        String fileName = file.getFileName() == null ? name : file.getFileName().toString();
        LoadedTimeline timeline;
        if (chosen == DataFormat.SOURCELINE) {
            timeline = TimelineReader.read(file);
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                timeline = switch (chosen) {
                    case TIMELINEJS -> TimelineJsReader.read(name, fileName, in, today);
                    case VIS -> VisReader.read(name, fileName, in, today);
                    default -> CsvReader.read(name, fileName, in, today);
                };
            }
        }
        return new Imported(timeline, chosen);
    }

    /**
     * Refuses, before it is opened, a path that is not a regular file: a named pipe would make the import wait
     * forever, a device never end.
     */
    static void requireFile(Path file) throws IOException {
        PathKind kind = PathKind.of(file, true);
        if (kind == PathKind.MISSING) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        if (kind != PathKind.FILE) {
            throw new IOException("this is " + kind.noun() + ", not a file; only regular files are read");
        }
    }

    /**
     * Tells a file's format from its content: JSON with {@code "format": "sourceline"} or {@code sources} is ours,
     * with {@code events} TimelineJS's, with {@code items} or as a bare array vis-timeline's; text whose first line
     * has commas or semicolons is CSV. The extension decides only when the content does not.
     *
     * @throws InvalidInputException when neither does
     */
    public static DataFormat detect(Path file) throws IOException, InvalidInputException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        char first = i < text.length() ? text.charAt(i) : 0;
        String extension = extension(file);
        if (first == '[') {
            return DataFormat.VIS;
        }
        if (first == '{') {
            DataFormat byKeys = byTopLevelKeys(file);
            if (byKeys != null) {
                return byKeys;
            }
        } else if (extension.equals("csv") || extension.equals("txt") || looksLikeCsv(text.substring(i))) {
            return DataFormat.CSV;
        }
        throw new InvalidInputException(List.of(new Problem(file.toString(), 1, 1,
                "cannot tell which format this file is in (Sourceline, TimelineJS, vis-timeline or CSV):"
                        + " give it with --format")));
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeCsv(String text) {
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
        return (header.contains(",") || header.contains(";"))
                && (header.contains("year") && header.contains("headline")
                || header.contains("date") && header.contains("title"));
    }

    /**
     * Reads the keys of the top-level object, skipping their values (so a long file streams past). A file that is
     * not valid JSON gets the format of the keys read so far, or ours, whose reader then reports where it breaks.
     */
    private static DataFormat byTopLevelKeys(Path file) throws IOException {
        Set<String> keys = new HashSet<>();
        String format = null;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(skipBom(in))) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                keys.add(key);
                JsonToken value = parser.nextToken();
                if (key.equals("format") && value == JsonToken.VALUE_STRING) {
                    format = parser.getText();
                    if (TimelineReader.FORMAT.equals(format)) {
                        return DataFormat.SOURCELINE;   // said at the start of our files: no need to read on
                    }
                }
                parser.skipChildren();
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return decide(keys, format) != null ? decide(keys, format) : DataFormat.SOURCELINE;
        }
        return decide(keys, format);
    }

    private static DataFormat decide(Set<String> keys, String format) {
        if (TimelineReader.FORMAT.equals(format) || keys.contains("format") || keys.contains("sources")) {
            return DataFormat.SOURCELINE;
        }
        if (keys.contains("events")) {
            return DataFormat.TIMELINEJS;
        }
        if (keys.contains("items")) {
            return DataFormat.VIS;
        }
        return null;
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        byte[] start = in.readNBytes(3);
        boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        InputStream head = new ByteArrayInputStream(bom ? new byte[0] : start);
        return new java.io.SequenceInputStream(head, in);
    }

    /**
     * Writes a timeline. Our own format puts each article beside the file, as {@link TimelineWriter#writeFile}
     * does; the others are one file, written whole or not at all.
     */
    public static void write(LoadedTimeline timeline, Path file, DataFormat format) throws IOException {
        write(timeline, file, format, java.util.Map.of());
    }

    /**
     * Writes a timeline as {@link #write(LoadedTimeline, Path, DataFormat)} does, after checking that neither the
     * file nor any file written beside it is one of {@code inputs} (the store it comes from): nothing is written
     * if one is.
     *
     * @param inputs the files being read, each with what it is ("the store being exported")
     */
    public static void write(LoadedTimeline timeline, Path file, DataFormat format,
            java.util.Map<Path, String> inputs) throws IOException {
        OutputPath.check(file, inputs);
        if (format == DataFormat.SOURCELINE) {
            for (Path beside : TimelineWriter.filesBeside(timeline, file)) {
                OutputPath.check(beside, inputs);
            }
        }
        switch (format) {
            case SOURCELINE -> TimelineWriter.writeFile(timeline, file);
            case TIMELINEJS -> AtomicFiles.write(file, TimelineJsWriter.toBytes(timeline.dataset()));
            case VIS -> AtomicFiles.write(file, VisWriter.toBytes(timeline.dataset()));
            case CSV -> AtomicFiles.write(file, CsvWriter.toBytes(timeline.dataset()));
            case ANNOTATIONS -> AtomicFiles.write(file, AnnotationWriter.toBytes(timeline));
            case CSL_JSON -> AtomicFiles.write(file, CslJsonWriter.toBytes(timeline.dataset()));
            default -> throw new IllegalArgumentException(format.toString());
        }
    }
}
