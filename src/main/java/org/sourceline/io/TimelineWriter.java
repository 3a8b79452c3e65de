package org.sourceline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Original;
import org.sourceline.model.Place;
import org.sourceline.model.Source;

/**
 * Writes a timeline in Sourceline's JSON format, in one canonical form: sorted, two-space indented, absent
 * values omitted, LF line ends. Writing what was read gives the same bytes again.
 */
public final class TimelineWriter {
    /**
     * Leaves the stream open: the caller closes it, once it has been flushed to disk. Characters beyond the basic
     * plane (😀, 𝐀) are written as themselves, as every other character is, not as two escapes.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private TimelineWriter() {
    }

    /** Time order as the store and the timeline use it: earliest instant, then latest, then id. */
    public static final Comparator<Event> EVENT_ORDER =
            Comparator.comparingLong((Event e) -> e.date().earliestEpochSecond())
                    .thenComparingLong(e -> e.date().latestEpochSecond())
                    .thenComparing(Event::id);

    /** Eras in the same time order as events. */
    public static final Comparator<Era> ERA_ORDER =
            Comparator.comparingLong((Era e) -> e.date().earliestEpochSecond())
                    .thenComparingLong(e -> e.date().latestEpochSecond())
                    .thenComparing(Era::id);

    public static byte[] toBytes(Dataset dataset) {
        return InMemory.bytes(out -> write(dataset, out));
    }

    /** A timeline with the original files its sources keep, named in the JSON. */
    public static byte[] toBytes(LoadedTimeline timeline) {
        return InMemory.bytes(out -> write(timeline.dataset(), timeline.originals(), out));
    }

    /**
     * Writes the timeline to {@code file} and each article beside it (an article already there with other
     * content is an error: nothing is overwritten), all or nothing: if any file cannot be written whole (a full
     * disk), none is, and whatever was there before is left as it was.
     */
    public static void writeFile(LoadedTimeline timeline, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Map<Path, byte[]> articles = new LinkedHashMap<>();
        for (Source source : timeline.dataset().sources()) {
            Article article = timeline.articles().get(source.id());
            plainName(source, source.file());
            beside(articles, dir.resolve(source.file()), article.rawText().getBytes(StandardCharsets.UTF_8));
            Original original = timeline.originals().get(source.id());
            if (original != null) {
                plainName(source, original.fileName());
                beside(articles, dir.resolve(original.fileName()), original.bytes());
            }
        }
        if (filesBeside(timeline, file).stream().anyMatch(article -> OutputPath.same(article, file))) {
            throw new IOException(file.getFileName() + " is also the name of an article the timeline keeps beside it;"
                    + " give the export another name");
        }
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        articles.forEach((path, bytes) -> files.put(path, out -> out.write(bytes)));
        // Streamed to the file: a million events make more JSON than one byte array may hold.
        files.put(file, out -> write(timeline.dataset(), timeline.originals(), out));
        AtomicFiles.writeAll(files);
    }

    /**
     * Refuses a file name that would put a file anywhere but beside the timeline: the store is read from a file
     * another program may have changed, and an export must never write elsewhere than where the user pointed.
     */
    private static void plainName(Source source, String name) throws IOException {
        Path asPath;
        try {
            asPath = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            asPath = null;
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                || asPath == null || asPath.isAbsolute() || asPath.getNameCount() != 1) {
            throw new IOException("the store names a file of source " + source.id() + " \"" + name + "\", which is"
                    + " not a plain file name and would be written outside the export's folder; nothing was written");
        }
    }

    /** The files {@link #writeFile} writes besides {@code file} itself: each source's article and original. */
    public static java.util.List<Path> filesBeside(LoadedTimeline timeline, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        java.util.List<Path> paths = new java.util.ArrayList<>();
        for (Source source : timeline.dataset().sources()) {
            paths.add(dir.resolve(source.file()));
            Original original = timeline.originals().get(source.id());
            if (original != null) {
                paths.add(dir.resolve(original.fileName()));
            }
        }
        return paths;
    }

    /** Adds a file to write beside the timeline, unless the same bytes are there already. */
    private static void beside(Map<Path, byte[]> files, Path target, byte[] content) throws IOException {
        byte[] planned = files.get(target);
        if (planned != null ? !Arrays.equals(planned, content)
                : Files.exists(target) && !Arrays.equals(Files.readAllBytes(target), content)) {
            throw new IOException(target + " already exists with other content; export to another folder");
        }
        if (planned == null && !Files.exists(target)) {
            files.put(target, content);
        }
    }

