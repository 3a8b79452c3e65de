package org.sourceline.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.StoreException;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;

class DetailViewModelTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";
    private static final String STADIUM = "2022-05-visite-stade-finale";

    @TempDir
    static Path dir;
    private static StoreAccess store;

    @BeforeAll
    static void seedStore() throws StoreException {
        store = SeedStore.in(dir);
    }

    @Test
    void showLoadsTheEventWithEveryCitedPassageItsNoteActorsAndPlaces() {
        DetailViewModel model = new DetailViewModel(Background.synchronous(), store, Locale.FRENCH);

        model.show(MILIPOL);

        EventDetails details = model.details();
        assertThat(details).isNotNull();
        assertThat(details.event().id()).isEqualTo(MILIPOL);
        assertThat(details.event().title()).isEqualTo("Salon « Milipol Qatar 2022 »");
        // Six citations, from four of the five articles (seeds/timeline.json).
        assertThat(details.passages()).extracting(p -> p.source().id())
                .containsExactly("src-000", "src-001", "src-002", "src-002", "src-002", "src-004");
        assertThat(details.passages()).extracting(p -> p.citation().quote()).first().asString()
                .startsWith("En marge de sa participation au Salon international");
        assertThat(details.event().note()).startsWith("Le salon porte deux noms");
        assertThat(details.actorNames()).containsExactly("Abdellatif Hammouchi");
        assertThat(details.placeNames()).containsExactly("Qatar");
        assertThat(model.isLoading()).isFalse();
        assertThat(model.error()).isNull();
    }

    @Test
    void everyPassageOffsetPointsAtItsQuoteInTheSourceBody() throws StoreException {
        DetailViewModel model = new DetailViewModel(Background.synchronous(), store, Locale.FRENCH);

        model.show(MILIPOL);

        try (var s = store.open()) {
            for (CitedPassage p : model.details().passages()) {
                String body = s.sourceText(p.source().id()).orElseThrow().body();
                assertThat(body.substring(p.start(), p.end())).isEqualTo(p.citation().quote());
            }
        }
    }

    @Test
    void anOlderAnswerArrivingLastDoesNotReplaceTheNewerOne() {
        ManualBackground background = new ManualBackground();
        DetailViewModel model = new DetailViewModel(background, store, Locale.FRENCH);

        model.show(STADIUM);
        model.show(MILIPOL);
        background.complete(1);
        assertThat(model.details().event().id()).isEqualTo(MILIPOL);
        assertThat(model.isLoading()).isFalse();

        background.complete(0);

        assertThat(model.details().event().id()).isEqualTo(MILIPOL);
        assertThat(model.isLoading()).isFalse();
    }

    @Test
    void anOlderAnswerArrivingFirstIsDroppedAndTheNewerRequestStaysLoading() {
        ManualBackground background = new ManualBackground();
        DetailViewModel model = new DetailViewModel(background, store, Locale.FRENCH);

        model.show(STADIUM);
        model.show(MILIPOL);
        background.complete(0);

        assertThat(model.details()).isNull();
        assertThat(model.isLoading()).isTrue();

        background.complete(1);

        assertThat(model.details().event().id()).isEqualTo(MILIPOL);
        assertThat(model.isLoading()).isFalse();
    }

    @Test
    void whatIsShownStaysWhileTheNextEventLoads() {
        ManualBackground background = new ManualBackground();
        DetailViewModel model = new DetailViewModel(background, store, Locale.FRENCH);
        model.show(STADIUM);
        background.complete(0);

        model.show(MILIPOL);

        assertThat(model.isLoading()).isTrue();
        assertThat(model.details().event().id()).isEqualTo(STADIUM);
    }

    @Test
    void clearEmptiesThePaneAndDropsTheAnswerOnItsWay() {
        ManualBackground background = new ManualBackground();
        DetailViewModel model = new DetailViewModel(background, store, Locale.FRENCH);
        model.show(MILIPOL);

        model.clear();
        background.complete(0);

        assertThat(model.details()).isNull();
        assertThat(model.isLoading()).isFalse();
    }

    @Test
    void anUnknownEventIsReportedInTheInterfaceLanguage() {
        DetailViewModel model = new DetailViewModel(Background.synchronous(), store, Locale.ENGLISH);
        model.show(MILIPOL);

        model.show("no-such-event");

        assertThat(model.details()).isNull();
        assertThat(model.error()).isEqualTo("No event with the id no-such-event in the store");
        assertThat(model.isLoading()).isFalse();
    }

    @Test
    void aStoreThatCannotBeOpenedIsReportedAndTheNextSuccessClearsTheError() {
        DetailViewModel broken = new DetailViewModel(Background.synchronous(), () -> {
            throw new StoreException("s.db: this file is not a SQLite database");
        }, Locale.FRENCH);

        broken.show(MILIPOL);

        assertThat(broken.error()).isEqualTo("Impossible de lire l’événement : s.db: this file is not a SQLite database");
        assertThat(broken.details()).isNull();

        DetailViewModel model = new DetailViewModel(Background.synchronous(), store, Locale.FRENCH);
        model.show("no-such-event");
        model.show(MILIPOL);
        assertThat(model.error()).isNull();
    }

    @Test
    void actorAndPlaceNamesFollowTheEventsOrder() {
        DetailViewModel model = new DetailViewModel(Background.synchronous(), store, Locale.FRENCH);

        model.show("2022-02-reunions-rabat-delegation-qatarie");

        assertThat(model.details().actorNames()).containsExactly("Ministre de l’Intérieur (Maroc)",
                "Commandant de la gendarmerie royale", "Abdellatif Hammouchi", "Délégation qatarie de haut niveau");
        assertThat(model.details().placeNames()).isEqualTo(List.of("Rabat"));
    }
}
