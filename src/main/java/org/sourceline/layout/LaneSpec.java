package org.sourceline.layout;

import java.util.List;

/** One horizontal band of the timeline and the items (indexes into the item list) drawn in it. */
public record LaneSpec(String key, String label, List<Integer> items) {
    public LaneSpec {
        items = List.copyOf(items);
    }
}
