package org.sourceline.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Actor;
import org.sourceline.model.Change;
import org.sourceline.model.Event;
import org.sourceline.model.Rule;
import org.sourceline.model.SearchQuery;
import org.sourceline.model.Source;
import org.sourceline.model.Violation;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;
import org.sourceline.ui.WindowModel;
import org.sourceline.ui.catalog.CatalogViewModel.Entry;
import org.sourceline.ui.catalog.CatalogViewModel.Kind;
import org.sourceline.ui.detail.SeedStore;
import org.sourceline.ui.edit.Edit;

/** The sources, actors, places and categories edited from the window, on a store of the seed dataset. */
class CatalogViewModelTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";
    private static final String ARTICLE = "Doha, le 12 mars 2023.\n\nLe ministre a reçu son homologue.\n"
            + "Les deux services ont signé un accord.\n";

    @TempDir
    Path dir;

    private StoreAccess access;
    private WindowModel window;
    private CatalogViewModel model;

    @BeforeEach
    void open() throws Exception {
        access = SeedStore.in(dir);
        window = new WindowModel(Background.synchronous(), access, Locale.FRENCH);
        window.load().get();
        model = new CatalogViewModel(window);
        model.load().get();
    }

    private Store store() throws Exception {
        return access.open();
    }

    private Entry entry(Kind kind, String id) {
        model.kindProperty().set(kind);
        return model.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aSourceIsMadeFromPastedTextEveryLineItsBodyAndIsUndoneWhole() throws Exception {
        model.kindProperty().set(Kind.SOURCE);
        int before = model.entries().size();
        model.create();
        EntryForm<?> form = model.form();
        form.value("title").set("Le ministre reçoit son homologue");
        form.value("outlet").set("Le Desk");
        form.value("published").set("12 mars 2023");
        form.value("text").set(ARTICLE);

        assertThat(form.validProperty().get()).isTrue();
        model.save().get();

        Source made;
        String body;
        try (Store store = store()) {
            made = store.sourcesById().get("le-ministre-recoit-son-homologue");
            body = store.sourceDocument(made.id()).orElseThrow().article().body();
        }
        assertThat(made.published()).hasToString("2023-03-12");
        assertThat(made.outlet()).isEqualTo("Le Desk");
        assertThat(made.language()).isEqualTo("fr");
        assertThat(body).isEqualTo("Doha, le 12 mars 2023.\n\nLe ministre a reçu son homologue.\n\n"
                + "Les deux services ont signé un accord.");
        assertThat(model.entries()).hasSize(before + 1);
        assertThat(model.form().isNew()).isFalse();
        assertThat(window.edits().nextUndoProperty().get().kind()).isEqualTo(Edit.Kind.CREATE_SOURCE);

        window.undo().get();

        try (Store store = store()) {
            assertThat(store.sourcesById()).doesNotContainKey(made.id());
        }
        assertThat(model.entries()).hasSize(before);
    }

    @Test
    void eachFieldSaysWhatIsWrongWithItInTheWordsOfTheImportRules() {
        model.kindProperty().set(Kind.SOURCE);
        model.create();
        EntryForm<?> form = model.form();
        form.value("title").set("Titre");
        form.value("published").set("31 février 2023");
        form.value("url").set("javascript:alert(1)");

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.error("published")).isNotNull();
        assertThat(form.error("url")).isEqualTo(Violation.of("url", Rule.BAD_URL, "url").message(Locale.FRENCH));
        assertThat(form.error("text")).isNotNull();
        assertThat(form.save()).isEmpty();
    }

    @Test
    void pastedTextHoldingHalfACharacterIsRefusedAndAWholeOneIsNot() {
        model.kindProperty().set(Kind.SOURCE);
        model.create();
        EntryForm<?> form = model.form();
        form.value("title").set("Titre");
        form.value("published").set("12 mars 2023");
        form.value("text").set("Le ministre \uD83D a reçu son homologue.\n");

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.error("text")).isEqualTo(Violation.of("text", Rule.LONE_SURROGATE, "text", "D83D")
                .message(Locale.FRENCH));

        form.value("text").set("Le ministre 😀 a reçu son homologue.\n");

        assertThat(form.error("text")).isNull();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aSourceStillCitedIsNotDeletedAndTheFormSaysWhichEventsCiteIt() throws Exception {
        String cited;
        int citing;
        try (Store store = store()) {
            cited = store.event(MILIPOL).orElseThrow().citations().get(0).sourceId();
            citing = store.eventsCiting(cited).size();
        }
        model.open(entry(Kind.SOURCE, cited));
        assertThat(model.usesProperty().get().count()).isEqualTo(citing);

        model.delete().get();

        assertThat(model.problemProperty().get()).contains("est encore cité par " + citing + " événements")
                .contains("« Salon « Milipol Qatar 2022 » »");
        try (Store store = store()) {
            assertThat(store.sourcesById()).containsKey(cited);
        }
        assertThat(window.edits().nextUndoProperty().get()).isNull();
    }

    @Test
    void anActorRenamedWithAnotherSpellingIsFoundByItAndTheTimelineFollows() throws Exception {
        String id;
        try (Store store = store()) {
            id = store.event(MILIPOL).orElseThrow().actors().get(0);
        }
        model.open(entry(Kind.ACTOR, id));
        ActorForm form = (ActorForm) model.form();
        form.value("name").set("Abdellatif Hammouchi (DGSN)");
        form.value("aliases").set(form.value("aliases").get() + "\nZorglub");

        model.save().get();

        try (Store store = store()) {
            Actor now = store.actorsById().get(id);
            assertThat(now.name()).isEqualTo("Abdellatif Hammouchi (DGSN)");
            assertThat(now.aliases()).contains("Zorglub");
            assertThat(store.matchingEventIds(SearchQuery.of("Zorglub"))).contains(MILIPOL);
        }
        assertThat(model.entries()).extracting(Entry::name).contains("Abdellatif Hammouchi (DGSN)");
        assertThat(model.form().dirtyProperty().get()).isFalse();
    }

    @Test
    void twoActorsMergedAreOneWhoseEventsFollowAndTheMergeIsUndoneWhole() throws Exception {
        String keptId;
        try (Store store = store()) {
            keptId = store.event(MILIPOL).orElseThrow().actors().get(0);
        }
        model.kindProperty().set(Kind.ACTOR);
        model.create();
        model.form().value("name").set("A. Hamouchi");
        model.save().get();
        String goneId = model.form().id().orElseThrow();
        Event milipol;
        try (Store store = store()) {
            milipol = store.event(MILIPOL).orElseThrow();
            store.apply(Change.edit(milipol, withActors(milipol, List.of(goneId))));
        }
        window.load().get();

        model.open(entry(Kind.ACTOR, goneId));
        assertThat(model.mergeTargets()).extracting(Entry::id).contains(keptId).doesNotContain(goneId);
        model.mergeInto(entry(Kind.ACTOR, keptId)).get();

        try (Store store = store()) {
            assertThat(store.actorsById()).doesNotContainKey(goneId);
            assertThat(store.actorsById().get(keptId).aliases()).contains("A. Hamouchi");
            assertThat(store.event(MILIPOL).orElseThrow().actors()).containsExactly(keptId);
            assertThat(store.matchingEventIds(SearchQuery.of("Hamouchi"))).contains(MILIPOL);
        }
        assertThat(model.form().id()).contains(keptId);
        assertThat(window.edits().nextUndoProperty().get().kind()).isEqualTo(Edit.Kind.MERGE_ACTORS);

        window.undo().get();

        try (Store store = store()) {
            assertThat(store.actorsById()).containsKey(goneId);
            assertThat(store.event(MILIPOL).orElseThrow().actors()).containsExactly(goneId);
        }
    }

    @Test
    void aCategoryRecolouredRecoloursTheTimelineAndANewOneTakesAColourNoneHas() throws Exception {
        String category;
        try (Store store = store()) {
            category = store.event(MILIPOL).orElseThrow().category();
        }
        model.open(entry(Kind.CATEGORY, category));
        model.form().value("color").set("#123456");
        model.save().get();

        assertThat(window.events().categoryColors().argb(category)).isEqualTo(0xFF123456);

        model.create();
        String fresh = model.form().value("color").get();
        assertThat(model.entries()).extracting(Entry::detail).doesNotContain(fresh);
    }

    @Test
    void aPlaceMergedIntoAnotherBecomesOneOfItsSpellingsAndItsEventsFollow() throws Exception {
        String qatar;
        try (Store store = store()) {
            qatar = store.event(MILIPOL).orElseThrow().places().get(0);
        }
        model.kindProperty().set(Kind.PLACE);
        model.create();
        model.form().value("name").set("Émirat du Qatar");
        model.form().value("aliases").set("Dawlat Qatar\n\nقطر");
        model.save().get();
        String gone = model.form().id().orElseThrow();
        assertThat(((org.sourceline.model.Place) model.form().original()).aliases())
                .containsExactly("Dawlat Qatar", "قطر");

        model.mergeInto(entry(Kind.PLACE, qatar)).get();

        try (Store store = store()) {
            assertThat(store.placesById()).doesNotContainKey(gone);
            assertThat(store.placesById().get(qatar).aliases()).contains("Émirat du Qatar", "Dawlat Qatar", "قطر");
            assertThat(store.matchingEventIds(SearchQuery.of("Dawlat"))).contains(MILIPOL);
        }
        assertThat(window.edits().nextUndoProperty().get().describe(window.messages()))
                .isEqualTo("fusionner les lieux Émirat du Qatar → Qatar");
    }

    private static Event withActors(Event e, List<String> actors) {
        return new Event(e.id(), e.title(), e.titleEn(), e.summary(), e.date(), e.displayDate(), e.category(), actors,
                e.places(), e.tags(), e.citations(), e.note());
    }
}
