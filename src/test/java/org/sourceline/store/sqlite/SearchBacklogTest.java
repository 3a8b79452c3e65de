package org.sourceline.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.app.SyntheticTimeline;
import org.sourceline.model.Change;
import org.sourceline.model.Event;
import org.sourceline.model.SearchQuery;
import org.sourceline.store.SearchIndexState;
import org.sourceline.store.SearchNotReadyException;
import org.sourceline.store.Store;

/**
 * The search index built behind the timeline: an import of many rows commits them unindexed, search says "not
 * ready" rather than answer from part of them, and the build, interrupted or not, edited under or not, ends with the
 * index a build in one go makes.
 */
class SearchBacklogTest {
    /** More rows than one chunk: the import leaves them to the build. */
    private static final int EVENTS = 3 * SearchBacklog.CHUNK_ROWS;
    private static final List<String> QUERIES = List.of("securite", "ministre delegation", "\"centre de commandement\"",
            "cyber", "stade", "frontiere police", "sommet");

    @TempDir
    Path dir;

    private SqliteStore generated(String name) throws Exception {
        SqliteStore store = SqliteStore.open(dir.resolve(name));
        SyntheticTimeline.generate(store, EVENTS, 7);
        return store;
    }

    private static Map<String, List<String>> answers(Store store) throws Exception {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String query : QUERIES) {
            answers.put(query, answer(store, query));
        }
        return answers;
    }

    private static List<String> answer(Store store, String query) throws Exception {
        List<String> hits = new ArrayList<>(store.search(SearchQuery.of(query), 50).stream()
                .map(h -> h.kind() + ":" + h.ref() + ":" + h.eventId() + ":" + h.start()).toList());
        hits.add("all events: " + store.matchingEventIds(SearchQuery.of(query)).stream().sorted().toList());
        return hits;
    }

    private static List<String> builtInOneGo(SqliteStore store) throws Exception {
        return IndexContent.builtInOneGo(store.connection());
    }

    @Test
    void aLargeImportLeavesItsRowsToTheBuildAndSearchSaysNotReadyUntilTheIndexIsWhole() throws Exception {
        try (SqliteStore store = generated("g.db")) {
            SearchIndexState state = store.searchIndexState();
            assertThat(state.whole()).isFalse();
            assertThat(state.indexed()).isZero();
            assertThat(state.total()).isEqualTo(store.lastSeq());
            assertThat(IndexContent.rows(store.connection())).isEmpty();
            SearchNotReadyException notReady = catchThrowableOfType(SearchNotReadyException.class,
                    () -> store.search(SearchQuery.of("securite"), 10));
            assertThat(notReady).hasMessageContaining("search index is being built (0 %)");
            assertThat(catchThrowableOfType(SearchNotReadyException.class,
                    () -> store.matchingEventIds(SearchQuery.of("securite")))).isNotNull();

            List<SearchIndexState> seen = new ArrayList<>();
            store.buildSearchIndex(seen::add, () -> false);

            assertThat(seen.get(0).whole()).isFalse();
            assertThat(seen.get(seen.size() - 1)).isEqualTo(SearchIndexState.WHOLE);
            assertThat(seen).extracting(SearchIndexState::percent).isSorted();
            assertThat(seen.size()).as("a step per chunk, and the first look").isGreaterThanOrEqualTo(4);
            assertThat(store.searchIndexState().whole()).isTrue();
            assertThat(IndexContent.rows(store.connection())).isEqualTo(builtInOneGo(store));
            assertThat(answer(store, "securite")).hasSizeGreaterThan(1);
        }
    }

    @Test
    void aReadOnlyStoreWhoseIndexIsPartialSaysWhyItCannotBuildIt() throws Exception {
        generated("g.db").close();
        try (SqliteStore store = SqliteStore.openReadOnly(dir.resolve("g.db"))) {
            List<SearchIndexState> seen = new ArrayList<>();
            org.sourceline.store.StoreException refused = catchThrowableOfType(
                    org.sourceline.store.StoreException.class, () -> store.buildSearchIndex(seen::add, () -> false));
            assertThat(refused).hasMessageContaining("the search index is not complete (0 %) and the store is"
                    + " read-only");
            assertThat(seen).extracting(SearchIndexState::whole).containsExactly(false);
            assertThat(catchThrowableOfType(SearchNotReadyException.class,
                    () -> store.search(SearchQuery.of("securite"), 10))).isNotNull();
        }
    }

    @Test
    void anImportIntoAnEmptyStoreRefusesAnEventNamingAnActorOrPlaceItDoesNotGive() throws Exception {
        // Foreign keys are not checked row by row into an empty store: the writer checks its own references.
        org.sourceline.model.LoadedTimeline t = StoreTest.sample("e1");
        org.sourceline.model.Dataset d = t.dataset();
        for (List<String> actorsAndPlaces : List.of(List.of("nobody", "doha"), List.of("ministre", "nowhere"))) {
            Event e = d.events().get(0);
            Event odd = new Event(e.id(), e.title(), e.titleEn(), e.summary(), e.date(), e.displayDate(), e.category(),
                    List.of(actorsAndPlaces.get(0)), List.of(actorsAndPlaces.get(1)), e.tags(), e.citations(),
                    e.note());
            org.sourceline.model.LoadedTimeline bad = new org.sourceline.model.LoadedTimeline(
                    new org.sourceline.model.Dataset(d.title(), d.description(), d.sources(), d.actors(), d.places(),
                            List.of(odd), d.eras(), d.categories()), t.articles());
            try (SqliteStore store = SqliteStore.open(dir.resolve("empty-" + actorsAndPlaces.get(0) + ".db"))) {
                Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                        () -> store.importTimeline(bad, false));
                assertThat(refused).hasMessageContaining("which was not given");
                assertThat(store.isEmpty()).isTrue();
            }
        }
    }

    @Test
    void aSmallImportIsIndexedInItsOwnTransaction() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            SyntheticTimeline.generate(store, 200, 3);
            assertThat(store.searchIndexState().whole()).isTrue();
            assertThat(IndexContent.rows(store.connection())).isEqualTo(builtInOneGo(store));
        }
    }

    @Test
    void aSearchDuringTheBuildGivesTheWholeAnswerOrNotReadyNeverPartOfIt() throws Exception {
        Map<String, List<String>> expected;
        try (SqliteStore whole = generated("whole.db")) {
            whole.buildSearchIndex(s -> { }, () -> false);
            expected = answers(whole);
        }
        try (SqliteStore store = generated("g.db")) {
            CompletableFuture<Void> build = CompletableFuture.runAsync(() -> {
                try {
                    store.buildSearchIndex(s -> { }, () -> false);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int answered = 0;
            int refused = 0;
            // The store's own connection searches while the build writes through its own.
            while (!build.isDone() || answered == 0) {
                for (String query : QUERIES) {
                    try {
                        assertThat(answer(store, query)).as(query).isEqualTo(expected.get(query));
                        answered++;
                    } catch (SearchNotReadyException e) {
                        assertThat(answered).as("not ready again once answered").isZero();
                        refused++;
                    }
                }
            }
            build.get(60, TimeUnit.SECONDS);
            assertThat(refused).as("searches made while the index was partial").isPositive();
            assertThat(answers(store)).isEqualTo(expected);
        }
    }

    @Test
    void editsDuringTheBuildAreSearchableOnceItEnds() throws Exception {
        try (SqliteStore store = generated("g.db")) {
            AtomicInteger steps = new AtomicInteger();
            // Stopped after its first chunk, as when the window closes.
            store.buildSearchIndex(s -> steps.incrementAndGet(), () -> steps.get() >= 2);
            SearchIndexState halfWay = store.searchIndexState();
            assertThat(halfWay.whole()).isFalse();
            assertThat(halfWay.indexed()).isPositive().isLessThan(halfWay.total());

            List<Event> events = store.load().dataset().events();
            Event early = events.stream().filter(e -> seq(store, e) <= halfWay.indexed()).findFirst().orElseThrow();
            Event late = events.stream().filter(e -> seq(store, e) > halfWay.indexed()).findFirst().orElseThrow();
            for (Event e : List.of(early, late)) {
                store.apply(new Change.OfEvent(e, retitled(e, "Zanzibar " + e.id())));
            }
            Event gone = events.get(events.size() - 1);
            store.apply(new Change.OfEvent(gone, null));

            store.buildSearchIndex(s -> { }, () -> false);

            assertThat(store.searchIndexState().whole()).isTrue();
            assertThat(store.matchingEventIds(SearchQuery.of("zanzibar")))
                    .containsExactlyInAnyOrder(early.id(), late.id());
            // The same words as a build from what the store now holds: the old titles' are gone, as is the row of
            // the event deleted.
            List<String> rows = IndexContent.rows(store.connection());
            assertThat(rows).isEqualTo(builtInOneGo(store));
            assertThat(rows).noneMatch(row -> row.contains(" event " + gone.id() + " |"));
        }
    }

    @Test
    void theMigrationKeepsEverySearchResultOfTheSeedsAndOfAGeneratedStore() throws Exception {
        List<String> seedQueries = List.of("securite", "Hammouchi", "coupe du monde", "cyber",
                "\"centre de commandement\"", "Doha", "accord", "Milipol", "formation", "police", "stade principal");
        Path seeds = dir.resolve("seeds.db");
        Map<String, List<String>> before = new LinkedHashMap<>();
        try (SqliteStore v8 = SqliteStore.open(seeds, 8)) {
            v8.importTimeline(Seeds.load(), false);
            for (String q : seedQueries) {
                before.put(q, answer(v8, q));
            }
        }
        try (SqliteStore store = SqliteStore.open(seeds)) {
            assertThat(store.searchIndexState().whole()).as("a small store is indexed by the migration").isTrue();
            for (String q : seedQueries) {
                assertThat(answer(store, q)).as(q).isEqualTo(before.get(q));
            }
        }

        Path generated = dir.resolve("g8.db");
        Map<String, List<String>> generatedBefore;
        try (SqliteStore v8 = SqliteStore.open(generated, 8)) {
            SyntheticTimeline.generate(v8, EVENTS, 7);
            generatedBefore = answers(v8);
        }
        long sizeAtV8 = java.nio.file.Files.size(generated);
        try (SqliteStore store = SqliteStore.open(generated)) {
            assertThat(store.searchIndexState().whole()).as("a large store is indexed by the build").isFalse();
        }
        // The index no longer keeps a copy of the texts, and the upgrade gave the space back to the disk.
        assertThat(java.nio.file.Files.size(generated)).isLessThan(sizeAtV8 * 3 / 5);
        try (SqliteStore store = SqliteStore.open(generated)) {
            store.buildSearchIndex(s -> { }, () -> false);
            assertThat(answers(store)).isEqualTo(generatedBefore);
            try (Statement s = store.connection().createStatement()) {
                s.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)");
            }
        }
    }

    private static long seq(SqliteStore store, Event e) {
        try (var q = store.connection().prepareStatement("SELECT seq FROM events WHERE id = ?")) {
            q.setString(1, e.id());
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Event retitled(Event e, String title) {
        return new Event(e.id(), title, e.titleEn(), e.summary(), e.date(), e.displayDate(), e.category(),
                e.actors(), e.places(), e.tags(), e.citations(), e.note());
    }
}
