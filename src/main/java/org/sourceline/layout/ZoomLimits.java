package org.sourceline.layout;

/**
 * The narrowest and widest time span, in seconds, the timeline may show across its width.
 */
public record ZoomLimits(double minSpan, double maxSpan) {

    static final double HOUR = 3600.0;
    static final double DAY = 86400.0;
    /** Mean Gregorian year, so that spans of centuries do not drift against the calendar. */
    static final double YEAR = 365.2425 * DAY;

    /** One hour to 150 years. */
    public static final ZoomLimits DEFAULT = new ZoomLimits(HOUR, 150 * YEAR);

    public ZoomLimits {
        if (!Double.isFinite(minSpan) || !Double.isFinite(maxSpan) || minSpan <= 0 || maxSpan < minSpan) {
            throw new IllegalArgumentException("need 0 < minSpan <= maxSpan, both finite: " + minSpan + ", " + maxSpan);
        }
    }

    /**
     * Limits that still allow the whole of a data extent to be shown with some room around it:
     * maxSpan is raised to 1.25 times the extent when that is larger than the current maximum.
     */
    public ZoomLimits including(double extentSpan) {
        if (!Double.isFinite(extentSpan) || extentSpan < 0) {
            throw new IllegalArgumentException("extent must be finite and >= 0: " + extentSpan);
        }
        double wanted = 1.25 * extentSpan;
        return wanted > maxSpan ? new ZoomLimits(minSpan, wanted) : this;
    }

    /** The span brought within [minSpan, maxSpan]. */
    public double clamp(double span) {
        return Math.max(minSpan, Math.min(maxSpan, span));
    }
}
