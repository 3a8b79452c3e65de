package org.sourceline.layout;

/**
 * The mapping between time (epoch seconds, UTC) and the horizontal pixel position in the
 * timeline area: x = (time - start) / secondsPerPixel. Immutable; every navigation step
 * returns a new scale.
 *
 * @param start           the time at x = 0
 * @param secondsPerPixel how much time one pixel covers, > 0
 * @param width           the width of the timeline area in pixels, >= 0
 */
public record TimeScale(double start, double secondsPerPixel, double width) {

    /** What a single instant is shown with when there is nothing else to size the view by. */
    static final double INSTANT_SPAN = ZoomLimits.DAY;

    public TimeScale {
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("start must be finite: " + start);
        }
        if (!Double.isFinite(secondsPerPixel) || secondsPerPixel <= 0) {
            throw new IllegalArgumentException("secondsPerPixel must be finite and > 0: " + secondsPerPixel);
        }
        if (!Double.isFinite(width) || width < 0) {
            throw new IllegalArgumentException("width must be finite and >= 0: " + width);
        }
    }

    public double xFor(double time) {
        return (time - start) / secondsPerPixel;
    }

    public double timeFor(double x) {
        return start + x * secondsPerPixel;
    }

    /** The time at the right edge. */
    public double end() {
        return start + span();
    }

    /** The visible duration in seconds. */
    public double span() {
        return secondsPerPixel * width;
    }

    /**
     * Zooms so that the time under {@code x} stays under {@code x}.
     *
     * @param factor greater than 1 zooms in (less time per pixel), less than 1 zooms out
     * @param limits the resulting span is kept within these
     */
    public TimeScale zoomAround(double x, double factor, ZoomLimits limits) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be finite: " + x);
        }
        if (!Double.isFinite(factor) || factor <= 0) {
            throw new IllegalArgumentException("factor must be finite and > 0: " + factor);
        }
        if (width == 0) {
            // Without a width there is no span to clamp, and nothing on screen would change.
            return this;
        }
        double newSpp = limits.clamp(secondsPerPixel / factor * width) / width;
        double pinned = timeFor(x);
        return new TimeScale(pinned - x * newSpp, newSpp, width);
    }

    /** Moves the view by {@code dx} pixels; positive dx shows later times (content moves left). */
    public TimeScale panBy(double dx) {
        if (!Double.isFinite(dx)) {
            throw new IllegalArgumentException("dx must be finite: " + dx);
        }
        return new TimeScale(start + dx * secondsPerPixel, secondsPerPixel, width);
    }

    /** Same start and resolution: resizing the window reveals or hides time at the right. */
    public TimeScale withWidth(double newWidth) {
        return new TimeScale(start, secondsPerPixel, newWidth);
    }

    /** Same resolution, with {@code time} in the middle. */
    public TimeScale centeredOn(double time) {
        return new TimeScale(time - span() / 2, secondsPerPixel, width);
    }

    /**
     * A scale showing [t0, t1] centred, with {@code marginFraction} of the width left empty on
     * each side. A single instant (t0 == t1) is shown within a one-day span. The span is kept
     * within {@code limits}, so a very short interval gets wider margins and a very long one is
     * cut at both ends.
     *
     * @param marginFraction in [0, 0.5)
     */
    public static TimeScale fit(double t0, double t1, double width, double marginFraction, ZoomLimits limits) {
        if (!Double.isFinite(t0) || !Double.isFinite(t1)) {
            throw new IllegalArgumentException("times must be finite: " + t0 + ", " + t1);
        }
        if (!(marginFraction >= 0 && marginFraction < 0.5)) {
            throw new IllegalArgumentException("marginFraction must be in [0, 0.5): " + marginFraction);
        }
        double lo = Math.min(t0, t1);
        double hi = Math.max(t0, t1);
        double wanted = hi > lo ? (hi - lo) / (1 - 2 * marginFraction) : INSTANT_SPAN;
        double span = limits.clamp(wanted);
        // A zero width still needs a positive resolution, ready for when the area gets laid out.
        double spp = span / Math.max(width, 1);
        double center = lo + (hi - lo) / 2;
        return new TimeScale(center - spp * width / 2, spp, width);
    }
}
