package org.sourceline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourceline.model.SupportedYears;

class TimelineLayoutTest {
    private static final LabelWidths WIDTH = s -> s.length() * 7.0;
    private static final double DAY = 86_400;

    private static double day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static TimelineItem point(String id, double dayStart) {
        return new TimelineItem(id, "Event " + id, dayStart, dayStart + DAY, ItemShape.POINT, "meeting", false, false,
                false);
    }

    private static List<LaneSpec> single(List<TimelineItem> items) {
        return Lanes.build(items, LaneMode.SINGLE, i -> List.of(), k -> k, "All");
    }

    private static TimelineLayout layout(TimeScale scale, List<TimelineItem> items) {
        return TimelineLayout.compute(scale, items, single(items), LayoutStyle.DEFAULT, Locale.ENGLISH, WIDTH);
    }

    @Test
    void aPointSitsAtTheMiddleOfItsDay() {
        double may25 = day(2022, 5, 25);
        TimeScale scale = new TimeScale(day(2022, 5, 20), DAY / 100, 1000);
        TimelineLayout layout = layout(scale, List.of(point("a", may25)));

        Glyph g = layout.glyphs().get(0);
        assertThat(g.centerX()).isCloseTo(550.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(g.label()).isEqualTo("Event a");
    }

    @Test
    void anExactDaySeenUpCloseCoversItsDayInsteadOfClaimingAnHour() {
        double may25 = day(2022, 5, 25);
        TimelineLayout close = layout(new TimeScale(may25 - DAY / 2, DAY / 1000, 2000), List.of(point("a", may25)));
        Glyph band = close.glyphs().get(0);
        assertThat(band.x0()).isCloseTo(500.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(band.x1()).isCloseTo(1500.0, org.assertj.core.data.Offset.offset(1e-6));

        TimelineLayout far = layout(new TimeScale(may25 - 100 * DAY, DAY, 1000), List.of(point("a", may25)));
        Glyph marker = far.glyphs().get(0);
        assertThat(marker.x1() - marker.x0()).isEqualTo(2 * LayoutStyle.DEFAULT.markerRadius());
    }

    @Test
    void aMonthPrecisionEventCoversItsWholeMonth() {
        TimelineItem june = new TimelineItem("june", "June", day(2022, 6, 1), day(2022, 7, 1), ItemShape.FUZZY,
                "training", false, false, false);
        TimeScale scale = new TimeScale(day(2022, 5, 1), DAY / 10, 1500);

        Glyph g = layout(scale, List.of(june)).glyphs().get(0);

        assertThat(g.x0()).isCloseTo(310.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(g.x1()).isCloseTo(610.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void eventsOnTheSameDayStackIntoRowsWithTheirLabels() {
        double may25 = day(2022, 5, 25);
        TimeScale scale = new TimeScale(day(2020, 1, 1), DAY, 1500);   // ~4 years: a day is one pixel
        TimelineLayout layout = layout(scale, List.of(point("a", may25), point("b", may25), point("c", may25)));

        assertThat(layout.glyphs()).hasSize(3).allSatisfy(g -> assertThat(g.isCluster()).isFalse());
        assertThat(layout.glyphs()).extracting(Glyph::row).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(layout.glyphs()).extracting(Glyph::label).containsExactlyInAnyOrder("Event a", "Event b", "Event c");
    }

    @Test
    void manyEventsCloserThanAFewPixelsBecomeOneClusterThatKeepsTheCount() {
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            items.add(point("e" + i, day(2022, 5, 20) + i * DAY));
        }
        items.add(point("far", day(2023, 5, 1)));
        TimeScale scale = new TimeScale(day(2020, 1, 1), DAY, 1500);

        TimelineLayout layout = layout(scale, items);

        Glyph cluster = layout.glyphs().stream().filter(Glyph::isCluster).findFirst().orElseThrow();
        assertThat(cluster.count()).isEqualTo(9);
        assertThat(cluster.startTime()).isEqualTo(day(2022, 5, 20));
        assertThat(cluster.endTime()).isEqualTo(day(2022, 5, 29));
        assertThat(layout.glyphs().stream().mapToInt(Glyph::count).sum()).isEqualTo(10);
    }

    @Test
    void theSameEventsOpenUpWhenZoomedIn() {
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            items.add(point("e" + i, day(2022, 5, 20) + i * DAY));
        }
        TimeScale scale = new TimeScale(day(2022, 5, 19), DAY / 150, 1600);

        TimelineLayout layout = layout(scale, items);

        assertThat(layout.glyphs()).hasSize(9).noneMatch(Glyph::isCluster);
    }

    @Test
    void labelsNeverOverlapWithinARow() {
        Random random = new Random(42);
        for (int trial = 0; trial < 50; trial++) {
            List<TimelineItem> items = new ArrayList<>();
            double base = day(2022, 1, 1);
            for (int i = 0; i < 120; i++) {
                double start = base + random.nextInt(365) * DAY;
                boolean bar = random.nextInt(4) == 0;
                items.add(new TimelineItem("e" + i, "x".repeat(1 + random.nextInt(40)), start,
                        start + (bar ? (1 + random.nextInt(60)) * DAY : DAY), bar ? ItemShape.INTERVAL : ItemShape.POINT,
                        "c" + random.nextInt(3), false, false, false));
            }
            TimeScale scale = new TimeScale(base, 365 * DAY / (400 + random.nextInt(3000)), 1600);
            List<LaneSpec> lanes = Lanes.build(items, LaneMode.CATEGORY, i -> List.of(), k -> k, "");
            TimelineLayout layout = TimelineLayout.compute(scale, items, lanes, LayoutStyle.DEFAULT, Locale.FRENCH, WIDTH);

            List<Glyph> glyphs = layout.glyphs();
            for (int i = 0; i < glyphs.size(); i++) {
                for (int j = i + 1; j < glyphs.size(); j++) {
                    Glyph a = glyphs.get(i);
                    Glyph b = glyphs.get(j);
                    boolean labelled = !a.label().isEmpty() || !b.label().isEmpty();
                    if (a.lane() == b.lane() && a.row() == b.row() && labelled) {
                        assertThat(a.right() <= b.x0() || b.right() <= a.x0())
                                .as("trial %d: %s and %s overlap in lane %d row %d", trial, a, b, a.lane(), a.row())
                                .isTrue();
                    }
                }
            }
            // Every visible event is shown once, alone or in a cluster, in each of its lanes.
            Set<Integer> shown = new HashSet<>();
            glyphs.forEach(g -> shown.addAll(g.members()));
            assertThat(shown.size()).isEqualTo(glyphs.stream().mapToInt(Glyph::count).sum());
        }
    }

    @Test
    void labelsLongerThanTheLimitAreShortenedWithAnEllipsis() {
        TimelineItem item = new TimelineItem("long", "y".repeat(100), day(2022, 5, 25), day(2022, 5, 26),
                ItemShape.POINT, "meeting", true, true, false);
        TimelineLayout layout = layout(new TimeScale(day(2022, 5, 1), DAY / 20, 1600), List.of(item));

        String label = layout.glyphs().get(0).label();
        assertThat(label).startsWith("~ yyy").endsWith("…");
        assertThat(WIDTH.applyAsDouble(label)).isLessThanOrEqualTo(LayoutStyle.DEFAULT.maxLabelWidth());
    }

    @Test
    void aBarWiderThanTheLimitShowsAsMuchOfItsLabelAsItHolds() {
        // A day seen up close is 1,000 px wide: its 700 px title shows whole inside it, a 1,400 px one is cut there.
        double may25 = day(2022, 5, 25);
        TimeScale scale = new TimeScale(may25 - DAY / 2, DAY / 1000, 2000);
        TimelineItem title = new TimelineItem("t", "t".repeat(100), may25, may25 + DAY, ItemShape.POINT, "meeting",
                false, false, false);
        TimelineItem longer = new TimelineItem("l", "l".repeat(200), may25, may25 + DAY, ItemShape.POINT, "meeting",
                false, false, false);
        List<Glyph> glyphs = layout(scale, List.of(title, longer)).glyphs();

        Glyph whole = glyphs.stream().filter(g -> g.item() == 0).findFirst().orElseThrow();
        assertThat(whole.label()).isEqualTo("t".repeat(100));
        Glyph cut = glyphs.stream().filter(g -> g.item() == 1).findFirst().orElseThrow();
        assertThat(cut.label()).startsWith("lll").endsWith("…");
        assertThat(cut.labelX() + WIDTH.applyAsDouble(cut.label())).isGreaterThan(1300).isLessThanOrEqualTo(cut.x1());
    }

    @Test
    void aLabelThatFitsItsBarIsNotCutToAStepOfRoom() {
        // A bar from x 100 to 429 holds 317 px of label: a 315 px title fits whole (the room, in 8 px steps, is 312).
        String title = "t".repeat(45);
        TimelineItem bar = new TimelineItem("b", title, 100_000, 429_000, ItemShape.FUZZY, "meeting", false, false,
                false);
        TimelineLayout layout = layout(new TimeScale(0, 1000, 1000), List.of(bar));

        assertThat(layout.glyphs().get(0).label()).isEqualTo(title);
    }

    @Test
    void hitFindsTheGlyphUnderThePointer() {
        TimeScale scale = new TimeScale(day(2022, 5, 20), DAY / 100, 1000);
        TimelineLayout layout = layout(scale, List.of(point("a", day(2022, 5, 25))));
        Glyph g = layout.glyphs().get(0);

        assertThat(layout.hit(g.centerX(), g.y())).contains(g);
        assertThat(layout.hit(g.labelX() + 10, g.y())).contains(g);
        assertThat(layout.hit(g.centerX(), g.y() + 40)).isEmpty();
        assertThat(layout.hit(g.x0() - 50, g.y())).isEmpty();
    }

    @Test
    void lanesByCategoryFollowFirstAppearanceAndByActorRepeatSharedEvents() {
        List<TimelineItem> items = List.of(
                new TimelineItem("b", "B", day(2022, 6, 1), day(2022, 6, 2), ItemShape.POINT, "visit", false, false, false),
                new TimelineItem("a", "A", day(2022, 5, 1), day(2022, 5, 2), ItemShape.POINT, "meeting", false, false, false),
                new TimelineItem("c", "C", day(2022, 7, 1), day(2022, 7, 2), ItemShape.POINT, "meeting", false, false, false));

        assertThat(Lanes.build(items, LaneMode.CATEGORY, i -> List.of(), String::toUpperCase, ""))
                .extracting(LaneSpec::label, LaneSpec::items)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MEETING", List.of(1, 2)),
                        org.assertj.core.groups.Tuple.tuple("VISIT", List.of(0)));

        List<LaneSpec> byActor = Lanes.build(items, LaneMode.ACTOR,
                i -> i.id().equals("a") ? List.of("x", "y") : i.id().equals("b") ? List.of("x") : List.of(),
                k -> k, "none");
        assertThat(byActor).extracting(LaneSpec::key).containsExactly("x", "y", "");
        assertThat(byActor.get(0).items()).containsExactly(1, 0);
        assertThat(byActor.get(2).items()).containsExactly(2);
    }

    @Test
    void theIndexedLaneGivesTheSameLayoutAsScanningEveryItem() {
        Random random = new Random(7);
        List<TimelineItem> items = new ArrayList<>();
        double base = day(2022, 1, 1);
        for (int i = 0; i < TimelineLayout.DETAIL_LIMIT; i++) {
            double start = base + random.nextInt(365) * DAY;
            items.add(new TimelineItem("e" + i, "label " + i, start, start + DAY * (1 + random.nextInt(3)),
                    i % 3 == 0 ? ItemShape.INTERVAL : ItemShape.POINT, "c", false, false, false));
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            all.add(i);
        }
        for (double span : new double[] {400 * DAY, 60 * DAY, 5 * DAY}) {
            TimeScale scale = new TimeScale(base + 100 * DAY, span / 1600, 1600);
            TimelineLayout scanned = TimelineLayout.compute(scale, items, List.of(new LaneSpec("c", "C", all)),
                    LayoutStyle.DEFAULT, Locale.FRENCH, WIDTH);
            TimelineLayout indexed = TimelineLayout.compute(scale, items,
                    List.of(LaneSpec.indexed("c", "C", all, items)), LayoutStyle.DEFAULT, Locale.FRENCH, WIDTH);

            assertThat(indexed.glyphs()).isEqualTo(scanned.glyphs());
        }
    }

    @Test
    void aLaneWithTooManyEventsToShowIsDrawnFromCountsThatAddUp() {
        int n = 200_000;
        List<TimelineItem> items = new ArrayList<>(n);
        List<Integer> all = new ArrayList<>(n);
        double base = day(2015, 1, 1);
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            double start = base + random.nextInt(3650) * DAY;
            items.add(new TimelineItem("e" + i, "label", start, start + DAY, ItemShape.POINT, "c", false, false, false));
            all.add(i);
        }
        TimeScale whole = new TimeScale(base, 3650 * DAY / 1900, 1900);

        TimelineLayout layout = TimelineLayout.compute(whole, items, List.of(LaneSpec.indexed("c", "C", all, items)),
                LayoutStyle.DEFAULT, Locale.FRENCH, WIDTH);

        assertThat(layout.glyphs().size()).isLessThanOrEqualTo((int) (1900 / TimelineLayout.DENSITY_SLICE) + 2);
        assertThat(layout.glyphs().stream().mapToInt(Glyph::count).sum()).isEqualTo(n);
        assertThat(layout.glyphs()).allSatisfy(g -> {
            assertThat(g.item()).isEqualTo(TimelineLayout.DENSITY);
            assertThat(g.row()).isZero();
            assertThat(g.members()).hasSize(1);
            // Each bar counts exactly the events starting in its slice of time.
            long starting = items.stream().filter(i -> i.start() >= g.startTime() && i.start() < g.endTime()).count();
            assertThat(g.count()).isEqualTo((int) starting);
        });
    }

    @Test
    void marksThatFindNoRowBecomeOneClusterOfThemAllInTheLastRow() {
        double day = day(2022, 5, 25);
        List<TimelineItem> items = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            items.add(new TimelineItem("b" + i, "month " + i, day, day + 30 * DAY, ItemShape.FUZZY, "c", false, false,
                    false));
            all.add(i);
        }
        // One day across the screen: each event known only to its month is a band wider than the view.
        TimeScale scale = new TimeScale(day - 0.1 * DAY, 1.2 * DAY / 1600, 1600);
        TimelineLayout layout = TimelineLayout.compute(scale, items, List.of(LaneSpec.indexed("c", "C", all, items)),
                LayoutStyle.DEFAULT, Locale.FRENCH, WIDTH);

        int rows = LayoutStyle.DEFAULT.maxRowsPerLane();
        assertThat(layout.glyphs().stream().filter(g -> !g.label().isEmpty())).hasSize(rows - 1);
        List<Glyph> lastRow = layout.glyphs().stream().filter(g -> g.row() == rows - 1).toList();
        assertThat(lastRow).hasSize(1);
        Glyph cluster = lastRow.get(0);
        assertThat(cluster.isCluster()).isTrue();
        assertThat(cluster.count()).isEqualTo(150 - (rows - 1));
        assertThat(cluster.centerX()).isBetween(0.0, 1600.0);
        assertThat(layout.glyphs().stream().mapToInt(Glyph::count).sum()).isEqualTo(150);
    }

