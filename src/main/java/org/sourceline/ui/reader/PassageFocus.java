package org.sourceline.ui.reader;

/**
 * The stretch of an article the reader brings forward: character offsets into the body, end exclusive, and the
 * event it was opened for, or null. Two events can cite the very same words; the event says which of them a click
 * on those words leads back to.
 */
public record PassageFocus(int start, int end, String eventId) {
    public PassageFocus {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range of characters: " + start + "–" + end);
        }
    }

    /** The same range, kept inside a body of {@code length} characters. */
    PassageFocus within(int length) {
        int s = Math.min(start, length);
        return new PassageFocus(s, Math.max(s, Math.min(end, length)), eventId);
    }

    boolean sameRange(int otherStart, int otherEnd) {
        return start == otherStart && end == otherEnd;
    }
}
