package org.sourceline.store.sqlite;

import org.sourceline.store.ImportOptions;
import org.sourceline.store.ImportReport;
import org.sourceline.store.TimeSpan;
import org.sourceline.store.EventRow;
import org.sourceline.store.StoreException;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Place;
import org.sourceline.model.Source;

class StoreTest {
    @TempDir
    Path dir;

    static LoadedTimeline sample(String... eventIds) {
        String raw = "Titre\n\nLe ministre a reçu le directeur à Doha.\n\nAutre paragraphe sur la cybersécurité.\n";
        Source source = new Source("src-a", "a.txt", "Un article", null, "S.A", EdtfDate.parse("2022-05-28"), "fr",
                null, List.of(new LineRange(3, 5)), null);
        Article article = Article.cut(raw, source.bodyLines());
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < eventIds.length; i++) {
            events.add(new Event(eventIds[i], "Rencontre " + i, "Meeting " + i, "Une rencontre.",
                    EdtfDate.parse("2022-05-2" + (5 + i)), null, "meeting", List.of("ministre"), List.of("doha"),
                    List.of("sécurité"), List.of(new Citation("src-a", i % 2 == 0 ? "reçu le directeur" : "cybersécurité")),
                    null));
        }
        Dataset dataset = new Dataset("Essai", null, List.of(source),
                List.of(new Actor("ministre", "Le ministre", List.of("Le Ministre"), null)),
                List.of(new Place("doha", "Doha", "Qatar")), events, List.of());
        return new LoadedTimeline(dataset, Map.of("src-a", article));
    }

    @Test
    void aNewStoreIsAtTheLatestSchemaWithForeignKeysAndWal() throws Exception {
        Path file = dir.resolve("new.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.userVersion()).isEqualTo(Schema.LATEST);
            assertThat(store.isEmpty()).isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void anEventGivenWithAQuoteNotInItsArticleIsRefusedAndTheImportLeavesNothing() throws Exception {
        Path file = dir.resolve("s.db");
        LoadedTimeline timeline = sample("first", "second");
        try (SqliteStore store = SqliteStore.open(file)) {
            try (BulkWriter writer = store.importWriter(ImportOptions.ADD)) {
                Source source = timeline.dataset().sources().get(0);
                writer.source(source, timeline.articles().get(source.id()));
                writer.actor(timeline.dataset().actors().get(0));
                writer.place(timeline.dataset().places().get(0));
                Event first = timeline.dataset().events().get(0);
                writer.event(first, new int[] {timeline.articles().get("src-a").body().indexOf("reçu le directeur")});
                Event second = timeline.dataset().events().get(1);
                assertThatThrownBy(() -> writer.event(second, new int[] {-1}))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("second")
                        .hasMessageContaining("src-a");
            }
            assertThat(store.listEvents()).isEmpty();
            assertThat(store.holdsNothing()).isTrue();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".search"));
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void anImportIntoAnEmptyStoreThatFailsOnceItsRowsAreInLeavesItEmptyAndNoScratchFile() throws Exception {
        Path file = dir.resolve("s.db");
        SqliteStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // A table under the name of an index the import builds at the end: building it fails there.
            s.execute("DROP INDEX events_by_time");
            s.execute("CREATE TABLE events_by_time (x)");
        }
        LoadedTimeline timeline = sample("first", "second");
        try (SqliteStore store = SqliteStore.open(file)) {
            BulkWriter writer = store.importWriter(ImportOptions.ADD);
            Source source = timeline.dataset().sources().get(0);
            writer.source(source, timeline.articles().get(source.id()));
            writer.actor(timeline.dataset().actors().get(0));
            writer.place(timeline.dataset().places().get(0));
            for (Event e : timeline.dataset().events()) {
                String body = timeline.articles().get("src-a").body();
                writer.event(e, new int[] {body.indexOf(e.citations().get(0).quote())});
            }
            assertThatThrownBy(writer::commit).isInstanceOf(StoreException.class)
                    .hasMessageContaining("events_by_time");
            writer.close();

            assertThat(store.listEvents()).isEmpty();
            assertThat(store.holdsNothing()).isTrue();
            assertThat(store.search(org.sourceline.model.SearchQuery.of("rencontre"), 10)).isEmpty();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".search"));
        }
    }

    @Test
    void anImportThatFoundTheStoreEmptyButFindsItFilledOnceItHoldsTheLockChangesNothing() throws Exception {
        Path file = dir.resolve("s.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.importTimeline(sample("first"), false);
            // As if another import had filled the store between this one's look at it and its transaction.
            assertThatThrownBy(() -> store.writer(BulkWriter.Mode.EMPTY, ImportOptions.ADD))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("another import wrote to this store")
                    .hasMessageContaining("nothing was imported");

            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("first");
            assertThat(store.matchingEventIds(org.sourceline.model.SearchQuery.of("rencontre"))).containsExactly("first");
            // The store works on: the next import replaces its content in one step.
            store.importTimeline(sample("second", "third"), true);
            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("second", "third");
            assertThat(store.eventColumns().size()).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'events_by_time'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the indexes an empty-store import drops are still there").isEqualTo(1);
        }
    }

    @Test
    void anImportThatCannotTakeTheWriteLockLeavesTheConnectionAsItFoundIt() throws Exception {
        Path file = dir.resolve("s.db");
        try (SqliteStore store = SqliteStore.open(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement hold = other.createStatement()) {
            hold.execute("BEGIN IMMEDIATE");
            try {
                assertThatThrownBy(() -> store.importTimeline(sample("a"), false)).isInstanceOf(StoreException.class);
            } finally {
                hold.execute("ROLLBACK");
            }
            Connection own = connectionOf(store);
            try (Statement s = own.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                rs.next();
                assertThat(rs.getInt(1)).as("foreign keys checked again").isEqualTo(1);
            }
            try (Statement s = own.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            store.importTimeline(sample("a"), false);
            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("a");
        }
    }

    private static Connection connectionOf(SqliteStore store) {
        return store.connection();
    }

    @Test
    void importedEventsComeBackInTimeOrderWithQuoteOffsets() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(sample("b-second", "a-first"), false);

            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("b-second", "a-first");
            List<CitedPassage> passages = store.passagesOf("b-second");
            assertThat(passages).hasSize(1);
            String body = "Le ministre a reçu le directeur à Doha.\n\nAutre paragraphe sur la cybersécurité.";
            CitedPassage p = passages.get(0);
            assertThat(body.substring(p.start(), p.end())).isEqualTo("reçu le directeur");
            assertThat(p.source().author()).isEqualTo("S.A");
        }
    }

    @Test
    void theTimeRangeRunsFromTheEarliestStartToTheLatestEndAndIsEmptyWithNoEvent() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            assertThat(store.eventTimeRange()).isEmpty();

            store.importTimeline(sample("d25", "d26", "d27"), false);

            assertThat(store.eventTimeRange()).contains(new TimeSpan(
                    EdtfDate.parse("2022-05-25").earliestEpochSecond(),
                    EdtfDate.parse("2022-05-27").latestEpochSecond()));
        }
    }

    @Test
    void eventsBetweenReturnsExactlyTheEventsOverlappingTheWindow() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(sample("d25", "d26", "d27"), false);
            long may26 = EdtfDate.parse("2022-05-26").earliestEpochSecond();
            long may27 = EdtfDate.parse("2022-05-27").earliestEpochSecond();

            assertThat(store.eventsBetween(may26, may27)).extracting(EventRow::id).containsExactly("d26");
            assertThat(store.eventsBetween(may26 - 1, may27 + 1)).extracting(EventRow::id)
                    .containsExactly("d25", "d26", "d27");
        }
    }

    @Test
    void whatIsImportedIsWhatIsLoaded() throws Exception {
        LoadedTimeline timeline = sample("e1", "e2");
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(timeline, false);
            LoadedTimeline back = store.load();

            assertThat(back.dataset()).usingRecursiveComparison().ignoringFields("categories")
                    .isEqualTo(timeline.dataset());
            assertThat(back.articles()).isEqualTo(timeline.articles());
            // The sample names its category without describing it: the store describes it from its id.
            assertThat(back.dataset().categories())
                    .containsExactly(new Category("meeting", "Meeting", null, Category.PALETTE.get(0)));
        }
    }

    @Test
    void anImportAddsWhatIsNewAndLeavesWhatIsThere() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(sample("e1"), false);

            ImportReport report = store.importTimeline(sample("e1", "e2"), false);

            assertThat(report.events()).isEqualTo(new ImportReport.Tally(1, 1, 0, 0));
            assertThat(report.sources()).isEqualTo(new ImportReport.Tally(0, 1, 0, 0));
            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("e1", "e2");
        }
    }

    @Test
    void anImportThatFailsHalfWayIsRolledBack() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(sample("e1"), false);
            LoadedTimeline before = store.load();
            LoadedTimeline good = sample("e7", "e8");
            // The second event cites a source whose article is missing: the insert fails after the first event.
            Event broken = new Event("e9", "Cassé", null, "x", EdtfDate.parse("2022"), null, "meeting", List.of(),
                    List.of(), List.of(), List.of(new Citation("src-unknown", "x")), null);
            List<Event> events = new java.util.ArrayList<>(good.dataset().events());
            events.add(broken);
            Dataset d = good.dataset();
            LoadedTimeline bad = new LoadedTimeline(new Dataset(d.title(), d.description(), List.of(), List.of(),
                    List.of(), events, List.of()), Map.of());

            assertThatThrownBy(() -> store.importTimeline(bad, true)).isInstanceOf(RuntimeException.class);

            assertThat(store.load()).isEqualTo(before);
        }
    }

    @Test
    void replaceSwapsTheContentInOneStep() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(sample("old"), false);
            store.importTimeline(sample("new1", "new2"), true);

            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("new1", "new2");
        }
    }

    @Test
    void aVersionOneStoreIsMigratedAndItsContentBecomesSearchable() throws Exception {
        Path file = dir.resolve("v1.db");
        try (SqliteStore v1 = SqliteStore.open(file, 1)) {
            assertThat(v1.userVersion()).isEqualTo(1);
            v1.importTimeline(sample("e1"), false);
        }

        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.userVersion()).isEqualTo(Schema.LATEST);
            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("e1");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, ref FROM search_index WHERE search_index MATCH 'ministre'"
                     + " ORDER BY kind")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + ":" + rs.getString(2)).isEqualTo("event:e1");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + ":" + rs.getString(2)).isEqualTo("source:src-a");
        }
    }

    @Test
    void searchIgnoresAccentsAndCase() throws Exception {
        Path file = dir.resolve("s.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.importTimeline(sample("e1", "e2"), false);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ref FROM search_index WHERE search_index MATCH 'CYBERSECURITE'"
                     + " AND kind = 'event'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("e2");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aStoreFromANewerBuildIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE x (a)");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> SqliteStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("newer");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are not the tables you are looking for, just some text long enough\n".repeat(20));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> SqliteStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
        }

        assertThatThrownBy(() -> SqliteStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not made by Sourceline");
    }

    @Test
    void aSecondTimelineMaySharePlacesAndActorsButNotRedefineThem() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(sample("e1"), false);
            LoadedTimeline second = sample("e2");
            Dataset d = second.dataset();
            Source other = new Source("src-b", "b.txt", "Un autre article", null, null, EdtfDate.parse("2023"), "fr",
                    null, d.sources().get(0).bodyLines(), null);
            Event e2 = d.events().get(0);
            Event citingB = new Event(e2.id(), e2.title(), e2.titleEn(), e2.summary(), e2.date(), null, e2.category(),
                    e2.actors(), e2.places(), e2.tags(), List.of(new Citation("src-b", "reçu le directeur")), null);
            LoadedTimeline sharing = new LoadedTimeline(new Dataset(null, null, List.of(other), d.actors(), d.places(),
                    List.of(citingB), List.of()), Map.of("src-b", second.articles().get("src-a")));

            store.importTimeline(sharing, false);

            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("e1", "e2");
            LoadedTimeline renamed = new LoadedTimeline(new Dataset(null, null, List.of(), List.of(
                    new Actor("ministre", "Un autre ministre", List.of(), null)), List.of(), List.of(), List.of()),
                    Map.of());
            ImportReport report = store.importTimeline(renamed, false);
            assertThat(report.actors()).isEqualTo(new ImportReport.Tally(0, 0, 0, 1));
            assertThat(report.notices()).singleElement().hasToString("actor ministre differs in the file and was left"
                    + " as it is: name: \u201cLe ministre\u201d in the store, \u201cUn autre ministre\u201d in the file");
            assertThat(store.actorsById().get("ministre").name()).isEqualTo("Le ministre");
        }
    }
}
