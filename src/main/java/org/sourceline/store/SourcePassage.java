package org.sourceline.store;

/** A passage of a source's body that an event cites: offsets into the body, end exclusive. */
public record SourcePassage(String eventId, String eventTitle, int start, int end) {
}
