package org.sourceline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Groups items into lanes: by category (in order of first appearance), by actor (busiest first), or all in one. */
public final class Lanes {
    private Lanes() {
    }

    /**
     * @param actorsOf      the actor ids of an item (used in {@link LaneMode#ACTOR}; an event with several actors
     *                      appears in each of their lanes)
     * @param nameOf        the label of a category or actor id
     * @param otherLabel    the label of the lane of events with no actor, and of the single lane
     */
    public static List<LaneSpec> build(List<TimelineItem> items, LaneMode mode, Function<TimelineItem, List<String>> actorsOf,
                                       Function<String, String> nameOf, String otherLabel) {
        ItemColumns columns = ItemColumns.of(items);
        List<Integer> order = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byTime = Comparator.<Integer>comparingDouble(columns::startOf)
                .thenComparingDouble(columns::endOf).thenComparing(columns::idOf);
        if (!isSorted(order, byTime)) {
            order.sort(byTime);
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        switch (mode) {
            case SINGLE:
                return List.of(LaneSpec.indexed("all", otherLabel, order, items));
            case CATEGORY:
                for (int i : order) {
                    groups.computeIfAbsent(columns.categoryOf(i), k -> new ArrayList<>()).add(i);
                }
                break;
            case ACTOR:
            default:
                List<Integer> none = new ArrayList<>();
                for (int i : order) {
                    List<String> actors = actorsOf.apply(items.get(i));
                    if (actors.isEmpty()) {
                        none.add(i);
                    }
                    for (String actor : actors) {
                        groups.computeIfAbsent(actor, k -> new ArrayList<>()).add(i);
                    }
                }
                List<Map.Entry<String, List<Integer>>> entries = new ArrayList<>(groups.entrySet());
                entries.sort(Comparator.<Map.Entry<String, List<Integer>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(e -> nameOf.apply(e.getKey())));
                List<LaneSpec> lanes = new ArrayList<>();
                for (Map.Entry<String, List<Integer>> e : entries) {
                    lanes.add(LaneSpec.indexed(e.getKey(), nameOf.apply(e.getKey()), e.getValue(), items));
                }
                if (!none.isEmpty()) {
                    lanes.add(LaneSpec.indexed("", otherLabel, none, items));
                }
                return lanes;
        }
        List<LaneSpec> lanes = new ArrayList<>();
        groups.forEach((key, members) -> lanes.add(LaneSpec.indexed(key, nameOf.apply(key), members, items)));
        return lanes;
    }

    /** Stores list their events in time order already: checking costs one pass, sorting a million many. */
    private static boolean isSorted(List<Integer> order, Comparator<Integer> cmp) {
        for (int i = 1; i < order.size(); i++) {
            if (cmp.compare(order.get(i - 1), order.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
