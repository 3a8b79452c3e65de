package org.sourceline.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Change;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Place;
import org.sourceline.model.SearchQuery;
import org.sourceline.store.SearchHit;
import org.sourceline.store.SearchText;
import org.sourceline.store.StoreException;

/** Places keep their other spellings from schema version 7 on, and events are found by them as by actors'. */
class PlaceAliasesStoreTest {
    private static final Place DOHA = new Place("doha", "Doha", List.of("Dawha", "الدوحة"), "Qatar");
    private static final Place RABAT = new Place("rabat", "Rabat", List.of(), "Maroc");

    @TempDir
    Path dir;

    /** The store test's sample, its events at Doha and Rabat, at Doha alone, and nowhere, in turn. */
    private static LoadedTimeline withPlaces(List<Place> places) {
        LoadedTimeline t = StoreTest.sample("e0", "e1", "e2");
        Dataset d = t.dataset();
        List<List<String>> at = List.of(List.of("rabat", "doha"), List.of("doha"), List.of());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.events().get(i);
            events.add(new Event(e.id(), e.title(), e.titleEn(), e.summary(), e.date(), e.displayDate(),
                    e.category(), e.actors(), at.get(i), e.tags(), e.citations(), e.note()));
        }
        return new LoadedTimeline(new Dataset(d.title(), d.description(), d.sources(), d.actors(), places, events,
                d.eras(), d.categories()), t.articles());
    }

    /** Every row of the search index, in the order of their keys. */
    private static List<String> indexRows(Connection db) throws SQLException {
        return IndexContent.rows(db);
    }

    private static long seqOf(Connection db, String eventId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT seq FROM events WHERE id = ?")) {
            q.setString(1, eventId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aStoreOfVersionSixIsMigratedKeepingItsPlacesWithNoAliasesAndFindingWhatItFoundBefore() throws Exception {
        Path file = dir.resolve("v6.db");
        Map<String, Place> places;
        List<String> rows;
        try (SqliteStore v6 = SqliteStore.open(file, 6)) {
            v6.importTimeline(withPlaces(List.of(new Place("doha", "Doha", "Qatar"), RABAT)), false);
            places = v6.placesById();
            rows = indexRows(v6.connection());
        }

        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.userVersion()).isEqualTo(Schema.LATEST);
            assertThat(store.placesById()).isEqualTo(places).containsOnlyKeys("doha", "rabat")
                    .allSatisfy((id, p) -> assertThat(p.aliases()).isEmpty());
            assertThat(count(store.connection(), "SELECT count(*) FROM place_aliases")).isZero();
            assertThat(indexRows(store.connection())).isEqualTo(rows);

            store.apply(new Change.OfPlace(places.get("doha"), DOHA));
            assertThat(store.placesById().get("doha")).isEqualTo(DOHA);
            assertThat(store.matchingEventIds(SearchQuery.of("Dawha"))).containsExactlyInAnyOrder("e0", "e1");
        }
    }

    @Test
    void aStoreHeldAtVersionSixRefusesAPlaceWithAliasesAndTakesOneWithout() throws Exception {
        try (SqliteStore v6 = SqliteStore.open(dir.resolve("v6.db"), 6)) {
            StoreException refused = catchThrowableOfType(StoreException.class,
                    () -> v6.importTimeline(withPlaces(List.of(DOHA, RABAT)), false));
            assertThat(refused).hasMessageContaining("predates place aliases");
            assertThat(v6.isEmpty()).isTrue();

            v6.importTimeline(withPlaces(List.of(new Place("doha", "Doha", "Qatar"), RABAT)), false);
            assertThat(v6.placesById()).containsOnlyKeys("doha", "rabat");
        }
    }

    @Test
    void theIndexRebuiltFromTheStoreHoldsWhatImportsAndEditsWroteWithSearchText() throws Exception {
        LoadedTimeline timeline = withPlaces(List.of(DOHA, RABAT));
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(timeline, false);
            Connection db = store.connection();
            List<String> imported = indexRows(db);
            Map<String, org.sourceline.model.Actor> actors = store.actorsById();
            Map<String, Place> places = store.placesById();
            assertThat(places.get("doha")).isEqualTo(DOHA);
            List<Object[]> texts = new ArrayList<>();
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT seq, id, title, body FROM sources ORDER BY seq")) {
                while (rs.next()) {
                    texts.add(new Object[] {rs.getLong(1), "source", rs.getString(2), rs.getString(3),
                        rs.getString(4)});
                }
            }
            for (Event e : timeline.dataset().events()) {
                SearchText.Row row = SearchText.event(e, actors, places);
                texts.add(new Object[] {seqOf(db, e.id()), "event", e.id(), row.title(), row.body()});
            }
            assertThat(imported).as("the words of SearchText's texts").isEqualTo(IndexContent.rowsOf(db, texts));
            assertThat(imported).anySatisfy(row -> assertThat(row).contains(":dawha").contains(":الدوحة"));

            try (Statement s = db.createStatement()) {
                s.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')");
            }
            SearchRows.fill(db, Schema.LATEST);
            assertThat(indexRows(db)).as("filled from the store").isEqualTo(imported);

            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM search_index WHERE rowid IN (SELECT seq FROM events)");
            }
            try (PreparedStatement q = db.prepareStatement("SELECT seq FROM events ORDER BY seq");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    SearchRows.indexEvent(db, rs.getLong(1), true);
                }
            }
            assertThat(indexRows(db)).as("each event written anew").isEqualTo(imported);
        }
    }

    @Test
    void anEventIsFoundByAnAliasOfItsPlaceWhichTheHitShowsBesideTheName() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withPlaces(List.of(DOHA, RABAT)), false);

            assertThat(store.matchingEventIds(SearchQuery.of("Dawha"))).containsExactlyInAnyOrder("e0", "e1");
            assertThat(store.matchingEventIds(SearchQuery.of("الدوحة"))).containsExactlyInAnyOrder("e0", "e1");
            assertThat(store.search(SearchQuery.of("Dawha"), 10)).hasSize(2).allSatisfy(hit -> {
                assertThat(hit.field()).isEqualTo(SearchHit.Field.PLACE);
                assertThat(hit.fieldText()).isEqualTo("Doha (Dawha)");
            });
        }
    }

    @Test
    void emptyingAStoreEmptiesItsPlaceAliases() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withPlaces(List.of(DOHA, RABAT)), false);
            store.importTimeline(withPlaces(List.of(new Place("doha", "Doha", "Qatar"), RABAT)), true);

            assertThat(store.placesById().get("doha").aliases()).isEmpty();
            assertThat(count(store.connection(), "SELECT count(*) FROM place_aliases")).isZero();
        }
    }
}
