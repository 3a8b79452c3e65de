package org.sourceline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.IndexShift;

/** An edit of the columns gives what building them anew from the edited events gives. */
class EventColumnsEditTest {
    private static final String[] DATES = {"2022-05-25", "2022-05", "2022", "2022-05-24/2022-05-26", "[..2022-06]",
        "2022-05-25T10:00Z", "2021-12-31", "2023~", "[2022-05-21..2022-05-31]", "2022-05-25/.."};
    private static final String[] CATEGORIES = {"meeting", "visit", "agreement", "tour"};

    private static EventTable.Row row(Random r, String id) {
        return new EventTable.Row(id, "Titre " + id + (r.nextBoolean() ? " é" : ""),
                r.nextInt(3) == 0 ? null : "Title " + id, EdtfDate.parse(DATES[r.nextInt(DATES.length)]),
                r.nextInt(4) == 0 ? "mi-mai 2022" : null, CATEGORIES[r.nextInt(CATEGORIES.length)],
                r.nextBoolean() ? List.of() : List.of("actor-" + r.nextInt(5), "actor-" + (5 + r.nextInt(5))));
    }

    private static EventColumns build(List<EventTable.Row> rows) {
        EventColumns.Builder b = new EventColumns.Builder();
        for (EventTable.Row row : rows) {
            b.add(row.id(), row.title(), row.titleEn(), row.date(), row.date().toString(), row.displayDate(),
                    row.category(), row.actors());
        }
        return b.build();
    }

    /** Everything the table answers, position by position, and by id. */
    private static void assertSame(EventTable actual, EventColumns expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.row(i)).isEqualTo(expected.row(i));
            assertThat(actual.traits(i)).isEqualTo(expected.traits(i));
            assertThat(actual.actors(i)).isEqualTo(expected.actors(i));
            assertThat(actual.positionOf(expected.id(i))).isEqualTo(i);
        }
        EventColumns flat = actual.compacted();
        for (int i = 0; i < expected.size(); i++) {
            assertThat(flat.row(i)).isEqualTo(expected.row(i));
            assertThat(flat.actors(i)).isEqualTo(expected.actors(i));
            assertThat(flat.positionOf(expected.id(i))).isEqualTo(i);
        }
    }

    @RepeatedTest(60)
    void editsOneAfterAnotherGiveTheTableOfTheEventsThatRemain(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition());
        List<EventTable.Row> rows = new ArrayList<>();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            rows.add(row(r, "e" + String.format("%03d", r.nextInt(1000)) + "-" + i));
        }
        EventTable table = build(rows);
        for (int round = 0; round < 6; round++) {
            Set<String> removed = new HashSet<>();
            List<EventTable.Row> kept = new ArrayList<>();
            for (EventTable.Row row : rows) {
                if (r.nextInt(6) == 0) {
                    removed.add(row.id());
                } else {
                    kept.add(row);
                }
            }
            List<EventTable.Row> added = new ArrayList<>();
            int m = r.nextInt(4);
            for (int i = 0; i < m; i++) {
                // Sometimes an event edited in place: removed and inserted under its own id.
                String id = !removed.isEmpty() && r.nextBoolean() ? removed.iterator().next() : "new-" + round + "-" + i;
                if (added.stream().noneMatch(a -> a.id().equals(id))) {
                    added.add(row(r, id));
                }
            }
            List<EventTable.Row> after = new ArrayList<>(kept);
            after.addAll(added);

            EventTable.Edited edited = table.edited(removed, added);

            assertSame(edited.table(), build(after));
            IndexShift shift = edited.shift();
            for (int p = 0; p < table.size(); p++) {
                int q = shift.map(p);
                if (removed.contains(table.id(p))) {
                    assertThat(q).isEqualTo(-1);
                } else {
                    assertThat(edited.table().id(q)).isEqualTo(table.id(p));
                }
            }
            for (int q : shift.inserted()) {
                assertThat(added).extracting(EventTable.Row::id).contains(edited.table().id(q));
            }
            table = edited.table();
            rows = after;
        }
    }

    @Test
    void manyEditsLaidOverTheColumnsAreBuiltIntoNewColumns() {
        Random r = new Random(3);
        List<EventTable.Row> rows = new ArrayList<>();
        EventTable table = build(List.of());
        for (int i = 0; i <= EditedEvents.COMPACT_AFTER; i++) {
            EventTable.Row row = row(r, "n" + i);
            rows.add(row);
            table = table.edited(List.of(), List.of(row)).table();
        }

        assertThat(table).isInstanceOf(EventColumns.class);
        assertSame(table, build(rows));
    }

    @Test
    void anEventAlreadyHeldCannotBeInsertedAgain() {
        Random r = new Random(1);
        EventColumns columns = build(List.of(row(r, "a"), row(r, "b")));

        assertThatThrownBy(() -> columns.edited(List.of(), List.of(row(r, "a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event a is held already");
    }

    @Test
    void aNewCategoryGetsANewCodeAndTheOthersKeepTheirs() {
        Random r = new Random(2);
        EventColumns columns = build(List.of(row(r, "a")));
        EventTable.Row other = new EventTable.Row("b", "B", null, EdtfDate.parse("2030"), null, "press", List.of());

        EventTable edited = columns.edited(List.of(), List.of(other)).table();

        assertThat(edited.category(edited.positionOf("b"))).isEqualTo("press");
        assertThat(edited.category(edited.positionOf("a"))).isEqualTo(columns.category(0));
    }
}
