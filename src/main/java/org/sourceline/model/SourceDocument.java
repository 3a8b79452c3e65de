package org.sourceline.model;

import java.util.Objects;

/** A source and its article: what is described of it, and the text that was read. */
public record SourceDocument(Source source, Article article) {
    public SourceDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
    }
}