    @Test
    void theDaysOwnEventsTakeTheRowsBeforeTheMonthsTheyBelongTo() {
        double month = day(2022, 5, 1);
        double day = day(2022, 5, 31);
        List<TimelineItem> items = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        // Months first in the data, and earlier by anchor: without a rule they would fill every row.
        for (int i = 0; i < 30; i++) {
            items.add(new TimelineItem("m" + i, "month " + i, month, month + 31 * DAY, ItemShape.FUZZY, "c", false,
                    false, false));
            all.add(all.size());
        }
        for (int i = 0; i < 5; i++) {
            items.add(point("d" + i, day));
            all.add(all.size());
        }
        // A day and a half across the screen: the 31st, where the month ends, and the 1st of June.
        TimeScale scale = new TimeScale(day - 0.25 * DAY, 1.5 * DAY / 1600, 1600);
        TimelineLayout layout = TimelineLayout.compute(scale, items, List.of(LaneSpec.indexed("c", "C", all, items)),
                LayoutStyle.DEFAULT, Locale.FRENCH, WIDTH);

        List<Glyph> firstRows = layout.glyphs().stream().filter(g -> g.row() < 5).toList();
        assertThat(firstRows).hasSize(5).allMatch(g -> !g.isCluster() && !g.label().isEmpty()
                && items.get(g.item()).id().startsWith("d"));
        List<Glyph> months = layout.glyphs().stream().filter(g -> g.row() >= 5).toList();
        assertThat(months).isNotEmpty().allMatch(g -> g.isCluster() || items.get(g.item()).id().startsWith("m"));
        assertThat(layout.glyphs().stream().mapToInt(Glyph::count).sum()).isEqualTo(35);
    }

