package org.sourceline.articles;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An article file as read: the file itself, byte for byte, and its body as paragraphs of plain text.
 *
 * <p>Each paragraph is one line (no line break inside), its white space folded as a browser folds it and its
 * words exactly as in the file: no quote marks, dashes or spaces are changed (see {@link Paragraphs}). Quotes are
 * matched against these paragraphs; {@link #bodyText()} joins them with a blank line, which is the form an
 * {@link org.sourceline.model.Article} body takes when every line of it is kept.
 *
 * <p>What the paragraphs are depends on the {@link #kind()}:
 * <ul>
 *   <li>{@code TEXT}: every line that holds something visible, in order; {@link #lines()} are all the lines of the
 *       text as they are (split as {@link org.sourceline.model.Article#lines} splits them), and
 *       {@link #paragraphLines()} the line number (from 1) of each paragraph, so that a person can say where the
 *       body starts and ends by line and {@code Article.cut(String.join("\n", lines()), ranges)} cuts it.
 *       A text file has no markup to tell its article from the rest, so nothing is dropped.
 *   <li>{@code HTML}: the article's body only, without the headline (it is in the metadata), navigation,
 *       advertising, related links, newsletter boxes, comments, share buttons, captions, credits or footers.
 *   <li>{@code PDF}: the text of every page, page after page; {@link #pageStarts()} holds, for each page, the index
 *       of its first paragraph. A paragraph never runs over two pages: one that does is cut at the page break.
 * </ul>
 *
 * @param original the file, byte for byte (this record keeps its own copy and hands out copies)
 * @param mediaType {@code text/plain; charset=…}, {@code text/html; charset=…} or {@code application/pdf}; the
 *                  charset is the one the text was decoded with
 * @param fileName the file's name, for messages and for the store
 * @param paragraphs the body, at least one paragraph
 * @param metadata what the file says about the article; for a text file, nothing
 * @param pageStarts for a PDF, one entry per page: the index in {@code paragraphs} of the page's first paragraph
 *                   (a page without text gets the index of the next page's first paragraph, or the number of
 *                   paragraphs at the end); empty for other kinds
 * @param lines for a text file, all its lines, blank ones included; empty for other kinds
 * @param paragraphLines for a text file, the line number (from 1) of each paragraph; empty for other kinds
 */
public record ReadArticle(byte[] original, String mediaType, String fileName, List<String> paragraphs,
                          ArticleMetadata metadata, List<Integer> pageStarts, List<String> lines,
                          List<Integer> paragraphLines) {
    /** What kind of file was read. */
    public enum Kind {
        TEXT("text/plain"),
        HTML("text/html"),
        PDF("application/pdf");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        /** The media type without parameters. */
        public String type() {
            return type;
        }
    }

    public ReadArticle {
        original = Objects.requireNonNull(original, "original").clone();
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(metadata, "metadata");
        pageStarts = List.copyOf(pageStarts);
        lines = List.copyOf(lines);
        paragraphLines = List.copyOf(paragraphLines);
        Kind kind = kindOf(mediaType);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("an article has at least one paragraph");
        }
        for (String paragraph : paragraphs) {
            if (paragraph.isEmpty() || !paragraph.equals(Paragraphs.oneLine(paragraph))) {
                throw new IllegalArgumentException("a paragraph is one line of visible text: \"" + paragraph + "\"");
            }
        }
        if (kind != Kind.PDF && !pageStarts.isEmpty()) {
            throw new IllegalArgumentException("only a PDF has pages");
        }
        int previous = 0;
        for (int start : pageStarts) {
            if (start < previous || start > paragraphs.size()) {
                throw new IllegalArgumentException("page starts go forward within the paragraphs: " + pageStarts);
            }
            previous = start;
        }
        if (kind == Kind.TEXT) {
            if (paragraphLines.size() != paragraphs.size()) {
                throw new IllegalArgumentException("every paragraph of a text file has its line number");
            }
            int line = 0;
            for (int number : paragraphLines) {
                if (number <= line || number > lines.size()) {
                    throw new IllegalArgumentException("paragraph line numbers go forward within the lines");
                }
                line = number;
            }
        } else if (!lines.isEmpty() || !paragraphLines.isEmpty()) {
            throw new IllegalArgumentException("only a text file has lines");
        }
    }

    /** The file, byte for byte: a copy, free to change. */
    @Override
    public byte[] original() {
        return original.clone();
    }

    /** The file's length in bytes. */
    public int size() {
        return original.length;
    }

    public Kind kind() {
        return kindOf(mediaType);
    }

    /** The paragraphs joined by a blank line ({@code "\n\n"}). */
    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }

    /**
     * The page (from 1) that holds a paragraph of a PDF.
     *
     * @throws IllegalStateException if this is not a PDF
     * @throws IndexOutOfBoundsException if there is no such paragraph
     */
    public int pageOf(int paragraph) {
        if (kind() != Kind.PDF) {
            throw new IllegalStateException(fileName + " has no pages");
        }
        Objects.checkIndex(paragraph, paragraphs.size());
        int page = 0;
        while (page < pageStarts.size() && pageStarts.get(page) <= paragraph) {
            page++;
        }
        return page;
    }

    private static Kind kindOf(String mediaType) {
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            if (kind.type.equals(type)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a media type an article is read from: " + mediaType);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadArticle that && Arrays.equals(original, that.original)
                && mediaType.equals(that.mediaType) && fileName.equals(that.fileName)
                && paragraphs.equals(that.paragraphs) && metadata.equals(that.metadata)
                && pageStarts.equals(that.pageStarts) && lines.equals(that.lines)
                && paragraphLines.equals(that.paragraphLines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(original), mediaType, fileName, paragraphs, metadata, pageStarts, lines,
                paragraphLines);
    }

    @Override
    public String toString() {
        return "ReadArticle[" + fileName + ", " + mediaType + ", " + original.length + " bytes, "
                + paragraphs.size() + " paragraphs, " + metadata + "]";
    }
}
