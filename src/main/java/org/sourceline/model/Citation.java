package org.sourceline.model;

/** A passage, quoted verbatim from a source's body, that supports an event. */
public record Citation(String sourceId, String quote) {
    public Citation {
        Ids.id("cited source", sourceId);
        Ids.text("quote", quote);
    }
}
