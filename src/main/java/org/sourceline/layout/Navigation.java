package org.sourceline.layout;

import java.util.List;
import org.sourceline.model.SupportedYears;

/** Moves of the view and the selection that keys and clicks ask for. Pure functions over scales and items. */
public final class Navigation {
    /** Part of the width kept free at each side when fitting or bringing an event into view. */
    public static final double MARGIN = 0.06;

    /**
     * How far the view may go: the supported years, and as much again beyond each end as half their length, room
     * enough for the margins of "fit all" (and the labels at its right) around events at either end. The axis marks
     * only the supported years; outside them there is nothing to show.
     */
    public static final double EARLIEST_VIEW = SupportedYears.EARLIEST_EPOCH_SECOND
            - (SupportedYears.LATEST_EPOCH_SECOND - (double) SupportedYears.EARLIEST_EPOCH_SECOND) / 2;
    public static final double LATEST_VIEW = SupportedYears.LATEST_EPOCH_SECOND
            + (SupportedYears.LATEST_EPOCH_SECOND - (double) SupportedYears.EARLIEST_EPOCH_SECOND) / 2;

    private Navigation() {
    }

    /**
     * The scale brought within reach ({@link #EARLIEST_VIEW} to {@link #LATEST_VIEW}): moved back in when a pan
     * goes past an end, narrowed to the whole reach when a zoom goes wider. Every navigation ends here, so the
     * view never goes where no date can be.
     */
    public static TimeScale withinReach(TimeScale scale) {
        double reach = LATEST_VIEW - EARLIEST_VIEW;
        if (scale.span() > reach) {
            return new TimeScale(EARLIEST_VIEW, reach / scale.width(), scale.width());
        }
        double start = Math.max(EARLIEST_VIEW, Math.min(scale.start(), LATEST_VIEW - scale.span()));
        return start == scale.start() ? scale : new TimeScale(start, scale.secondsPerPixel(), scale.width());
    }

    /** The index of the event after (direction +1) or before (-1) the selected one, in time order; -1 if none. */
    public static int step(int count, int selected, int direction) {
        if (count == 0) {
            return -1;
        }
        if (selected < 0) {
            return direction > 0 ? 0 : count - 1;
        }
        int next = selected + direction;
        return next < 0 || next >= count ? selected : next;
    }

    /** Room kept at the right of "fit all" so that the last events' labels are not cut. */
    public static final double LABEL_ROOM = 240;

    /** A scale showing every item, with room at the right for the labels of the last ones. */
    public static TimeScale fitAll(List<TimelineItem> items, double width, ZoomLimits limits) {
        ItemColumns columns = ItemColumns.of(items);
        // Nothing to fit yet (a new, empty store): the year we are in, where a first event is likeliest to go.
        java.time.Year year = java.time.Year.now(java.time.ZoneOffset.UTC);
        double t0 = items.isEmpty() ? year.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond()
                : Double.POSITIVE_INFINITY;
        double t1 = items.isEmpty() ? year.plusYears(1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC)
                .toEpochSecond() : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < items.size(); i++) {
            t0 = Math.min(t0, columns.startOf(i));
            t1 = Math.max(t1, columns.endOf(i));
        }
        double room = Math.min(LABEL_ROOM, width / 4);
        return TimeScale.fit(t0, t1, Math.max(1, width - room), MARGIN / 2, limits.including(t1 - t0)).withWidth(width);
    }

    /** The same scale if the item is in view, else one that pans (without zooming) to centre it. */
    public static TimeScale reveal(TimeScale scale, TimelineItem item) {
        double margin = scale.width() * MARGIN;
        double x0 = scale.xFor(item.start());
        double x1 = scale.xFor(item.end());
        if (x1 > 0 && x0 < scale.width()) {
            return scale;   // already (at least partly) in view: moving it would only lose the reader's place
        }
        if (x1 - x0 > scale.width() - 2 * margin) {
            return scale.centeredOn((item.start() + item.end()) / 2);
        }
        // Out of view: pan just far enough to bring it in beside the edge it was behind.
        return x1 <= 0 ? scale.panBy(x0 - margin) : scale.panBy(x1 - (scale.width() - margin));
    }

    /**
     * Zooms in on a cluster until its events can open up: fits their time range, and always zooms in at least
     * fourfold so that even events on one instant come apart or reach the closest zoom.
     */
    public static TimeScale openCluster(TimeScale scale, Glyph cluster, ZoomLimits limits) {
        TimeScale fitted = TimeScale.fit(cluster.startTime(), cluster.endTime(), scale.width(), 0.2, limits);
        if (fitted.secondsPerPixel() <= scale.secondsPerPixel() / 4) {
            return fitted;
        }
        double x = scale.xFor((cluster.startTime() + cluster.endTime()) / 2);
        return scale.zoomAround(x, 4, limits).centeredOn((cluster.startTime() + cluster.endTime()) / 2);
    }
}
