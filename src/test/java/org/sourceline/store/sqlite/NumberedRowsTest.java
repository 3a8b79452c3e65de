package org.sourceline.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.SearchQuery;
import org.sourceline.model.Source;
import org.sourceline.store.SearchHit;
import org.sourceline.store.Store;

/**
 * From schema version 5, sources are numbered with the events and each row of the search index is keyed by the
 * number of its event or source, so that one event's row is found without a scan.
 */
class NumberedRowsTest {
    private static final List<String> QUERIES = List.of("securite", "Hammouchi", "coupe du monde", "cyber",
            "\"centre de commandement\"", "Doha", "accord", "Milipol", "formation", "police");

    @TempDir
    Path dir;

    private static Map<String, List<String>> answers(Store store) throws Exception {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String query : QUERIES) {
            answers.put(query, store.search(SearchQuery.of(query), 50).stream()
                    .map(h -> h.kind() + ":" + h.ref() + ":" + h.eventId() + ":" + h.start()).toList());
        }
        return answers;
    }

    /** Index rows whose key is not their event's or source's number. */
    private static int misplacedRows(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM search_index i"
                + " LEFT JOIN events e ON i.kind = 'event' AND e.id = i.ref"
                + " LEFT JOIN sources s ON i.kind = 'source' AND s.id = i.ref"
                + " WHERE i.rowid IS NOT coalesce(e.seq, s.seq)")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aStoreOfVersionFourIsRenumberedAndFindsExactlyWhatItFoundBefore() throws Exception {
        Path file = dir.resolve("v4.db");
        Map<String, List<String>> before;
        try (SqliteStore v4 = SqliteStore.open(file, 4)) {
            v4.importTimeline(Seeds.load(), false);
            before = answers(v4);
        }
        assertThat(before.values()).allSatisfy(hits -> assertThat(hits).isNotEmpty());

        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.userVersion()).isEqualTo(Schema.LATEST);
            assertThat(answers(store)).isEqualTo(before);
            Connection db = store.connection();
            assertThat(misplacedRows(db)).isZero();
            assertThat(count(db, "SELECT count(*) FROM search_index"))
                    .isEqualTo(count(db, "SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM sources)"));
            assertThat(count(db, "SELECT count(*) FROM sources WHERE seq <= (SELECT max(seq) FROM events)")).isZero();
        }
    }

    @Test
    void importsIntoAnEmptyStoreAndIntoOneWithContentKeyEveryRowByItsNumber() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(StoreTest.sample("e1", "e2"), false);
            store.importTimeline(withOtherSource(StoreTest.sample("e3", "e4")), false);
            Connection db = store.connection();
            assertThat(count(db, "SELECT count(*) FROM search_index")).isEqualTo(6);
            assertThat(misplacedRows(db)).isZero();
            assertThat(count(db, "SELECT count(DISTINCT seq) FROM (SELECT seq FROM events UNION ALL"
                    + " SELECT seq FROM sources)")).isEqualTo(6);
            List<SearchHit> hits = store.search(SearchQuery.of("rencontre"), 50);
            assertThat(hits).extracting(SearchHit::ref).containsExactlyInAnyOrder("e1", "e2", "e3", "e4");
        }
    }

    /** The sample with its source under another id, so that a second import adds rather than clashes. */
    private static LoadedTimeline withOtherSource(LoadedTimeline t) {
        Dataset d = t.dataset();
        Source s = d.sources().get(0);
        Source source = new Source("src-b", s.file(), s.title(), s.outlet(), s.author(), s.published(), s.language(),
                s.url(), s.bodyLines(), s.note());
        List<Event> events = d.events().stream().map(e -> new Event(e.id(), e.title(), e.titleEn(), e.summary(),
                e.date(), e.displayDate(), e.category(), e.actors(), e.places(), e.tags(),
                e.citations().stream().map(c -> new Citation("src-b", c.quote())).toList(), e.note())).toList();
        return new LoadedTimeline(new Dataset(null, null, List.of(source), d.actors(), d.places(), events, List.of()),
                Map.of("src-b", t.articles().get("src-a")));
    }
}