    @Test
    void aBurstOfDaysSeenUpCloseMeasuresOnlyTheLabelsThatGetARow() {
        double day = day(2022, 11, 20);
        List<TimelineItem> items = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(point(String.format("e%03d", i), day));
            all.add(i);
        }
        List<String> measured = new ArrayList<>();
        LabelWidths counting = text -> {
            measured.add(text);
            return text.length() * 7.0;
        };
        TimeScale scale = new TimeScale(day - 0.1 * DAY, 1.2 * DAY / 1600, 1600);

        TimelineLayout layout = TimelineLayout.compute(scale, items, List.of(LaneSpec.indexed("c", "C", all, items)),
                LayoutStyle.DEFAULT, Locale.FRENCH, counting);

        List<String> labelled = layout.glyphs().stream().filter(g -> !g.label().isEmpty())
                .map(g -> items.get(g.item()).label()).toList();
        // The axis's own labels are measured too, to space the ticks: they are not events'.
        List<String> tickLabels = layout.ticks().minor().stream().map(Tick::label).toList();
        assertThat(labelled).hasSize(LayoutStyle.DEFAULT.maxRowsPerLane() - 1);
        assertThat(measured).filteredOn(text -> !tickLabels.contains(text)).isNotEmpty().allMatch(text ->
                labelled.stream().anyMatch(label -> label.startsWith(text.replace("…", "").strip())));
        assertThat(layout.glyphs().stream().mapToInt(Glyph::count).sum()).isEqualTo(200);
    }

    @Test
    void whenRowsRunShortTheDayInTheMiddleOfTheViewGetsThemNotTheEndsOfItsNeighbours() {
        double day = day(2022, 11, 20);
        List<TimelineItem> items = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int d = -1; d <= 1; d++) {
            for (int i = 0; i < 20; i++) {
                items.add(point("d" + d + "-" + i, day + d * DAY));
                all.add(all.size());
            }
        }
        // The 20th across most of the view, a quarter of the 19th and of the 21st at either end.
        TimeScale scale = new TimeScale(day - 0.25 * DAY, 1.5 * DAY / 1600, 1600);

        TimelineLayout layout = TimelineLayout.compute(scale, items, List.of(LaneSpec.indexed("c", "C", all, items)),
                LayoutStyle.DEFAULT, Locale.FRENCH, WIDTH);

        int lastRow = LayoutStyle.DEFAULT.maxRowsPerLane() - 1;
        List<String> placed = layout.glyphs().stream().filter(g -> g.row() < lastRow && !g.isCluster())
                .map(g -> items.get(g.item()).id()).toList();
        assertThat(placed.stream().filter(id -> id.startsWith("d0-"))).hasSize(lastRow);
        assertThat(layout.glyphs().stream().mapToInt(Glyph::count).sum()).isEqualTo(60);
        // No two glyphs of a row overlap.
        for (int row = 0; row < lastRow; row++) {
            final int r = row;
            List<Glyph> inRow = layout.glyphs().stream().filter(g -> g.row() == r)
                    .sorted(java.util.Comparator.comparingDouble(Glyph::x0)).toList();
            for (int k = 1; k < inRow.size(); k++) {
                assertThat(inRow.get(k).x0()).isGreaterThanOrEqualTo(inRow.get(k - 1).right());
            }
        }
    }

    @Test
    void axisLabelsOfTheFarthestYearsNeverOverlapAndMarkBothEnds() {
        double first = SupportedYears.EARLIEST_EPOCH_SECOND;
        double last = SupportedYears.LATEST_EPOCH_SECOND;
        List<TimelineItem> items = List.of(point("first", first), point("last", last - DAY));
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            for (TimeScale scale : List.of(
                    TimeScale.fit(first, last, 1000, 0.03, ZoomLimits.DEFAULT.including(last - first)),
                    TimeScale.fit(first, first + 3000 * 365.25 * DAY, 1000, 0.03, ZoomLimits.DEFAULT),
                    TimeScale.fit(last - 3000 * 365.25 * DAY, last, 1000, 0.03, ZoomLimits.DEFAULT),
                    TimeScale.fit(first, first + 40 * DAY, 1000, 0.03, ZoomLimits.DEFAULT),
                    TimeScale.fit(-9999L * 365 * DAY, 0, 1000, 0.03, ZoomLimits.DEFAULT))) {
                TimelineLayout layout = TimelineLayout.compute(scale, items, single(items), LayoutStyle.DEFAULT,
                        locale, WIDTH);

                List<Tick> minor = layout.ticks().minor();
                assertThat(minor).as("%s %s", locale, scale).hasSizeGreaterThan(1);
                for (int i = 1; i < minor.size(); i++) {
                    // As the painter sets them: 4 px right of their tick.
                    double previousEnd = minor.get(i - 1).x() + 4 + WIDTH.applyAsDouble(minor.get(i - 1).label());
                    assertThat(minor.get(i).x() + 4).as("%s after %s", minor.get(i).label(), minor.get(i - 1).label())
                            .isGreaterThan(previousEnd);
                }
            }
        }
    }
}
