package org.sourceline.model;

import java.time.LocalDate;

/**
 * The years Sourceline takes a date in: from {@code Y-99999999} to {@code Y99999999} (ISO years, so from
 * 100,000,000 BC to AD 99,999,999). EDTF can write more, and the timeline could not draw it: an instant of these
 * years is a whole number of seconds that a {@code double} holds exactly (up to 2<sup>53</sup> seconds, about 285
 * million years), and the axis counts its ticks in steps of up to a hundred million years within what
 * {@code java.time} can hold (a billion years). A date outside is refused wherever one is given: a file being
 * imported, the editor, the store.
 */
public final class SupportedYears {
    /** The first year, ISO (0 is 1 BC): 100,000,000 BC. */
    public static final int FIRST = -99_999_999;
    /** The last year. */
    public static final int LAST = 99_999_999;
    /** The first instant of the first year, UTC, in epoch seconds. */
    public static final long EARLIEST_EPOCH_SECOND = LocalDate.of(FIRST, 1, 1).toEpochDay() * 86_400L;
    /** The end, exclusive, of the last year: its 31 December's last second is the last instant. */
    public static final long LATEST_EPOCH_SECOND = LocalDate.of(LAST + 1, 1, 1).toEpochDay() * 86_400L;

    private SupportedYears() {
    }

    /** The first year as EDTF writes it: {@code Y-99999999}. */
    public static String first() {
        return EdtfPoint.yearText(FIRST);
    }

    /** The last year as EDTF writes it: {@code Y99999999}. */
    public static String last() {
        return EdtfPoint.yearText(LAST);
    }

    /** Whether every instant the date can denote lies within the supported years. */
    public static boolean contains(EdtfDate date) {
        return date.earliestEpochSecond() >= EARLIEST_EPOCH_SECOND && date.latestEpochSecond() <= LATEST_EPOCH_SECOND;
    }
}
