package org.sourceline.store;

/** From the earliest start to the latest end of some events, in epoch seconds, end exclusive. */
public record TimeSpan(long start, long end) {
    public TimeSpan {
        if (end < start) {
            throw new IllegalArgumentException("a span cannot end (" + end + ") before it starts (" + start + ")");
        }
    }
}
