package org.sourceline.layout;

import org.sourceline.model.DateTraits;
import org.sourceline.model.EdtfDate;

/** How an event's date becomes something to draw. */
public final class TimelineItems {
    private TimelineItems() {
    }

    /** An exact day is a point; a month, a year or one day within a range a soft band; an interval a bar. */
    public static TimelineItem of(String id, String label, EdtfDate date, String category) {
        return of(id, label, date.earliestEpochSecond(), date.latestEpochSecond(), DateTraits.of(date), category);
    }

    /** The same from a date's bounds and its {@link DateTraits}, as a store keeps them for a million events. */
    public static TimelineItem of(String id, String label, double start, double end, int traits, String category) {
        ItemShape shape;
        if ((traits & DateTraits.ONE_OF_RANGE) != 0) {
            shape = ItemShape.FUZZY;
        } else if ((traits & DateTraits.BOUNDED_INTERVAL) != 0) {
            shape = ItemShape.INTERVAL;
        } else {
            shape = (traits & DateTraits.COARSE) != 0 ? ItemShape.FUZZY : ItemShape.POINT;
        }
        return new TimelineItem(id, label, start, end, shape, category, (traits & DateTraits.APPROXIMATE) != 0,
                (traits & DateTraits.UNCERTAIN) != 0, (traits & DateTraits.OPEN_END) != 0);
    }
}
