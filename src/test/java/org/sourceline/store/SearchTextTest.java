package org.sourceline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Actor;
import org.sourceline.model.Citation;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.Place;

class SearchTextTest {
    private static final Map<String, Actor> ACTORS = Map.of(
            "hammouchi", new Actor("hammouchi", "Abdellatif Hammouchi", List.of("Hammouchi", "A. Hamouchi"), null),
            "qatar", new Actor("qatar", "État du Qatar", List.of(), null));
    private static final Map<String, Place> PLACES = Map.of("doha", new Place("doha", "Doha", "Qatar"));

    private static Event event(String titleEn, List<String> actors) {
        return new Event("e1", "Visite à Doha", titleEn, "Une visite.", EdtfDate.parse("2024-04"), null, "visit",
                actors, List.of("doha"), List.of("sécurité"),
                List.of(new Citation("src-a", "reçu à Doha"), new Citation("src-b", "une visite de travail")), null);
    }

    @Test
    void anEventIsFoundByBothTitlesAndBySummaryActorsEverySpellingPlacesAndQuotes() {
        SearchText.Row row = SearchText.event(event("Visit to Doha", List.of("hammouchi", "qatar")), ACTORS, PLACES);

        assertThat(row.title()).isEqualTo("Visite à Doha Visit to Doha");
        assertThat(row.body()).isEqualTo("Une visite. Abdellatif Hammouchi Hammouchi A. Hamouchi État du Qatar Doha"
                + " reçu à Doha une visite de travail");
    }

    @Test
    void aPlaceIsFoundByItsOtherSpellingsAfterItsName() {
        Map<String, Place> places = Map.of("doha", new Place("doha", "Doha", List.of("Dawha", "الدوحة"), "Qatar"));

        SearchText.Row row = SearchText.event(event(null, List.of("qatar")), ACTORS, places);

        assertThat(row.body()).isEqualTo("Une visite. État du Qatar Doha Dawha الدوحة reçu à Doha une visite de travail");
        assertThat(SearchText.placeText("Doha", List.of("Dawha", "الدوحة")))
                .isEqualTo(SearchText.actorText("Doha", List.of("Dawha", "الدوحة")));
    }

    @Test
    void withoutAnEnglishTitleTheTitleIsTheFrenchOne() {
        assertThat(SearchText.event(event(null, List.of()), ACTORS, PLACES).title()).isEqualTo("Visite à Doha");
    }

    @Test
    void anActorTheStoreDoesNotHoldIsAnError() {
        assertThatThrownBy(() -> SearchText.event(event(null, List.of("inconnu")), ACTORS, PLACES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor inconnu");
    }
}
