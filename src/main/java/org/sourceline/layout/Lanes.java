package org.sourceline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sourceline.model.IndexShift;

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

    /**
     * The lanes after an edit of a few items, moved rather than built anew: every lane's items renumbered as
     * {@code shift} says, removed ones dropped, inserted ones put in the lanes of their category or actors (lanes
     * that did not exist are added after the others, lanes left empty go), and the time index of each lane that
     * gained or lost an item edited in one pass; each lane is named again (a category renamed). Lanes keep their
     * order: an edit does not reshuffle the view.
     *
     * @param items the items after the edit
     * @return the lanes, or empty when they must be built anew (a lane whose items are not in time order)
     */
    public static java.util.Optional<List<LaneSpec>> edited(List<LaneSpec> lanes, IndexShift shift,
                                                           List<TimelineItem> items, LaneMode mode,
                                                           Function<TimelineItem, List<String>> actorsOf,
                                                           Function<String, String> nameOf, String otherLabel) {
        // The lanes each inserted item goes in.
        int[] inserted = shift.inserted();
        Map<String, List<Integer>> arriving = new LinkedHashMap<>();
        for (int q : inserted) {
            TimelineItem item = items.get(q);
            List<String> keys = switch (mode) {
                case SINGLE -> List.of("all");
                case CATEGORY -> List.of(item.category());
                case ACTOR -> actorsOf.apply(item).isEmpty() ? List.of("") : actorsOf.apply(item);
            };
            keys.forEach(key -> arriving.computeIfAbsent(key, k -> new ArrayList<>()).add(q));
        }
        ItemColumns columns = ItemColumns.of(items);
        List<LaneSpec> result = new ArrayList<>(lanes.size());
        int[] removed = shift.removed();
        for (LaneSpec lane : lanes) {
            IntList members = IntList.of(lane.items());
            List<Integer> incoming = arriving.remove(lane.key());
            int[] moved = new int[members.size()];
            int kept = 0;
            // At most as many members leave a lane as the shift removes in all.
            int[] removedLocal = new int[Math.min(members.size(), removed.length)];
            int removedCount = 0;
            // The members ascend, so each one's new index follows from the last: a walk along the removed and
            // inserted indexes instead of a search for each of a million members (27 ms then at a million).
            int r = 0;
            int ins = 0;
            int previous = -1;
            for (int i = 0; i < members.size(); i++) {
                int old = members.getInt(i);
                if (old <= previous) {
                    return java.util.Optional.empty();
                }
                previous = old;
                while (r < removed.length && removed[r] < old) {
                    r++;
                }
                if (r < removed.length && removed[r] == old) {
                    removedLocal[removedCount++] = i;
                    continue;
                }
                int rank = old - r;
                while (ins < inserted.length && inserted[ins] <= rank + ins) {
                    ins++;
                }
                moved[kept++] = rank + ins;
            }
            int[] in = incoming == null ? new int[0] : incoming.stream().mapToInt(Integer::intValue).sorted().toArray();
            String label = lane.key().isEmpty() || mode == LaneMode.SINGLE ? otherLabel : nameOf.apply(lane.key());
            if (removedCount == 0 && in.length == 0) {
                result.add(new LaneSpec(lane.key(), label, IntList.wrap(Arrays.copyOf(moved, kept)), lane.index()));
                continue;
            }
            // The lane's items in order, with where each arriving one lands among them.
            int[] merged = new int[kept + in.length];
            int[] insertedLocal = new int[in.length];
            double[] starts = new double[in.length];
            double[] ends = new double[in.length];
            for (int a = 0, b = 0, w = 0; w < merged.length; w++) {
                if (b < in.length && (a == kept || in[b] < moved[a])) {
                    insertedLocal[b] = w;
                    starts[b] = columns.startOf(in[b]);
                    ends[b] = columns.endOf(in[b]);
                    merged[w] = in[b++];
                } else {
                    merged[w] = moved[a++];
                }
            }
            if (merged.length == 0) {
                continue;
            }
            IndexShift local = new IndexShift(Arrays.copyOf(removedLocal, removedCount), insertedLocal);
            TimeIndex index = lane.index() == null ? null : lane.index().edited(local, starts, ends);
            result.add(new LaneSpec(lane.key(), label, IntList.wrap(merged), index));
        }
        for (Map.Entry<String, List<Integer>> lane : arriving.entrySet()) {
            String key = lane.getKey();
            String label = key.isEmpty() || mode == LaneMode.SINGLE ? otherLabel : nameOf.apply(key);
            List<Integer> members = lane.getValue().stream().sorted().toList();
            result.add(LaneSpec.indexed(key, label, members, items));
        }
        return java.util.Optional.of(result);
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
