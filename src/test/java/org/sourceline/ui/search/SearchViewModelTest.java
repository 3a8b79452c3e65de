package org.sourceline.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.layout.TimelineItem;
import org.sourceline.model.Actor;
import org.sourceline.store.SearchHit;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;
import org.sourceline.ui.detail.ManualBackground;
import org.sourceline.ui.detail.SeedStore;
import org.sourceline.app.TimelineData;

/** The search view-model on the seed store, without the JavaFX toolkit. */
class SearchViewModelTest {
    private static final String DOHA_2024 = "2024-04-visite-doha";

    @TempDir
    Path dir;

    private StoreAccess access;
    private TimelineData all;

    @BeforeEach
    void seedStore() throws Exception {
        access = SeedStore.in(dir);
        try (Store store = access.open()) {
            all = TimelineData.load(store, Locale.FRENCH);
        }
    }

    private SearchViewModel model(Background background, Locale locale) {
        SearchViewModel model = new SearchViewModel(background, access, locale);
        model.setEvents(all);
        return model;
    }

    private static java.util.List<String> shownIds(SearchViewModel model) {
        return model.shownData().items().stream().map(TimelineItem::id).toList();
    }

    @Test
    void withNothingAskedEverythingIsShownAndNothingDimmed() {
        SearchViewModel model = model(Background.synchronous(), Locale.FRENCH);

        assertThat(model.shownData().size()).isEqualTo(13);
        assertThat(model.matches()).isNull();
        assertThat(model.results()).isEmpty();
        assertThat(model.summary()).isEqualTo("13 événements");
        assertThat(model.activeProperty().get()).isFalse();
        assertThat(model.categoryChoices()).extracting(SearchViewModel.Choice::id).contains("visit", "meeting");
        assertThat(model.actorChoices()).extracting(SearchViewModel.Choice::label)
                .contains("Abdullah Ben Mohammed Al-Khulaifi");
    }

    @Test
    void aSearchFindsEventsKeepsThemAllShownAndCountsTheMatchesInTheSummary() {
        SearchViewModel model = model(Background.synchronous(), Locale.FRENCH);

        model.textProperty().set("securite");
        model.refresh();

        assertThat(model.shownData().size()).isEqualTo(13);
        assertThat(model.matches()).contains(DOHA_2024).hasSizeLessThan(13);
        assertThat(model.summary()).isEqualTo(model.matches().size() + " sur 13 événements");
        assertThat(model.results()).isNotEmpty().hasSizeLessThanOrEqualTo(SearchViewModel.PAGE);
        assertThat(model.results()).anyMatch(r -> r.hit().kind() == SearchHit.Kind.SOURCE);
        assertThat(model.activeProperty().get()).isTrue();
    }

    @Test
    void eachResultSaysWhatItIsWhenAndWhereTheWordsWere() {
        SearchViewModel model = model(Background.synchronous(), Locale.FRENCH);
        model.textProperty().set("khelaifi");
        model.refresh();

        SearchViewModel.Result event = model.results().stream()
                .filter(r -> r.hit().kind() == SearchHit.Kind.EVENT).findFirst().orElseThrow();
        assertThat(event.heading()).isEqualTo("Visite de travail d’Abdellatif Hammouchi à Doha");
        assertThat(event.date()).isEqualTo("entre le 21 et le 24 avril 2024 (jour non précisé)");
        assertThat(event.where()).isEqualTo(
                "Acteur : Abdullah Ben Mohammed Al-Khulaifi (Abdullah Bin Muhammad El Khelaifi)");

        SearchViewModel.Result article = model.results().stream()
                .filter(r -> r.hit().kind() == SearchHit.Kind.SOURCE).findFirst().orElseThrow();
        assertThat(article.heading()).startsWith("[Sans titre] Abdellatif Hammouchi en visite de travail à Doha");
        assertThat(article.where()).isEqualTo("Texte de l’article · passage cité par « Visite de travail"
                + " d’Abdellatif Hammouchi à Doha »");
    }

    @Test
    void englishSaysItInEnglish() {
        SearchViewModel model = model(Background.synchronous(), Locale.ENGLISH);
        model.textProperty().set("khelaifi");
        model.refresh();

        assertThat(model.summary()).isEqualTo("1 of 13 events");
        assertThat(model.results().get(0).where()).startsWith("Actor: ");
    }

