package org.sourceline.layout;

import org.sourceline.model.EdtfDate;

/** How an event's date becomes something to draw. */
public final class TimelineItems {
    private TimelineItems() {
    }

    /** An exact day is a point; a month, a year or one day within a range a soft band; an interval a bar. */
    public static TimelineItem of(String id, String label, EdtfDate date, String category) {
        ItemShape shape;
        if (date.isOneOfRange()) {
            shape = ItemShape.FUZZY;
        } else if (date.isInterval() && date.end().isPresent()) {
            shape = ItemShape.INTERVAL;
        } else {
            EdtfDate.Precision precision = date.start().map(EdtfDate::precision).orElse(date.precision());
            shape = precision == EdtfDate.Precision.YEAR || precision == EdtfDate.Precision.MONTH
                    ? ItemShape.FUZZY : ItemShape.POINT;
        }
        boolean openEnd = date.isInterval() && date.hasOpenEnd();
        return new TimelineItem(id, label, date.earliestEpochSecond(), date.latestEpochSecond(), shape, category,
                date.isApproximate(), date.isUncertain(), openEnd);
    }
}
