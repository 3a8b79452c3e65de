package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.layout.ItemColumns;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.LaneSpec;
import org.sourceline.layout.Lanes;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineItems;
import org.sourceline.store.EventRow;
import org.sourceline.store.Store;

class TimelineDataTest {
    @TempDir
    Path dir;

    @Test
    void itemsBuiltFromColumnsAreTheItemsOfTheRows() throws Exception {
        try (Store store = Stores.open(dir.resolve("s.db"))) {
            store.importTimeline(Seeds.load(), false);
            List<EventRow> rows = store.listEvents();
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                TimelineData data = TimelineData.of(store.eventColumns(), Map.of(), Map.of(), locale);
                assertThat(data.size()).isEqualTo(rows.size());
                ItemColumns columns = (ItemColumns) data.items();
                for (int i = 0; i < rows.size(); i++) {
                    EventRow r = rows.get(i);
                    String label = locale == Locale.ENGLISH && r.titleEn() != null ? r.titleEn() : r.title();
                    TimelineItem expected = TimelineItems.of(r.id(), label, r.date(), r.category());
                    assertThat(data.items().get(i)).isEqualTo(expected);
                    assertThat(data.rows().get(i)).isEqualTo(r);
                    assertThat(data.indexOf(r.id())).isEqualTo(i);
                    assertThat(columns.anchorOf(i)).isEqualTo(expected.anchor());
                    assertThat(columns.startOf(i)).isEqualTo(expected.start());
                    assertThat(columns.endOf(i)).isEqualTo(expected.end());
                }
                assertThat(data.minTime()).isEqualTo(rows.stream().mapToLong(EventRow::startSecond).min().orElseThrow());
                assertThat(data.maxTime()).isEqualTo(rows.stream().mapToLong(EventRow::endSecond).max().orElseThrow());
                assertThat(data.categories()).containsExactlyElementsOf(
                        rows.stream().map(EventRow::category).distinct().toList());
            }
        }
    }

    @Test
    void aFilteredViewKeepsOrderAndFindsOnlyItsEvents() throws Exception {
        try (Store store = Stores.open(dir.resolve("s.db"))) {
            store.importTimeline(Seeds.load(), false);
            TimelineData all = TimelineData.of(store.eventColumns(), Map.of(), Map.of(), Locale.FRENCH);
            List<String> odd = new ArrayList<>();
            for (int i = 1; i < all.size(); i += 2) {
                odd.add(all.items().get(i).id());
            }
            TimelineData some = all.only(odd::contains);
            assertThat(some.items()).extracting(TimelineItem::id).containsExactlyElementsOf(odd);
            assertThat(some.indexOf(odd.get(1))).isEqualTo(1);
            assertThat(some.indexOf(all.items().get(0).id())).isEqualTo(-1);
            assertThat(some.indexOf("absent")).isEqualTo(-1);
        }
    }

    @Test
    void lanesFromColumnsAreTheLanesOfAPlainList() throws Exception {
        try (Store store = Stores.open(dir.resolve("s.db"))) {
            store.importTimeline(Seeds.load(), false);
            TimelineData data = TimelineData.of(store.eventColumns(), Map.of(), Map.of(), Locale.FRENCH);
            List<TimelineItem> plain = new ArrayList<>(data.items());
            for (LaneMode mode : LaneMode.values()) {
                List<LaneSpec> fromColumns = Lanes.build(data.items(), mode, i -> data.actorsOf(i.id()), k -> k, "-");
                List<LaneSpec> fromList = Lanes.build(plain, mode, i -> data.actorsOf(i.id()), k -> k, "-");
                assertThat(fromColumns).extracting(LaneSpec::key).containsExactlyElementsOf(
                        fromList.stream().map(LaneSpec::key).toList());
                for (int l = 0; l < fromList.size(); l++) {
                    assertThat(fromColumns.get(l).items()).isEqualTo(fromList.get(l).items());
                }
            }
        }
    }

    @Test
    void overlappingKeepsExactlyTheEventsThatStartBeforeTheEndAndEndAfterTheStart() throws Exception {
        try (Store store = Stores.open(dir.resolve("s.db"))) {
            store.importTimeline(Seeds.load(), false);
            TimelineData all = TimelineData.of(store.eventColumns(), Map.of(), Map.of(), Locale.FRENCH);
            List<EventRow> rows = store.listEvents();
            double t0 = rows.get(3).startSecond();
            double t1 = rows.get(8).startSecond() + 0.5;
            List<String> expected = rows.stream().filter(r -> r.startSecond() < t1 && r.endSecond() > t0)
                    .map(EventRow::id).toList();
            assertThat(expected).isNotEmpty().hasSizeLessThan(rows.size());
            assertThat(all.overlapping(t0, t1).items()).extracting(TimelineItem::id).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void itemsKeptForTheNextFrameAreNeverServedUnderAnotherIndex() {
        // More events than items are kept, so that indexes share the places where they are kept.
        int n = 40_000;
        org.sourceline.store.EventColumns.Builder builder = new org.sourceline.store.EventColumns.Builder();
        java.time.LocalDate first = java.time.LocalDate.of(2015, 1, 1);
        for (int i = 0; i < n; i++) {
            String date = first.plusDays(i).toString();
            builder.add(String.format("ev-%05d", i), "Événement " + i, null,
                    org.sourceline.model.EdtfDate.parse(date), date, null, "meeting", List.of());
        }
        TimelineData data = TimelineData.of(builder.build(), Map.of(), Map.of(), Locale.FRENCH);

        for (int round = 0; round < 2; round++) {
            for (int i : new int[] {0, 16_384, 32_768, 1, 16_385, 0, 39_999, 7_231, 23_615}) {
                TimelineItem item = data.items().get(i);
                assertThat(item.id()).isEqualTo(String.format("ev-%05d", i));
                assertThat(item.label()).isEqualTo("Événement " + i);
            }
        }
        TimelineItem again = data.items().get(39_999);
        assertThat(data.items().get(39_999)).isSameAs(again);
    }
}