    @Test
    void filtersCutWhatIsShownAndTheSearchLooksOnlyAmongWhatIsLeft() {
        SearchViewModel model = model(Background.synchronous(), Locale.FRENCH);

        model.categories().add("visit");
        model.refresh();
        assertThat(model.shownData().items()).extracting(TimelineItem::category).containsOnly("visit").hasSize(4);
        assertThat(model.summary()).isEqualTo("4 sur 13 événements");
        assertThat(model.matches()).isNull();

        model.textProperty().set("securite");
        model.refresh();
        assertThat(model.matches()).isNotEmpty().isSubsetOf(shownIds(model));
        assertThat(model.summary()).isEqualTo(model.matches().size() + " sur 13 événements");
        assertThat(model.results()).filteredOn(r -> r.hit().kind() == SearchHit.Kind.EVENT)
                .allMatch(r -> shownIds(model).contains(r.hit().ref()));

        model.fromTextProperty().set("avril 2024");
        model.refresh();
        assertThat(shownIds(model)).containsExactly(DOHA_2024);
        assertThat(model.summary()).isEqualTo("1 sur 13 événements");

        assertThat(model.exportFilter().test(DOHA_2024)).isTrue();
        assertThat(model.exportFilter().test("2022-05-visite-stade-finale")).isFalse();
    }

    @Test
    void aDateThatCannotBeReadIsFlaggedAndLeftOut() {
        SearchViewModel model = model(Background.synchronous(), Locale.FRENCH);

        model.toTextProperty().set("pas une date");
        model.refresh();

        assertThat(model.toInvalidProperty().get()).isTrue();
        assertThat(model.shownData().size()).isEqualTo(13);
        model.toTextProperty().set("juin 2022");
        model.refresh();
        assertThat(model.toInvalidProperty().get()).isFalse();
        assertThat(shownIds(model)).doesNotContain(DOHA_2024, "2024-04-21-tournee-moyen-orient").hasSize(11);
    }

    @Test
    void clearingShowsEverythingAgain() {
        SearchViewModel model = model(Background.synchronous(), Locale.FRENCH);
        model.textProperty().set("qatar");
        model.actors().add("hammouchi");
        model.fromTextProperty().set("2022");
        model.refresh();
        assertThat(model.shownData().size()).isLessThan(13);

        model.clear();

        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.actors()).isEmpty();
        assertThat(model.fromTextProperty().get()).isEmpty();
        assertThat(model.shownData().size()).isEqualTo(13);
        assertThat(model.matches()).isNull();
        assertThat(model.results()).isEmpty();
        assertThat(model.summary()).isEqualTo("13 événements");
        assertThat(model.exportFilter().test(DOHA_2024)).isTrue();
    }

    @Test
    void anAnswerToAnOlderQuestionIsDropped() {
        ManualBackground background = new ManualBackground();
        SearchViewModel model = new SearchViewModel(background, access, Locale.FRENCH);
        model.setEvents(all);   // work 0: the names to choose from
        background.complete(0);

        model.textProperty().set("qatar");
        model.refresh();        // work 1
        model.textProperty().set("khelaifi");
        model.refresh();        // work 2

        background.complete(2);
        assertThat(model.matches()).containsExactly(DOHA_2024);
        background.complete(1);
        assertThat(model.matches()).containsExactly(DOHA_2024);
        assertThat(model.summary()).isEqualTo("1 sur 13 événements");
    }

    @Test
    void whatWaitsForAnAnswerRunsOnceItIsShownAndNotForAnAnswerDropped() {
        ManualBackground background = new ManualBackground();
        SearchViewModel model = new SearchViewModel(background, access, Locale.FRENCH);
        model.setEvents(all);
        java.util.List<Set<String>> seen = new java.util.ArrayList<>();

        model.textProperty().set("qatar");
        model.refresh(() -> seen.add(model.matches()));      // work 1, overtaken
        model.textProperty().set("khelaifi");
        model.refresh(() -> seen.add(model.matches()));      // work 2
        background.complete(1);
        assertThat(seen).isEmpty();
        background.complete(2);

        assertThat(seen).containsExactly(Set.of(DOHA_2024));
    }

    @Test
    void clearingDropsAnAnswerStillOnItsWay() {
        ManualBackground background = new ManualBackground();
        SearchViewModel model = new SearchViewModel(background, access, Locale.FRENCH);
        model.setEvents(all);
        model.textProperty().set("qatar");
        model.refresh();        // work 1

        model.clear();
        background.complete(1);

        assertThat(model.matches()).isNull();
        assertThat(model.results()).isEmpty();
    }

    @Test
    void aFailingStoreIsReportedAndChangesNothingShown() {
        SearchViewModel model = new SearchViewModel(Background.synchronous(), () -> {
            throw new org.sourceline.store.StoreException("the disk is gone", null);
        }, Locale.FRENCH);
        model.setEvents(all);
        model.textProperty().set("qatar");
        model.refresh();

        assertThat(model.error()).contains("the disk is gone");
        assertThat(model.shownData().size()).isEqualTo(13);
    }
}
