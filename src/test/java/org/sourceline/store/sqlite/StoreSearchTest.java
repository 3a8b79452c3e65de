package org.sourceline.store.sqlite;

import org.sourceline.store.SearchHit;
import org.sourceline.store.StoreException;
import org.sourceline.store.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.app.Seeds;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EventFilter;
import org.sourceline.model.SearchQuery;

/** Search over the bundled French dataset. */
class StoreSearchTest {
    private static final String DOHA_2024 = "2024-04-visite-doha";
    private static final String CYBER = "2022-05-visite-centre-cybersecurite";

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void openTheSeedStore() throws Exception {
        Path file = dir.resolve("s.db");
        Seeds.openOrCreate(file).close();
        store = SqliteStore.open(file);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Set<String> events(String typed) throws StoreException {
        return store.matchingEventIds(SearchQuery.of(typed));
    }

    private List<SearchHit> hits(String typed) throws StoreException {
        return store.search(SearchQuery.of(typed), 50);
    }

    @Test
    void accentsAndCaseDoNotMatter() throws Exception {
        Set<String> plain = events("securite");
        assertThat(plain).hasSizeGreaterThan(3).contains(DOHA_2024, "2022-06-accord-cooperation-securite");
        assertThat(events("SÉCURITÉ")).isEqualTo(plain);
        assertThat(events("Sécurite")).isEqualTo(plain);
        assertThat(hits("securite")).anyMatch(h -> h.plainSnippet().contains("sécurité")
                || h.plainSnippet().contains("Sécurité"));
    }

    @Test
    void theWordBeingTypedIsAPrefix() throws Exception {
        assertThat(events("cyber")).contains(CYBER);
        assertThat(events("cybersécurité ")).contains(CYBER);
        // A finished word is a whole word: no event says "cyber" alone.
        assertThat(events("cyber ")).isEmpty();
        SearchHit cyber = hits("cyber").stream().filter(h -> CYBER.equals(h.ref())).findFirst().orElseThrow();
        assertThat(cyber.field()).isEqualTo(SearchHit.Field.TITLE);
        assertThat(cyber.snippetParts()).anyMatch(p -> p.matched() && p.text().equalsIgnoreCase("cybersécurité"));
    }

    @Test
    void aQuotedPhraseMatchesOnlyThoseWordsInThatOrder() throws Exception {
        assertThat(events("\"coupe du monde\"")).contains("2022-05-visite-stade-finale",
                "2022-06-accord-cooperation-securite");
        assertThat(events("\"monde du coupe\"")).isEmpty();
        assertThat(hits("\"coupe du monde\"")).anyMatch(h -> h.kind() == SearchHit.Kind.SOURCE);
    }

    @Test
    void anActorIsFoundUnderEitherSpellingOfItsName() throws Exception {
        assertThat(events("khulaifi")).contains(DOHA_2024, "2022-05-25-reception-securite-publique");
        assertThat(events("khelaifi")).containsExactly(DOHA_2024);
        assertThat(events("Al-Khulaifi")).contains(DOHA_2024);
        assertThat(events("\"El Khelaifi\"")).containsExactly(DOHA_2024);

        SearchHit byAlias = hits("khelaifi").stream().filter(h -> h.kind() == SearchHit.Kind.EVENT)
                .findFirst().orElseThrow();
        assertThat(byAlias.ref()).isEqualTo(DOHA_2024);
        assertThat(byAlias.field()).isEqualTo(SearchHit.Field.ACTOR);
        assertThat(byAlias.fieldText()).isEqualTo(
                "Abdullah Ben Mohammed Al-Khulaifi (Abdullah Bin Muhammad El Khelaifi)");
    }

    @Test
    void eachEventHitSaysWhereTheWordsWereFound() throws Exception {
        SearchHit place = hits("\"salle des operations\"").stream()
                .filter(h -> "2022-05-visite-salle-operations".equals(h.ref())).findFirst().orElseThrow();
        assertThat(place.field()).isEqualTo(SearchHit.Field.TITLE);

        SearchHit summary = hits("transfrontaliers").stream().filter(h -> DOHA_2024.equals(h.ref()))
                .findFirst().orElseThrow();
        assertThat(summary.field()).isEqualTo(SearchHit.Field.SUMMARY);

        // The snippet comes from the field named, not from the names and quotes indexed beside it.
        SearchHit inSummary = hits("khulaifi").stream().filter(h -> DOHA_2024.equals(h.ref())).findFirst().orElseThrow();
        assertThat(inSummary.field()).isEqualTo(SearchHit.Field.SUMMARY);
        assertThat(inSummary.plainSnippet()).contains("Al-Khulaifi, accompagné").doesNotContain("El Khelaifi");
        assertThat(inSummary.snippetParts()).filteredOn(SearchHit.Part::matched).extracting(SearchHit.Part::text)
                .containsExactly("Khulaifi");

        SearchHit quote = hits("guettent").stream().filter(h -> DOHA_2024.equals(h.ref())).findFirst().orElseThrow();
        assertThat(quote.field()).isEqualTo(SearchHit.Field.QUOTE);

        SearchHit where = hits("moyen-orient").stream().filter(h -> "2024-04-21-tournee-moyen-orient".equals(h.ref()))
                .findFirst().orElseThrow();
        assertThat(where.field()).isEqualTo(SearchHit.Field.TITLE);
    }

    @Test
    void articleTextIsFoundAtItsPlaceAndLeadsToTheEventCitingThatPassage() throws Exception {
        SearchHit hit = hits("\"menaces terroristes qui guettent\"").stream()
                .filter(h -> h.kind() == SearchHit.Kind.SOURCE).findFirst().orElseThrow();
        assertThat(hit.ref()).isEqualTo("src-003");
        assertThat(hit.field()).isEqualTo(SearchHit.Field.SOURCE_TEXT);
        String body = store.sourceText("src-003").orElseThrow().body();
        assertThat(body.substring(hit.start(), hit.end())).isEqualTo("menaces terroristes qui guettent");
        assertThat(hit.eventId()).isEqualTo(DOHA_2024);
        assertThat(store.sourceText("src-003").orElseThrow().passages())
                .anyMatch(p -> p.eventId().equals(DOHA_2024) && p.start() <= hit.start() && p.end() >= hit.end());
    }

    @Test
    void articleTextOpensAtThePassageItsSnippetShows() throws Exception {
        // The article about the stadiums says "stades" early on, alone; its snippet shows the later passage that
        // holds both words, "stade principal", cited by the visit to the stadium.
        List<SearchHit> passages = hits("stade principal").stream().filter(h -> h.field() == SearchHit.Field.SOURCE_TEXT)
                .toList();
        assertThat(passages).isNotEmpty();
        boolean laterThanTheFirst = false;
        for (SearchHit hit : passages) {
            String body = store.sourceText(hit.ref()).orElseThrow().body();
            String marked = hit.snippetParts().stream().filter(SearchHit.Part::matched).findFirst().orElseThrow()
                    .text();
            assertThat(body.substring(hit.start(), hit.end())).isEqualTo(marked);
            // The snippet is shown on one line: any run of spaces and line breaks in it stands for the article's.
            String shown = hit.plainSnippet().replace("…", "").strip();
            java.util.regex.Matcher piece = java.util.regex.Pattern.compile(String.join("\\s+",
                    java.util.Arrays.stream(shown.split(" ")).map(java.util.regex.Pattern::quote).toList()))
                    .matcher(body);
            assertThat(piece.find()).as("the snippet is a piece of the article").isTrue();
            assertThat(hit.start()).isBetween(piece.start(), piece.end());
            laterThanTheFirst |= body.toLowerCase(java.util.Locale.ROOT).indexOf("stade") < hit.start();
        }
        assertThat(laterThanTheFirst).as("a snippet showing a later passage than the word's first").isTrue();
    }

    @Test
    void aSnippetIsFoundInItsTextWithOrWithoutItsEllipses() {
        char open = SearchHit.MARK_START;
        char close = SearchHit.MARK_END;
        String text = "Le stade est loin. Plus tard, il a visité le stade principal de Doha…";
        assertThat(SqliteSearch.shownIn(text, "…visité le " + open + "stade" + close + " principal…"))
                .contains(new org.sourceline.model.SearchTerms.Match(45, 50));
        assertThat(SqliteSearch.shownIn(text, "le " + open + "stade" + close + " principal de Doha…"))
                .contains(new org.sourceline.model.SearchTerms.Match(45, 50));
        assertThat(SqliteSearch.shownIn(text, "…rien de " + open + "tel" + close + "…")).isEmpty();
        assertThat(SqliteSearch.shownIn(text, "sans marque")).isEmpty();
    }

    @Test
    void articleTextOutsideEveryCitedPassageLeadsToNoEvent() throws Exception {
        SearchHit hit = hits("changements").stream().filter(h -> h.kind() == SearchHit.Kind.SOURCE)
                .findFirst().orElseThrow();
        String body = store.sourceText(hit.ref()).orElseThrow().body();
        assertThat(body.substring(hit.start(), hit.end())).isEqualTo("changements");
        assertThat(hit.eventId()).isNull();
        assertThat(events("changements")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "'", "OR", "*", "NEAR(", "a\" OR \"b", "'); DROP TABLE events; --", "title:x",
            "^qatar", "-qatar", "NOT", "AND qatar", "qatar OR", "\"\"", "((", "{title body}: x", "\\", "%", "_"})
    void anythingTypedGivesAnswersOrNoneButNeverAnError(String typed) throws Exception {
        assertThatCode(() -> {
            store.search(SearchQuery.of(typed), 50);
            store.matchingEventIds(SearchQuery.of(typed));
        }).doesNotThrowAnyException();
        assertThat(store.eventCount()).isEqualTo(13);
    }

    @Test
    void punctuationAloneFindsNothing() throws Exception {
        assertThat(hits("\" ' * ( ) -")).isEmpty();
        assertThat(events("?!")).isEmpty();
    }

    @Test
    void filtersNarrowTheSearch() throws Exception {
        EventFilter visits = EventFilter.NONE.withCategories(Set.of("visit"));
        Set<String> visitsAboutSecurity = store.matchingEventIds(SearchQuery.of("securite", visits));
        assertThat(visitsAboutSecurity).isNotEmpty().contains(DOHA_2024)
                .isSubsetOf(store.eventIdsPassing(visits)).isSubsetOf(events("securite"));
        assertThat(visitsAboutSecurity).doesNotContain("2022-06-accord-cooperation-securite");

        EventFilter in2024 = visits.between(EdtfDate.parse("2024"), null);
        assertThat(store.matchingEventIds(SearchQuery.of("securite", in2024))).containsExactly(DOHA_2024);
        assertThat(store.search(SearchQuery.of("securite", in2024), 50))
                .filteredOn(h -> h.kind() == SearchHit.Kind.EVENT).extracting(SearchHit::ref)
                .containsExactly(DOHA_2024);

        EventFilter fromSrc4 = EventFilter.NONE.withSources(Set.of("src-004"));
        List<SearchHit> fromSource = store.search(SearchQuery.of("securite", fromSrc4), 50);
        assertThat(fromSource).filteredOn(h -> h.kind() == SearchHit.Kind.SOURCE).extracting(SearchHit::ref)
                .containsOnly("src-004");
        var sourcesOf = store.sourcesOfEvents();
        assertThat(fromSource).filteredOn(h -> h.kind() == SearchHit.Kind.EVENT).extracting(SearchHit::ref)
                .isNotEmpty().allMatch(id -> sourcesOf.get(id).contains("src-004"));
    }

    @Test
    void filtersAloneSelectByFacetEachFacetNarrowingTheOthers() throws Exception {
        assertThat(store.eventIdsPassing(EventFilter.NONE)).hasSize(13);
        assertThat(store.eventIdsPassing(EventFilter.NONE.withCategories(Set.of("meeting", "agreement"))))
                .containsExactlyInAnyOrder("2022-02-reunions-rabat-delegation-qatarie",
                        "2022-05-25-reception-premier-ministre", "2022-05-25-reception-securite-publique",
                        "2022-06-accord-cooperation-securite");
        assertThat(store.eventIdsPassing(EventFilter.NONE.withActors(Set.of("abdullah-al-khulaifi", "saad-al-khulaifi"))))
                .containsExactlyInAnyOrder(DOHA_2024, "2022-05-25-reception-securite-publique");
        assertThat(store.eventIdsPassing(EventFilter.NONE.withPlaces(Set.of("rabat"))
                .withCategories(Set.of("training")))).containsExactly("2022-06-formation-experts-qataris-rabat");
        assertThat(store.eventIdsPassing(EventFilter.NONE.between(EdtfDate.parse("2022-06"),
                EdtfDate.parse("2022-06-30")))).contains("2022-06-formation-experts-qataris-rabat")
                .doesNotContain(DOHA_2024, "2022-05-25-reception-premier-ministre");
    }

    @Test
    void aPageHoldsNoMoreThanItsLimitMostRelevantFirst() throws Exception {
        assertThat(store.search(SearchQuery.of("qatar"), 3)).hasSize(3);
        // The one event with the word in its title twice over, French and English, comes before the others.
        assertThat(store.search(SearchQuery.of("milipol"), 50).get(0).ref()).isEqualTo("2022-05-24-salon-milipol-qatar-2022");
    }
}
