package org.sourceline.layout;

import java.util.Objects;

/**
 * What the layout needs of one event: where it lies in time (epoch seconds, end exclusive), how to draw it and its
 * label. {@code openEnd} marks a date whose end is unknown or still running.
 */
public record TimelineItem(String id, String label, double start, double end, ItemShape shape, String category,
                           boolean approximate, boolean uncertain, boolean openEnd) {
    public TimelineItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        Objects.requireNonNull(shape);
        Objects.requireNonNull(category);
        if (!(end >= start)) {
            throw new IllegalArgumentException("item " + id + " ends before it starts");
        }
    }

    /** Where a point is drawn: the middle of its day (or instant). */
    public double anchor() {
        return shape == ItemShape.POINT ? (start + end) / 2 : start;
    }
}
