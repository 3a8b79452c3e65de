package org.sourceline.model;

import java.util.Objects;

/**
 * A source and its article: what is described of it, the text that was read, and the file it was read from when
 * the store keeps it.
 *
 * @param original the article's file byte for byte, or null when only its text is known
 */
public record SourceDocument(Source source, Article article, Original original) {
    public SourceDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
    }

    /** A source known by its text alone. */
    public SourceDocument(Source source, Article article) {
        this(source, article, null);
    }
}
