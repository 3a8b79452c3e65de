package org.sourceline.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses calendar-aligned ticks for a time axis. Work and allocation grow only with the
 * number of ticks in view: boundaries are found by arithmetic from the view's start, never by
 * walking the calendar from some origin.
 */
public final class TickGenerator {

    /** Beyond a hundred million years either way the calendar arithmetic would overflow java.time's range. */
    private static final double EARLIEST = LocalDate.of(-100_000_000, 1, 1).toEpochDay() * 86_400.0;
    private static final double LATEST = LocalDate.of(100_000_000, 1, 1).toEpochDay() * 86_400.0;

    private TickGenerator() {
    }

    /**
     * The ticks for a view.
     *
     * @param minLabelSpacingPx the least distance between two minor ticks, so that their labels
     *                          fit; the minor unit is the finest one that keeps it
     */
    public static AxisTicks ticks(TimeScale scale, Locale locale, double minLabelSpacingPx) {
        if (!(minLabelSpacingPx > 0) || Double.isInfinite(minLabelSpacingPx)) {
            throw new IllegalArgumentException("minLabelSpacingPx must be finite and > 0: " + minLabelSpacingPx);
        }
        if (locale == null) {
            throw new IllegalArgumentException("locale is required");
        }
        TickUnit minorUnit = TickUnit.finestWithGapAtLeast(scale.secondsPerPixel() * minLabelSpacingPx);
        TickUnit majorUnit = minorUnit.major();

        double from = Math.max(scale.start(), EARLIEST);
        double to = Math.min(scale.end(), LATEST);
        if (from > to) {
            return new AxisTicks(majorUnit, List.of(), minorUnit, List.of());
        }
        TickLabels labels = new TickLabels(locale);
        // Units are chosen by their shortest gap, so this bound only guards against rounding.
        int limit = (int) (scale.width() / minLabelSpacingPx) + 2;
        long first = (long) Math.floor(from);

        List<Tick> minor = new ArrayList<>(Math.min(limit, 64));
        long b = minorUnit.floor(first);
        if (b < from) {
            b = minorUnit.next(b);
        }
        while (b <= to && minor.size() < limit) {
            minor.add(new Tick(b, scale.xFor(b), labels.minor(minorUnit, b)));
            b = minorUnit.next(b);
        }

        List<Tick> major = new ArrayList<>();
        // Starting at the boundary at or before the view's start names the period it opens in.
        b = majorUnit.floor(first);
        while (b <= to && major.size() <= limit) {
            major.add(new Tick(b, scale.xFor(b), labels.major(majorUnit, b)));
            b = majorUnit.next(b);
        }
        return new AxisTicks(majorUnit, major, minorUnit, minor);
    }
}
