package org.sourceline.store.sqlite;

import org.sourceline.store.SearchHit;
import org.sourceline.store.StoreException;
import org.sourceline.store.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Article;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.SearchQuery;
import org.sourceline.model.Source;

/**
 * A query matching more rows than are worth ranking: its first page comes in index order, whether the word is
 * typed whole or is still being typed, and whichever of the two counts finds it broad.
 */
class StoreBroadSearchTest {
    /** More events than {@link SqliteSearch#RANKED_AT_MOST} say "rencontre"; the last ones say it three times. */
    private static final int EVENTS = SqliteSearch.RANKED_AT_MOST + 300;
    private static final int SAID_THRICE = 100;

    @TempDir
    static Path dir;

    private static Store store;

    @BeforeAll
    static void fill() throws Exception {
        String raw = "Titre\n\nUn article sur la coopération.\n";
        Source source = new Source("src-a", "a.txt", "Un article", null, null, EdtfDate.parse("2022-05-28"), "fr",
                null, List.of(new LineRange(3, 3)), null);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String summary = i >= EVENTS - SAID_THRICE ? "Rencontre, rencontre, rencontre." : "Une rencontre.";
            events.add(new Event(String.format("e%05d", i), "Réunion " + i, null, summary,
                    EdtfDate.parse("2022-05-28"), null, "meeting", List.of(), List.of(), List.of(),
                    List.of(new Citation("src-a", "coopération")), null));
        }
        events.add(new Event("rare", "Réunion rare", null, "Une rencontrée unique.", EdtfDate.parse("2022-05-29"),
                null, "meeting", List.of(), List.of(), List.of(), List.of(new Citation("src-a", "coopération")),
                null));
        store = SqliteStore.open(dir.resolve("broad.db"));
        store.importTimeline(new LoadedTimeline(new Dataset("Essai", null, List.of(source), List.of(), List.of(),
                events, List.of()), Map.of("src-a", Article.cut(raw, source.bodyLines()))), false);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> page(String typed) throws StoreException {
        return store.search(SearchQuery.of(typed), 50).stream().map(SearchHit::ref).toList();
    }

    private static List<String> firstEvents(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("e%05d", i)).toList();
    }

    @Test
    void aWholeWordFoundTooOftenToRankGivesItsFirstPageInIndexOrder() throws Exception {
        // Ranked, the events saying it three times would come first.
        assertThat(page("rencontre ")).isEqualTo(firstEvents(50));
    }

    @Test
    void aWordBeingTypedWhoseWholeWordIsFoundTooOftenGivesTheSamePage() throws Exception {
        assertThat(page("rencontre")).isEqualTo(firstEvents(50));
    }

    @Test
    void aPrefixFoundTooOftenThoughNoWordIsThatPrefixAloneGivesItsPageInIndexOrder() throws Exception {
        assertThat(store.matchingEventIds(SearchQuery.of("rencont "))).isEmpty();
        assertThat(page("rencont")).isEqualTo(firstEvents(50));
    }

    @Test
    void aWordFoundInFewRowsIsFoundThereWhetherWholeOrBeingTyped() throws Exception {
        assertThat(page("rencontrée ")).containsExactly("rare");
        assertThat(page("rencontrée")).containsExactly("rare");
    }
}
