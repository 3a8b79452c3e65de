package org.sourceline.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourceline.model.SupportedYears;

/**
 * Chooses calendar-aligned ticks for a time axis. Work and allocation grow only with the
 * number of ticks in view: boundaries are found by arithmetic from the view's start, never by
 * walking the calendar from some origin.
 */
public final class TickGenerator {

    /**
     * Ticks fall within the supported years: a step of up to a hundred million years from there stays well within
     * java.time's range, and beyond them there is nothing to mark.
     */
    private static final double EARLIEST = SupportedYears.EARLIEST_EPOCH_SECOND;
    private static final double LATEST = SupportedYears.LATEST_EPOCH_SECOND;

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
