package org.sourceline.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.io.InvalidInputException;
import org.sourceline.io.TimelineReader;
import org.sourceline.model.Change;
import org.sourceline.model.Event;
import org.sourceline.model.Source;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;
import org.sourceline.ui.detail.SeedStore;

/** The event editor's model on the seed store, without the toolkit: what is typed, checked, and saved. */
class EventEditorViewModelTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";
    /** Words of the first seed article's body, verbatim. */
    private static final String QUOTE = "Le Maroc a décidé d’apporter son expertise";

    @TempDir
    Path dir;

    private StoreAccess access;

    @BeforeEach
    void seedStore() throws Exception {
        access = SeedStore.in(dir);
    }

    private EventEditorViewModel editor(Locale locale, EventEditorViewModel.Mode mode, Event original) {
        EventEditorViewModel model = new EventEditorViewModel(Background.synchronous(), access, locale, mode,
                original, id -> id.equals(MILIPOL));
        model.load();
        return model;
    }

    private Source source(EventEditorViewModel model, String id) {
        return model.sourceChoices().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static void typeANewEvent(EventEditorViewModel model) {
        model.titleProperty().set("Le Maroc offre son expertise");
        model.summaryProperty().set("Le Maroc propose son savoir-faire en sécurité au Qatar.");
        model.dateProperty().set("fin mai 2022");
        model.categoryProperty().set("Rencontre");
    }

    @Test
    void anEventIsWrittenFromNothingAndSavedWithWhatItCreates() throws Exception {
        EventEditorViewModel model = editor(Locale.FRENCH, EventEditorViewModel.Mode.CREATE, null);
        typeANewEvent(model);
        assertThat(model.dateShownProperty().get())
                .isEqualTo("[2022-05-21..2022-05-31] — entre le 21 et le 31 mai 2022 — jour non précisé");
        assertThat(model.addActor("abdellatif hammouchi")).isTrue();
        assertThat(model.addActor("Un nouvel acteur")).isTrue();
        assertThat(model.addActor("Abdellatif Hammouchi")).as("already chosen").isFalse();
        model.newSourceProperty().set(source(model, "src-000"));
        model.newQuoteProperty().set(QUOTE);
        assertThat(model.validProperty().get()).as("no citation yet").isFalse();
        assertThat(model.error("citations")).isEqualTo("un événement doit citer au moins un passage");

        model.addCitation();

        assertThat(model.newQuoteErrorProperty().get()).isNull();
        assertThat(model.citations()).singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo(QUOTE));
        assertThat(model.validProperty().get()).isTrue();
        Edit edit = model.save().orElseThrow();
        assertThat(edit.kind()).isEqualTo(Edit.Kind.CREATE_EVENT);
        assertThat(edit.subject()).isEqualTo("Le Maroc offre son expertise");
        List<Change> parts = edit.change().parts();
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).isInstanceOfSatisfying(Change.OfActor.class,
                c -> assertThat(c.after().name()).isEqualTo("Un nouvel acteur"));
        Event event = ((Change.OfEvent) parts.get(1)).after();
        assertThat(event.id()).isEqualTo("2022-05-21-2022-05-31-le-maroc-offre-son-expertise");
        assertThat(event.date()).hasToString("[2022-05-21..2022-05-31]");
        assertThat(event.category()).isEqualTo("meeting");
        assertThat(event.actors()).containsExactly("hammouchi", "un-nouvel-acteur");

        try (Store store = access.open()) {
            store.apply(edit.change());
            assertThat(store.event(event.id())).contains(event);
        }
    }

    @Test
    void eachFieldSaysWhatIsWrongWithItAndNothingCanBeSaved() {
        EventEditorViewModel model = editor(Locale.FRENCH, EventEditorViewModel.Mode.CREATE, null);
        typeANewEvent(model);
        model.titleProperty().set("   ");
        model.dateProperty().set("31 février 2022");
        model.tagsProperty().set("sécurité, sécurité");

        assertThat(model.error("title")).isEqualTo("« title » ne peut pas être vide");
        assertThat(model.error("date")).isEqualTo("Février 2022 compte 28 jours : le 31 février n’existe pas.");
        assertThat(model.error("tags")).isEqualTo("« sécurité » figure deux fois dans « tags »");
        assertThat(model.dateShownProperty().get()).isEmpty();
        assertThat(model.save()).isEmpty();

        model.newSourceProperty().set(source(model, "src-000"));
        model.newQuoteProperty().set("Le Maroc a decide d'apporter son expertise");
        model.addCitation();
        assertThat(model.newQuoteErrorProperty().get())
                .isEqualTo("citation introuvable telle quelle dans la source « src-000 »");
        model.newQuoteProperty().set("Le Maroc a décidé d'apporter son expertise");
        model.addCitation();
        assertThat(model.newQuoteErrorProperty().get()).startsWith("la citation ne diffère du texte")
                .as("an apostrophe typed straight is told apart from a missing quote");
        assertThat(model.citations()).isEmpty();
    }

    @Test
    void aDateTheTimelineCannotDrawIsRefusedWithTheSupportedYearsAsSoonAsItIsTyped() {
        EventEditorViewModel model = editor(Locale.FRENCH, EventEditorViewModel.Mode.CREATE, null);
        model.dateProperty().set("Y999999999");

        assertThat(model.error("date")).isEqualTo("la date « Y999999999 » sort des années que Sourceline prend en"
                + " charge, de Y-99999999 à Y99999999 (100000000 av. J.-C. à 99999999 apr. J.-C.)");

        typeANewEvent(model);
        model.dateProperty().set("Y99999999");
        model.newSourceProperty().set(source(model, "src-000"));
        model.newQuoteProperty().set(QUOTE);
        model.addCitation();

        assertThat(model.error("date")).isNull();
        assertThat(model.validProperty().get()).isTrue();

        model.dateProperty().set("Y-100000000");

        assertThat(model.error("date")).startsWith("la date « Y-100000000 » sort des années");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.save()).isEmpty();
    }

    @Test
    void aNewCategoryIsCreatedWithTheEventWithAColourOfItsOwn() {
        EventEditorViewModel model = editor(Locale.ENGLISH, EventEditorViewModel.Mode.CREATE, null);
        typeANewEvent(model);
        model.categoryProperty().set("Conférence de presse");
        model.newSourceProperty().set(source(model, "src-000"));
        model.newQuoteProperty().set(QUOTE);
        model.addCitation();

        Edit edit = model.save().orElseThrow();

        assertThat(edit.change().parts().get(0)).isInstanceOfSatisfying(Change.OfCategory.class, c -> {
            assertThat(c.after().id()).isEqualTo("conference-de-presse");
            assertThat(c.after().label()).isEqualTo("Conférence de presse");
            assertThat(model.catalogProperty().get().categories().values()).extracting(k -> k.color())
                    .doesNotContain(c.after().color());
        });
    }

    @Test
    void anEventEditedKeepsItsIdAndItsDateIsTypedAsPeopleWriteIt() throws Exception {
        Event milipol;
        try (Store store = access.open()) {
            milipol = store.event(MILIPOL).orElseThrow();
        }
        EventEditorViewModel model = editor(Locale.ENGLISH, EventEditorViewModel.Mode.EDIT, milipol);
        assertThat(model.titleProperty().get()).isEqualTo(milipol.title());
        assertThat(model.citations()).hasSize(milipol.citations().size());
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.dirtyProperty().get()).isFalse();

        model.dateProperty().set("from 24 to 26 May 2022");

        assertThat(model.dirtyProperty().get()).isTrue();
        Edit edit = model.save().orElseThrow();
        assertThat(edit.change()).isInstanceOfSatisfying(Change.OfEvent.class, c -> {
            assertThat(c.before()).isEqualTo(milipol);
            assertThat(c.after().id()).isEqualTo(MILIPOL);
            assertThat(c.after().date()).hasToString("2022-05-24/2022-05-26");
        });
        assertThat(edit.describe(org.sourceline.i18n.Messages.of(Locale.ENGLISH)))
                .isEqualTo("edit “" + milipol.title() + "”");
    }

    @Test
    void aDuplicateGetsAnIdOfItsOwn() throws Exception {
        Event milipol;
        try (Store store = access.open()) {
            milipol = store.event(MILIPOL).orElseThrow();
        }
        EventEditorViewModel model = editor(Locale.FRENCH, EventEditorViewModel.Mode.DUPLICATE, milipol);

        Edit edit = model.save().orElseThrow();

        assertThat(edit.kind()).isEqualTo(Edit.Kind.DUPLICATE_EVENT);
        Event copy = ((Change.OfEvent) edit.change()).after();
        assertThat(copy.id()).isNotEqualTo(MILIPOL);
        assertThat(copy.citations()).isEqualTo(milipol.citations());
    }

    @Test
    void aRuleBrokenInTheEditorSaysWhatAnImportSays() throws Exception {
        String tooLong = "t".repeat(501);
        EventEditorViewModel model = editor(Locale.ENGLISH, EventEditorViewModel.Mode.CREATE, null);
        typeANewEvent(model);
        model.titleProperty().set(tooLong);
        model.newSourceProperty().set(source(model, "src-000"));
        model.newQuoteProperty().set(QUOTE);
        model.addCitation();

        Path folder = Files.createDirectories(dir.resolve("export"));
        String json = new String(Files.readAllBytes(Path.of("seeds/timeline.json")), StandardCharsets.UTF_8)
                .replace("\"title\": \"Salon « Milipol Qatar 2022 »\"", "\"title\": \"" + tooLong + "\"");
        for (Source s : Seeds.load().dataset().sources()) {
            Files.copy(Path.of("seeds").resolve(s.file()), folder.resolve(s.file()));
        }
        Path file = folder.resolve("timeline.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> TimelineReader.read(file));

        assertThat(refused.problems()).extracting(p -> p.message()).containsExactly(model.error("title"));
    }

    private Event milipol() throws Exception {
        try (Store store = access.open()) {
            return store.event(MILIPOL).orElseThrow();
        }
    }

    private static Event retitled(Event e, String title) {
        return new Event(e.id(), title, e.titleEn(), e.summary(), e.date(), e.displayDate(), e.category(),
                e.actors(), e.places(), e.tags(), e.citations(), e.note());
    }

    @Test
    void anEventChangedElsewhereWhileOpenIsFollowedAndWhatWasTypedIsSavedOverItsNewVersion() throws Exception {
        Event before = milipol();
        EventEditorViewModel untouched = editor(Locale.FRENCH, EventEditorViewModel.Mode.EDIT, before);
        EventEditorViewModel typedIn = editor(Locale.FRENCH, EventEditorViewModel.Mode.EDIT, before);
        typedIn.summaryProperty().set("Un résumé corrigé.");
        Event elsewhere = retitled(before, "Titre changé ailleurs");
        try (Store store = access.open()) {
            store.apply(Change.edit(before, elsewhere));
        }

        untouched.rebase(elsewhere);
        typedIn.rebase(elsewhere);

        assertThat(untouched.titleProperty().get()).isEqualTo("Titre changé ailleurs");
        assertThat(untouched.dirtyProperty().get()).isFalse();
        assertThat(typedIn.problemProperty().get()).startsWith("Cet événement a changé entre-temps");
        Change saved = typedIn.save().orElseThrow().change();
        try (Store store = access.open()) {
            store.apply(saved);
            assertThat(store.event(MILIPOL).orElseThrow().summary()).isEqualTo("Un résumé corrigé.");
        }
    }

    @Test
    void anEventDeletedElsewhereWhileOpenCannotBeSavedAndTheEditorSaysWhy() throws Exception {
        EventEditorViewModel model = editor(Locale.ENGLISH, EventEditorViewModel.Mode.EDIT, milipol());
        model.titleProperty().set("Another title");

        model.rebase(null);

        assertThat(model.save()).isEmpty();
        assertThat(model.problemProperty().get()).startsWith("This event was deleted meanwhile");
    }

    @Test
    void anEventKeepsItsCategoryWhenAnotherHasANameThatDiffersOnlyByAccents() throws Exception {
        Event before = milipol();
        String own;
        try (Store store = access.open()) {
            own = store.categoriesById().get(before.category()).label();
            store.apply(new Change.OfCategory(null, new org.sourceline.model.Category("accentuee",
                    own.toUpperCase(Locale.ROOT), null, "#123456")));
        }
        EventEditorViewModel model = editor(Locale.FRENCH, EventEditorViewModel.Mode.EDIT, before);
        model.titleProperty().set("Titre retouché");

        Event saved = ((Change.OfEvent) model.save().orElseThrow().change()).after();

        assertThat(saved.category()).isEqualTo(before.category());
    }
}
