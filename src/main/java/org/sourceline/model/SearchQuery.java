package org.sourceline.model;

import java.util.Objects;

/** A search: the words typed, combined with the filters in force. */
public record SearchQuery(SearchTerms terms, EventFilter filter) {
    public SearchQuery {
        Objects.requireNonNull(terms, "terms");
        filter = filter == null ? EventFilter.NONE : filter;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(SearchTerms.parse(text), EventFilter.NONE);
    }

    public static SearchQuery of(String text, EventFilter filter) {
        return new SearchQuery(SearchTerms.parse(text), filter);
    }
}
