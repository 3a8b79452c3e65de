package org.sourceline.layout;

import java.util.List;

/**
 * A list of items that can answer for one field of an item without building it. Passes over every item (grouping
 * into lanes, the time extent) use it, so that a million events held in flat arrays are never all turned into
 * objects; {@link #of} gives it for any list.
 */
public interface ItemColumns {
    double startOf(int i);

    double endOf(int i);

    String idOf(int i);

    String categoryOf(int i);

    /** Where the item is drawn, as {@link TimelineItem#anchor()}. */
    double anchorOf(int i);

    /** The list's own columns if it has them, or a view reading each item. */
    static ItemColumns of(List<TimelineItem> items) {
        if (items instanceof ItemColumns columns) {
            return columns;
        }
        return new ItemColumns() {
            @Override
            public double startOf(int i) {
                return items.get(i).start();
            }

            @Override
            public double endOf(int i) {
                return items.get(i).end();
            }

            @Override
            public String idOf(int i) {
                return items.get(i).id();
            }

            @Override
            public String categoryOf(int i) {
                return items.get(i).category();
            }

            @Override
            public double anchorOf(int i) {
                return items.get(i).anchor();
            }
        };
    }
}
