package org.sourceline.store.sqlite;

import org.sourceline.store.EventColumns;
import org.sourceline.store.EventRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.model.DateTraits;
import org.sourceline.model.EdtfDate;

class EventColumnsTest {
    @TempDir
    Path dir;

    private static final String[] DATES = {"2022-05-25", "2022-05", "2022", "2022-05-25/2022-05-27", "[2022-05-25..2022-05-27]",
        "2022-05-25~", "2022-05?", "2022-05-25/..", "[..2022-06]", "2021-12-31"};

    private static EventColumns random(int n, long seed, List<String[]> added) {
        Random r = new Random(seed);
        EventColumns.Builder b = new EventColumns.Builder();
        for (int i = 0; i < n; i++) {
            String id = "év-" + r.nextInt(n * 10) + "-" + i;
            String date = DATES[r.nextInt(DATES.length)];
            String titleEn = r.nextBoolean() ? null : "Title " + i;
            String display = r.nextInt(4) == 0 ? "fin mai" : null;
            List<String> actors = switch (r.nextInt(3)) {
                case 0 -> List.of();
                case 1 -> List.of("a" + r.nextInt(5));
                default -> List.of("a1", "b2");
            };
            b.add(id, "Titre « " + i + " »", titleEn, EdtfDate.parse(date), date, display, "cat" + r.nextInt(3),
                    actors);
            added.add(new String[] {id, date, titleEn, display, String.join(",", actors)});
        }
        return b.build();
    }

    @Test
    void columnsAreInTimeOrderAndKeepEveryFieldThroughTheirBlob() {
        List<String[]> added = new ArrayList<>();
        EventColumns built = random(500, 7, added);
        EventColumns read = EventColumns.fromBytes(built.toBytes());
        assertThat(read.size()).isEqualTo(500);
        for (int i = 1; i < read.size(); i++) {
            int c = Long.compare(read.start(i - 1), read.start(i));
            if (c == 0) {
                c = Long.compare(read.end(i - 1), read.end(i));
            }
            if (c == 0) {
                c = read.id(i - 1).compareTo(read.id(i));
            }
            assertThat(c).as("order at %d", i).isLessThan(0);
        }
        for (String[] a : added) {
            int p = read.positionOf(a[0]);
            assertThat(p).isGreaterThanOrEqualTo(0);
            assertThat(built.positionOf(a[0])).isEqualTo(p);
            EdtfDate date = EdtfDate.parse(a[1]);
            assertThat(read.id(p)).isEqualTo(a[0]);
            assertThat(read.dateText(p)).isEqualTo(a[1]);
            assertThat(read.start(p)).isEqualTo(date.earliestEpochSecond());
            assertThat(read.end(p)).isEqualTo(date.latestEpochSecond());
            assertThat(read.traits(p)).isEqualTo(DateTraits.of(date));
            assertThat(read.titleEn(p)).isEqualTo(a[2]);
            assertThat(read.displayDate(p)).isEqualTo(a[3]);
            assertThat(String.join(",", read.actors(p))).isEqualTo(a[4]);
            assertThat(read.row(p).date()).isEqualTo(date);
        }
        assertThat(read.positionOf("absent")).isEqualTo(-1);
        assertThat(EventColumns.fromBytes(EventColumns.EMPTY.toBytes()).size()).isZero();
    }

    @Test
    void aDamagedBlobIsRefused() {
        byte[] bytes = random(20, 1, new ArrayList<>()).toBytes();
        assertThatThrownBy(() -> EventColumns.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] other = bytes.clone();
        other[0] = 'X';
        assertThatThrownBy(() -> EventColumns.fromBytes(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStoresColumnsAreItsEventsInTheOrderItListsThem() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(Seeds.load(), false);
            List<EventRow> rows = store.listEvents();
            EventColumns columns = store.eventColumns();
            assertThat(columns.size()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(columns.row(i)).isEqualTo(rows.get(i));
                assertThat(columns.actors(i)).isEqualTo(store.actorsOfEvents().getOrDefault(rows.get(i).id(),
                        List.of()));
            }
        }
    }

    @Test
    void theKeptCopyIsDroppedByAnyChangeToEventsOrTheirActors() throws Exception {
        Path file = dir.resolve("s.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.importTimeline(StoreTest.sample("e1", "e2"), false);
            // An import into an empty store keeps the columns it wrote, the same as rebuilt from the events.
            assertThat(keptCopies(file)).isEqualTo(1);
            EventColumns kept = store.eventColumns();
            assertThat(ids(kept)).containsExactly("e1", "e2");
            assertThat(kept.toBytes()).isEqualTo(store.readEventColumnsForTest().toBytes());
            store.importTimeline(StoreTest.sample("e3"), true);
            assertThat(keptCopies(file)).isZero();
            assertThat(ids(store.eventColumns())).containsExactly("e3");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE events SET title = 'Autre titre'");
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.eventColumns().title(0)).isEqualTo("Autre titre");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(keptCopies(file)).isEqualTo(1);
            s.execute("DELETE FROM event_actors");
            assertThat(keptCopies(file)).isZero();
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.eventColumns().actors(0)).isEmpty();
        }
    }

    @Test
    void aDamagedKeptCopyIsRebuiltFromTheEvents() throws Exception {
        Path file = dir.resolve("s.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.importTimeline(StoreTest.sample("e1", "e2"), false);
            store.eventColumns();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("UPDATE timeline_cache SET data = ?")) {
            s.setBytes(1, new byte[] {1, 2, 3});
            s.executeUpdate();
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(ids(store.eventColumns())).containsExactly("e1", "e2");
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(ids(store.eventColumns())).containsExactly("e1", "e2");
        }
    }

    private static List<String> ids(EventColumns columns) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ids.add(columns.id(i));
        }
        return ids;
    }

    private static int keptCopies(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM timeline_cache")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
