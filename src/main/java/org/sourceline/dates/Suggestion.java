package org.sourceline.dates;

import java.util.Objects;

/**
 * The date to offer for a passage a reader selected.
 *
 * @param date the phrase and its date; its offsets say where to underline it
 * @param where whether the phrase lies in the selection or only in the sentence around it
 */
public record Suggestion(FoundDate date, Where where) {

    /** Where the phrase was found, from the selection's point of view. */
    public enum Where {
        /** The phrase overlaps the selection (or holds the caret, for an empty one). */
        IN_SELECTION,
        /** No phrase in the selection: the nearest one in the sentence or sentences around it. */
        IN_SENTENCE
    }

    public Suggestion {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(where, "where");
    }
}
