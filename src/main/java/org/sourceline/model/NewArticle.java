package org.sourceline.model;

import java.util.List;
import java.util.Objects;

/**
 * An article read from a file and not yet a source: its text, the lines that form its body, the file itself, and
 * what the file says of it, to be confirmed or corrected before it is stored.
 *
 * @param rawText   the text as read, split into lines as {@link Article#lines} splits them
 * @param body      the lines of the body (for a web page or a PDF, all of them; for a text file, where its text is)
 * @param original  the file, byte for byte; null for a pasted text
 * @param title     the headline the file gives, or null
 * @param outlet    the site or paper, or null
 * @param author    as written, or null
 * @param published the publication date the file gives, no more precise than it, or null
 * @param url       the article's address (http or https), or null
 * @param language  a language tag the file gives ({@code fr}, {@code en}), or null
 */
public record NewArticle(String rawText, List<LineRange> body, Original original, String title, String outlet,
                         String author, EdtfDate published, String url, String language) {
    public NewArticle {
        Objects.requireNonNull(rawText, "rawText");
        body = List.copyOf(body);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("an article has a body");
        }
    }

    /** The article a source keeps, cut from the text. */
    public Article article() {
        return Article.cut(rawText, body);
    }
}
