package org.sourceline.layout;

import org.sourceline.model.Era;

/**
 * An era as the timeline draws it: a span of time in epoch seconds behind the lanes. An open or unknown end is
 * infinite, so the band runs to the edge of whatever is in view.
 */
public record EraSpan(String id, String label, double start, double end, String category, String color) {
    public static EraSpan of(Era era) {
        double start = era.date().hasOpenStart() ? Double.NEGATIVE_INFINITY : era.date().earliestEpochSecond();
        double end = era.date().hasOpenEnd() ? Double.POSITIVE_INFINITY : era.date().latestEpochSecond();
        return new EraSpan(era.id(), era.label(), start, end, era.category(), era.color());
    }

    /** The visible part of the band between 0 and {@code width}, as {x0, x1}, or null when it is out of view. */
    public double[] visibleX(TimeScale scale, double width) {
        double x0 = Math.max(scale.xFor(start), 0);
        double x1 = Math.min(scale.xFor(end), width);
        return x1 > x0 ? new double[] {x0, x1} : null;
    }
}
