package org.sourceline.model;

/**
 * What a timeline needs to know of a date's form, packed in a few bits so that a million of them cost a megabyte:
 * whether it is one day of a range, an interval with a known end, no finer than a month, approximate, uncertain,
 * or open-ended. {@link #of} reads them off a parsed date.
 */
public final class DateTraits {
    public static final int ONE_OF_RANGE = 1;
    public static final int BOUNDED_INTERVAL = 1 << 1;
    /** Year or month precision: drawn as a soft band, never as an exact instant. */
    public static final int COARSE = 1 << 2;
    public static final int APPROXIMATE = 1 << 3;
    public static final int UNCERTAIN = 1 << 4;
    public static final int OPEN_END = 1 << 5;

    private DateTraits() {
    }

    public static int of(EdtfDate date) {
        int traits = 0;
        if (date.isOneOfRange()) {
            traits |= ONE_OF_RANGE;
        }
        if (date.isInterval() && date.end().isPresent()) {
            traits |= BOUNDED_INTERVAL;
        }
        EdtfDate.Precision precision = date.start().map(EdtfDate::precision).orElse(date.precision());
        if (precision == EdtfDate.Precision.YEAR || precision == EdtfDate.Precision.MONTH) {
            traits |= COARSE;
        }
        if (date.isApproximate()) {
            traits |= APPROXIMATE;
        }
        if (date.isUncertain()) {
            traits |= UNCERTAIN;
        }
        if (date.isInterval() && date.hasOpenEnd()) {
            traits |= OPEN_END;
        }
        return traits;
    }
}
