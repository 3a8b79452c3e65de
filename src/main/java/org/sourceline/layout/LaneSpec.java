package org.sourceline.layout;

import java.util.List;

/**
 * One horizontal band of the timeline and the items (indexes into the item list) drawn in it, with an index of
 * their times so that a view asks only for what it shows.
 *
 * @param index the lane's items by time ({@link TimeIndex#idAt} gives a position in {@code items}), or null
 */
public record LaneSpec(String key, String label, List<Integer> items, TimeIndex index) {
    public LaneSpec {
        items = IntList.of(items);
    }

    public LaneSpec(String key, String label, List<Integer> items) {
        this(key, label, items, null);
    }

    /** The lane with its time index built from the items' times. */
    public static LaneSpec indexed(String key, String label, List<Integer> items, List<TimelineItem> all) {
        ItemColumns columns = ItemColumns.of(all);
        double[] start = new double[items.size()];
        double[] end = new double[items.size()];
        for (int i = 0; i < start.length; i++) {
            int item = items.get(i);
            start[i] = columns.startOf(item);
            end[i] = columns.endOf(item);
        }
        return new LaneSpec(key, label, items, new TimeIndex(start, end));
    }
}
