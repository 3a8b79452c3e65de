package org.sourceline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourceline.model.IndexShift;

/** Lanes moved by an edit hold what lanes built anew from the edited items hold, and answer the same queries. */
class LanesEditTest {
    private static final Comparator<TimelineItem> TIME_ORDER = Comparator.comparingDouble(TimelineItem::start)
            .thenComparingDouble(TimelineItem::end).thenComparing(TimelineItem::id);
    private static final String[] CATEGORIES = {"meeting", "visit", "tour"};

    private static TimelineItem item(Random r, String id) {
        double start = r.nextInt(1000) * 86_400.0;
        double length = r.nextInt(8) == 0 ? r.nextInt(200) * 86_400.0 : r.nextInt(2) * 86_400.0;
        return new TimelineItem(id, "Événement " + id, start, start + length,
                length == 0 ? ItemShape.POINT : ItemShape.INTERVAL, CATEGORIES[r.nextInt(CATEGORIES.length)], false,
                false, false);
    }

    /** The actors of an item, made from its id so that lanes by actor have something to group. */
    private static List<String> actorsOf(TimelineItem item) {
        int h = Math.floorMod(item.id().hashCode(), 5);
        return h == 0 ? List.of() : h == 4 ? List.of("a", "b") : List.of(h % 2 == 0 ? "a" : "c");
    }

    /** Each lane's key and the ids of its items. */
    private static Map<String, Set<String>> members(List<LaneSpec> lanes, List<TimelineItem> items) {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (LaneSpec lane : lanes) {
            Set<String> ids = new TreeSet<>();
            lane.items().forEach(i -> ids.add(items.get(i).id()));
            byKey.put(lane.key(), ids);
        }
        return byKey;
    }

    /** What each lane's index finds in a window, as ids. */
    private static Map<String, Set<String>> visible(List<LaneSpec> lanes, List<TimelineItem> items, double t0,
                                                    double t1) {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (LaneSpec lane : lanes) {
            Set<String> ids = new TreeSet<>();
            lane.index().forEachVisible(t0, t1, p -> ids.add(items.get(lane.items().get(lane.index().idAt(p))).id()));
            byKey.put(lane.key(), ids);
        }
        return byKey;
    }

    @ParameterizedTest
    @EnumSource(LaneMode.class)
    void anEditMovesTheLanesAsBuildingThemAnewWould(LaneMode mode) {
        for (int seed = 0; seed < 40; seed++) {
            Random r = new Random(seed * 31L + mode.ordinal());
            List<TimelineItem> before = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(80); i++) {
                before.add(item(r, "e" + i));
            }
            before.sort(TIME_ORDER);
            List<LaneSpec> lanes = Lanes.build(before, mode, LanesEditTest::actorsOf, k -> "L" + k, "autres");

            Set<String> removedIds = new HashSet<>();
            before.stream().filter(x -> r.nextInt(7) == 0).forEach(x -> removedIds.add(x.id()));
            List<TimelineItem> after = new ArrayList<>(before.stream().filter(x -> !removedIds.contains(x.id()))
                    .toList());
            List<TimelineItem> added = new ArrayList<>();
            for (int i = 0; i < r.nextInt(4); i++) {
                added.add(item(r, "n" + i + (r.nextBoolean() ? "-long" : "")));
            }
            after.addAll(added);
            after.sort(TIME_ORDER);
            int[] removed = new int[removedIds.size()];
            int k = 0;
            for (int i = 0; i < before.size(); i++) {
                if (removedIds.contains(before.get(i).id())) {
                    removed[k++] = i;
                }
            }
            int[] inserted = added.stream().mapToInt(after::indexOf).sorted().toArray();
            IndexShift shift = new IndexShift(removed, inserted);

            List<LaneSpec> moved = Lanes.edited(lanes, shift, after, mode, LanesEditTest::actorsOf, x -> "L" + x,
                    "autres").orElseThrow();
            List<LaneSpec> built = Lanes.build(after, mode, LanesEditTest::actorsOf, x -> "L" + x, "autres");

            assertThat(members(moved, after)).as("seed " + seed).isEqualTo(members(built, after));
            for (LaneSpec lane : moved) {
                assertThat(lane.items()).isSorted();
            }
            for (int w = 0; w < 10; w++) {
                double t0 = r.nextInt(1200) * 86_400.0 - 100 * 86_400.0;
                double t1 = t0 + r.nextInt(300) * 86_400.0 + 1;
                assertThat(visible(moved, after, t0, t1)).as("seed " + seed + " window " + w)
                        .isEqualTo(visible(built, after, t0, t1));
            }
        }
    }

    @RepeatedTest(5)
    void lanesKeepTheirOrderAndANewCategoryComesLast(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition());
        List<TimelineItem> before = new ArrayList<>(List.of(item(r, "a"), item(r, "b"), item(r, "c")));
        before.sort(TIME_ORDER);
        List<LaneSpec> lanes = Lanes.build(before, LaneMode.CATEGORY, x -> List.of(), k -> k, "tous");
        TimelineItem press = new TimelineItem("p", "Presse", -1, -1, ItemShape.POINT, "press", false, false, false);
        List<TimelineItem> after = new ArrayList<>(before);
        after.add(0, press);

        List<LaneSpec> moved = Lanes.edited(lanes, new IndexShift(new int[0], new int[] {0}), after,
                LaneMode.CATEGORY, x -> List.of(), k -> k, "tous").orElseThrow();

        assertThat(moved).extracting(LaneSpec::key).startsWith(lanes.stream().map(LaneSpec::key)
                .toArray(String[]::new)).endsWith("press");
    }
}