    public static void write(Dataset dataset, OutputStream out) throws IOException {
        write(dataset, Map.of(), out);
    }

    /**
     * @param originals the original files kept for some sources, by source id: each is named in its source as
     *                  {@code "original"}; the caller writes the files themselves
     */
    public static void write(Dataset dataset, Map<String, Original> originals, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(printer);
            g.writeStartObject();
            g.writeStringField("format", TimelineReader.FORMAT);
            g.writeNumberField("version", TimelineReader.VERSION);
            optional(g, "title", dataset.title());
            optional(g, "description", dataset.description());
            g.writeArrayFieldStart("sources");
            for (Source s : sorted(dataset.sources(), Comparator.comparing(Source::id))) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("file", s.file());
                g.writeStringField("title", s.title());
                optional(g, "outlet", s.outlet());
                optional(g, "author", s.author());
                g.writeStringField("published", s.published().toString());
                g.writeStringField("language", s.language());
                optional(g, "url", s.url());
                g.writeArrayFieldStart("body_lines");
                for (LineRange r : s.bodyLines()) {
                    g.writeStartArray();
                    g.writeNumber(r.from());
                    g.writeNumber(r.to());
                    g.writeEndArray();
                }
                g.writeEndArray();
                Original original = originals.get(s.id());
                if (original != null) {
                    g.writeObjectFieldStart("original");
                    g.writeStringField("file", original.fileName());
                    g.writeStringField("media_type", original.mediaType());
                    if (!original.pageLines().isEmpty()) {
                        g.writeArrayFieldStart("pages");
                        for (int line : original.pageLines()) {
                            g.writeNumber(line);
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
                optional(g, "note", s.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("actors");
            for (Actor a : sorted(dataset.actors(), Comparator.comparing(Actor::id))) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("name", a.name());
                strings(g, "aliases", a.aliases());
                optional(g, "description", a.description());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("places");
            for (Place p : sorted(dataset.places(), Comparator.comparing(Place::id))) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeStringField("name", p.name());
                // Unlike an actor's, written only when there are some: files from before place aliases stay as
                // they were.
                if (!p.aliases().isEmpty()) {
                    strings(g, "aliases", p.aliases());
                }
                optional(g, "country", p.country());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!dataset.categories().isEmpty()) {
                g.writeArrayFieldStart("categories");
                for (Category c : sorted(dataset.categories(), Comparator.comparing(Category::id))) {
                    g.writeStartObject();
                    g.writeStringField("id", c.id());
                    g.writeStringField("label", c.label());
                    optional(g, "label_en", c.labelEn());
                    g.writeStringField("color", c.color());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("events");
            for (Event e : sorted(dataset.events(), EVENT_ORDER)) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                g.writeStringField("title", e.title());
                optional(g, "title_en", e.titleEn());
                g.writeStringField("summary", e.summary());
                g.writeStringField("date", e.date().toString());
                optional(g, "display_date", e.displayDate());
                g.writeStringField("category", e.category());
                strings(g, "actors", e.actors());
                strings(g, "places", e.places());
                strings(g, "tags", e.tags());
                g.writeArrayFieldStart("citations");
                for (Citation c : sorted(e.citations(), Comparator.comparing(Citation::sourceId))) {
                    g.writeStartObject();
                    g.writeStringField("source", c.sourceId());
                    g.writeStringField("quote", c.quote());
                    g.writeEndObject();
                }
                g.writeEndArray();
                optional(g, "note", e.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            // Only when there are some, so that a file without eras is written as before they existed.
            if (!dataset.eras().isEmpty()) {
                g.writeArrayFieldStart("eras");
                for (Era era : sorted(dataset.eras(), ERA_ORDER)) {
                    g.writeStartObject();
                    g.writeStringField("id", era.id());
                    g.writeStringField("label", era.label());
                    g.writeStringField("date", era.date().toString());
                    optional(g, "category", era.category());
                    optional(g, "color", era.color());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        return items.stream().sorted(order).toList();
    }

    private static void optional(JsonGenerator g, String key, String value) throws IOException {
        if (value != null) {
            g.writeStringField(key, value);
        }
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

}
