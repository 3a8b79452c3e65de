package org.sourceline.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An article's file as it was added, byte for byte (a saved web page, a PDF, a text file), kept with the text read
 * from it, so that every quote can always be checked against what was read.
 *
 * @param fileName  the file's name when it was added ("article.html"), without any folder
 * @param mediaType what it is: {@code text/plain}, {@code text/html}, {@code application/pdf}
 * @param pageLines for a paged original (a PDF), the line of the text read at which each page starts, from 1 and
 *                  in order; empty otherwise
 */
public record Original(String fileName, String mediaType, byte[] bytes, List<Integer> pageLines) {
    public Original {
        Ids.text("original file name", fileName);
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("an original's file name has no folder: " + fileName);
        }
        Ids.text("original media type", mediaType);
        Objects.requireNonNull(bytes, "bytes");
        bytes = bytes.clone();
        pageLines = List.copyOf(pageLines);
        for (int i = 0; i < pageLines.size(); i++) {
            if (pageLines.get(i) < 1 || i > 0 && pageLines.get(i) < pageLines.get(i - 1)) {
                throw new IllegalArgumentException("page lines must start at 1 or later, in order: " + pageLines);
            }
        }
    }

    /**
     * The same file under a name of its source's own, {@code src-x.original.html} (its extension kept), so that it
     * is never the name of another source's file beside an exported timeline: ids hold no dot.
     */
    public Original keptAs(String sourceId) {
        String name = sourceId + ".original" + extension(fileName);
        return name.equals(fileName) ? this : new Original(name, mediaType, bytes, pageLines);
    }

    /** ".html", ".pdf": a file name's extension, letters and digits only, or nothing. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "";
        }
        String ext = fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return ext.length() <= 10 && ext.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                ? "." + ext : "";
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** The page a line of the text read stands on, from 1; 0 for an original without pages. */
    public int pageOfLine(int line) {
        return pageOfLine(pageLines, line);
    }

    /** The page a line stands on, from 1, given the line each page starts at; 0 for no pages. */
    public static int pageOfLine(List<Integer> pageLines, int line) {
        int page = 0;
        for (int i = 0; i < pageLines.size() && pageLines.get(i) <= line; i++) {
            page = i + 1;
        }
        return page;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Original o && fileName.equals(o.fileName) && mediaType.equals(o.mediaType)
                && Arrays.equals(bytes, o.bytes) && pageLines.equals(o.pageLines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(bytes), pageLines);
    }

    @Override
    public String toString() {
        return fileName + " (" + mediaType + ", " + bytes.length + " bytes)";
    }
}
