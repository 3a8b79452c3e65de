package org.sourceline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.io.TimelineWriter;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Change;
import org.sourceline.model.Citation;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Original;
import org.sourceline.model.Place;
import org.sourceline.model.Rule;
import org.sourceline.model.SearchQuery;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.model.Violation;

/**
 * What every kind of store must do, whatever stands behind it: each implementation runs these tests unchanged by
 * extending this class. The store starts holding the bundled dataset.
 */
public abstract class StoreContract {
    protected static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";

    @TempDir
    protected Path dir;

    protected Store store;

    /** A new, empty store of the kind under test. */
    protected abstract Store newStore(Path dir) throws Exception;

    @BeforeEach
    void fillWithTheSeeds() throws Exception {
        store = newStore(dir);
        store.importTimeline(Seeds.load(), false);
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    /** Everything the store holds, as the bytes of its export and the text of every article. */
    protected String snapshot() throws StoreException {
        return snapshot(store);
    }

    protected static String snapshot(Store of) throws StoreException {
        LoadedTimeline all = of.load();
        StringBuilder text = new StringBuilder(new String(TimelineWriter.toBytes(all), StandardCharsets.UTF_8));
        new TreeMap<>(all.articles()).forEach((id, a) -> text.append("\n--- ").append(id).append('\n')
                .append(a.rawText()).append("\n--- body\n").append(a.body()));
        new TreeMap<>(all.originals()).forEach((id, o) -> text.append("\n--- original ").append(id).append('\n')
                .append(java.util.HexFormat.of().formatHex(o.bytes())));
        return text.toString();
    }

    protected Event event(String id) throws StoreException {
        return store.event(id).orElseThrow();
    }

    /** A copy of an event with another title, date and first quote. */
    protected static Event edited(Event e, String title, String date, List<Citation> citations) {
        return new Event(e.id(), title, e.titleEn(), e.summary(), EdtfDate.parse(date), null, e.category(),
                e.actors(), e.places(), e.tags(), citations, e.note());
    }

    /** A new event citing a passage of the first seed source, found by reading its body. */
    protected Event newEvent(String id) throws StoreException {
        Source first = store.sourcesById().values().iterator().next();
        String body = store.sourceDocument(first.id()).orElseThrow().article().body();
        String quote = body.substring(0, body.indexOf(' ', 40)).strip();
        return new Event(id, "Un événement nouveau", "A new event", "Créé à la main.", EdtfDate.parse("2023-03~"),
                null, "meeting", List.of(), List.of(), List.of("essai"), List.of(new Citation(first.id(), quote)),
                null);
    }

    /** Applies a change, undoes it, redoes it: each step leaves exactly the store it should. */
    protected void roundTrip(Change change) throws StoreException {
        String before = snapshot();
        store.apply(change);
        String after = snapshot();
        assertThat(after).as("the change changed something").isNotEqualTo(before);
        store.apply(change.inverse());
        assertThat(snapshot()).as("undone").isEqualTo(before);
        store.apply(change);
        assertThat(snapshot()).as("redone").isEqualTo(after);
    }

    @Test
    void anEventCreatedIsFoundEverywhereAndUndoneLeavesTheStoreAsItWas() throws Exception {
        Event created = newEvent("2023-03-nouvel-evenement");
        int events = store.eventCount();

        roundTrip(Change.create(created));

        assertThat(event(created.id())).isEqualTo(created);
        assertThat(store.eventCount()).isEqualTo(events + 1);
        assertThat(store.matchingEventIds(SearchQuery.of("nouveau"))).containsExactly(created.id());
        assertThat(store.eventsBetween(created.date().earliestEpochSecond(), created.date().latestEpochSecond()))
                .extracting(EventRow::id).contains(created.id());
        EventColumns columns = store.eventColumns();
        assertThat(columns.positionOf(created.id())).isNotNegative();
        assertThat(store.passagesOf(created.id())).singleElement()
                .satisfies(p -> assertThat(p.start()).isZero());
    }

    @Test
    void anEventEditedIsFoundByItsNewWordsOnlyAndMovesInTime() throws Exception {
        Event before = event(MILIPOL);
        Event after = new Event(MILIPOL, "Salon des polices du Golfe", "Gulf police fair", before.summary(),
                EdtfDate.parse("2022-06-01"), null, before.category(), before.actors(), before.places(),
                before.tags(), before.citations(), before.note());

        roundTrip(Change.edit(before, after));

        assertThat(event(MILIPOL)).isEqualTo(after);
        assertThat(store.matchingEventIds(SearchQuery.of("polices golfe"))).containsExactly(MILIPOL);
        assertThat(store.search(SearchQuery.of("Milipol"), 50)).filteredOn(h -> h.ref().equals(MILIPOL))
                .as("the old title is gone from the index; the summary and quotes still say the word")
                .allSatisfy(h -> assertThat(h.field()).isNotEqualTo(SearchHit.Field.TITLE));
        EventColumns columns = store.eventColumns();
        int at = columns.positionOf(MILIPOL);
        assertThat(columns.title(at)).isEqualTo("Salon des polices du Golfe");
        assertThat(columns.start(at)).isEqualTo(EdtfDate.parse("2022-06-01").earliestEpochSecond());
    }

    @Test
    void anEventDeletedIsGoneFromSearchAndTheTimeline() throws Exception {
        Event milipol = event(MILIPOL);

        roundTrip(Change.delete(milipol));

        assertThat(store.event(MILIPOL)).isEmpty();
        assertThat(store.matchingEventIds(SearchQuery.of("Milipol"))).doesNotContain(MILIPOL);
        assertThat(store.eventColumns().positionOf(MILIPOL)).isEqualTo(-1);
    }

    @Test
    void theCitationsOfAnEventAreReplacedWithTheirNewOffsets() throws Exception {
        Event before = event(MILIPOL);
        Source source = store.sourcesById().get(before.citations().get(0).sourceId());
        String body = store.sourceDocument(source.id()).orElseThrow().article().body();
        String quote = body.substring(body.length() - 60).strip();
        List<Citation> citations = new ArrayList<>(before.citations());
        citations.add(new Citation(source.id(), quote));
        Event after = edited(before, before.title(), before.date().toString(), citations);

        roundTrip(Change.edit(before, after));

        assertThat(store.passagesOf(MILIPOL)).last().satisfies(p -> {
            assertThat(p.start()).isEqualTo(body.indexOf(quote));
            assertThat(p.end()).isEqualTo(body.indexOf(quote) + quote.length());
        });
    }

    @Test
    void aChangeBasedOnWhatTheStoreNoLongerHoldsIsRefusedWhole() throws Exception {
        Event before = event(MILIPOL);
        store.apply(Change.edit(before, edited(before, "Premier titre", "2022-05", before.citations())));
        String now = snapshot();

        RefusedChangeException refused = catchThrowableOfType(RefusedChangeException.class, () -> store.apply(
                new Change.Several(List.of(Change.create(newEvent("un-autre")),
                        Change.edit(before, edited(before, "Second titre", "2022-05", before.citations()))))));

        assertThat(refused.reason()).isEqualTo(RefusedChangeException.Reason.CHANGED_SINCE);
        assertThat(refused.subject()).isEqualTo("event " + MILIPOL);
        assertThat(snapshot()).as("the event created first is rolled back too").isEqualTo(now);
    }

    @Test
    void anEventBreakingTheRulesIsRefusedWithTheRulesItBreaks() throws Exception {
        Event before = event(MILIPOL);
        String sourceId = before.citations().get(0).sourceId();
        Event after = edited(before, "t".repeat(501), "2022-05",
                List.of(new Citation(sourceId, "une phrase que l'article ne contient pas")));
        String now = snapshot();

        RefusedChangeException refused = catchThrowableOfType(RefusedChangeException.class,
                () -> store.apply(Change.edit(before, after)));

        assertThat(refused.reason()).isEqualTo(RefusedChangeException.Reason.INVALID);
        assertThat(refused.violations()).extracting(Violation::rule).containsExactly(Rule.TOO_LONG,
                Rule.QUOTE_NOT_FOUND);
        assertThat(snapshot()).isEqualTo(now);
    }

    @Test
    void creatingWhatIsAlreadyThereIsRefused() throws Exception {
        Event milipol = event(MILIPOL);

        RefusedChangeException refused = catchThrowableOfType(RefusedChangeException.class,
                () -> store.apply(Change.create(milipol)));

        assertThat(refused.reason()).isEqualTo(RefusedChangeException.Reason.ALREADY_THERE);
    }

    @Test
    void aSourceStillCitedCannotBeDeletedAndTheRefusalNamesItsEvents() throws Exception {
        Event milipol = event(MILIPOL);
        String sourceId = milipol.citations().get(0).sourceId();
        SourceDocument source = store.sourceDocument(sourceId).orElseThrow();

        RefusedChangeException refused = catchThrowableOfType(RefusedChangeException.class,
                () -> store.apply(new Change.OfSource(source, null)));

        assertThat(refused.reason()).isEqualTo(RefusedChangeException.Reason.IN_USE);
        assertThat(refused.events()).contains(MILIPOL)
                .containsExactlyInAnyOrderElementsOf(store.eventsCiting(sourceId).stream().map(Event::id).toList());
    }

    @Test
    void aSourceIsCreatedEditedAndDeletedWithItsArticle() throws Exception {
        String raw = "Un titre de page\n\nPremier paragraphe de l’article.\n\nSecond paragraphe.\n";
        Source source = new Source("src-nouvelle", "src-nouvelle.txt", "Un article", "Le Journal", null,
                EdtfDate.parse("2023-01-02"), "fr", "https://example.org/a", List.of(new LineRange(3, 5)), null);
        SourceDocument created = new SourceDocument(source, Article.cut(raw, source.bodyLines()));

        roundTrip(new Change.OfSource(null, created));
        assertThat(store.search(SearchQuery.of("paragraphe"), 50)).extracting(SearchHit::ref)
                .contains("src-nouvelle");

        Source renamed = new Source(source.id(), source.file(), "Un autre titre", null, "Une autrice",
                source.published(), "fr", null, source.bodyLines(), "une note");
        roundTrip(new Change.OfSource(created, new SourceDocument(renamed, created.article())));
        assertThat(store.sourcesById().get("src-nouvelle").title()).isEqualTo("Un autre titre");

        roundTrip(new Change.OfSource(store.sourceDocument("src-nouvelle").orElseThrow(), null));
        assertThat(store.sourceDocument("src-nouvelle")).isEmpty();
    }

    @Test
    void aSourceKeepsTheFileItsArticleWasReadFromThroughEditsUndoAndDeletion() throws Exception {
        String raw = "Premier paragraphe.\n\nSecond paragraphe.";
        byte[] file = ("<html><body><p>Premier paragraphe.</p><p>Second paragraphe.</p>\u00e9</body></html>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Original original = new Original("page.html", "text/html; charset=windows-1252", file, List.of());
        Source source = new Source("src-page", "src-page.txt", "Une page", null, null, EdtfDate.parse("2023-01-02"),
                "fr", null, List.of(new LineRange(1, 3)), null);
        SourceDocument created = new SourceDocument(source, Article.cut(raw, source.bodyLines()), original);

        roundTrip(new Change.OfSource(null, created));
        assertThat(store.sourceDocument("src-page").orElseThrow().original().bytes()).isEqualTo(file);

        Source renamed = new Source(source.id(), source.file(), "Un autre titre", "Le Journal", null,
                source.published(), "fr", null, source.bodyLines(), null);
        roundTrip(new Change.OfSource(created, new SourceDocument(renamed, created.article(), original)));
        assertThat(store.sourceDocument("src-page").orElseThrow().original()).isEqualTo(original);

        roundTrip(new Change.OfSource(store.sourceDocument("src-page").orElseThrow(), null));
        assertThat(store.sourceDocument("src-page")).isEmpty();
        assertThat(store.load().originals()).doesNotContainKey("src-page");
    }

    @Test
    void theTextOfACitedSourceMayChangeOnlyIfEveryQuoteStaysInIt() throws Exception {
        Event milipol = event(MILIPOL);
        String sourceId = milipol.citations().get(0).sourceId();
        SourceDocument doc = store.sourceDocument(sourceId).orElseThrow();
        String raw = doc.article().rawText();
        List<LineRange> oneMoreLine = new ArrayList<>(doc.source().bodyLines());
        Source source = doc.source();

        // A new first line, kept in the body: every quote moves down by its length.
        String longer = "Chapeau ajouté.\n" + raw;
        List<LineRange> shifted = oneMoreLine.stream().map(r -> new LineRange(r.from() + 1, r.to() + 1)).toList();
        List<LineRange> withHeading = new ArrayList<>(List.of(new LineRange(1, 1)));
        withHeading.addAll(shifted);
        Source moved = new Source(source.id(), source.file(), source.title(), source.outlet(), source.author(),
                source.published(), source.language(), source.url(), withHeading, source.note());
        Article article = Article.cut(longer, withHeading);
        roundTrip(new Change.OfSource(doc, new SourceDocument(moved, article)));
        String quote = milipol.citations().get(0).quote();
        assertThat(store.passagesOf(MILIPOL).get(0).start()).isEqualTo(article.body().indexOf(quote));

        // A text without the quote is refused, naming the events whose quotes it loses.
        SourceDocument now = store.sourceDocument(sourceId).orElseThrow();
        String cut = "Il ne reste qu’une ligne.\n";
        Source shortened = new Source(source.id(), source.file(), source.title(), source.outlet(),
                source.author(), source.published(), source.language(), source.url(), List.of(new LineRange(1, 1)),
                source.note());
        RefusedChangeException refused = catchThrowableOfType(RefusedChangeException.class, () -> store.apply(
                new Change.OfSource(now, new SourceDocument(shortened, Article.cut(cut, shortened.bodyLines())))));
        assertThat(refused.reason()).isEqualTo(RefusedChangeException.Reason.IN_USE);
        assertThat(refused.events()).contains(MILIPOL);
    }

    @Test
    void anActorRenamedIsFoundByItsNewNameInEveryEventNamingIt() throws Exception {
        Map<String, Actor> actors = store.actorsById();
        Actor actor = actors.values().stream().filter(a -> {
            try {
                return !store.eventsNaming(a.id()).isEmpty();
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        List<String> naming = store.eventsNaming(actor.id()).stream().map(Event::id).toList();
        List<String> aliases = new ArrayList<>(actor.aliases());
        aliases.add(actor.name());
        Actor renamed = new Actor(actor.id(), "Zorglub Quintessence", aliases, actor.description());

        roundTrip(new Change.OfActor(actor, renamed));

        assertThat(store.matchingEventIds(SearchQuery.of("Zorglub"))).containsExactlyInAnyOrderElementsOf(naming);
    }

    @Test
    void aPlaceGivenOtherSpellingsHasItsEventsFoundByThemAtOnceAndNoLongerOnceUndone() throws Exception {
        Place doha = store.placesById().get("doha");
        List<String> atDoha = store.eventsAt(doha.id()).stream().map(Event::id).toList();
        Place spelled = new Place(doha.id(), doha.name(), List.of("Dawha", "الدوحة"), doha.country());
        byte[] export = TimelineWriter.toBytes(store.load().dataset());
        assertThat(atDoha).isNotEmpty();
        assertThat(store.matchingEventIds(SearchQuery.of("Dawha"))).isEmpty();

        store.apply(new Change.OfPlace(doha, spelled));

        assertThat(store.placesById().get(doha.id())).isEqualTo(spelled);
        assertThat(store.matchingEventIds(SearchQuery.of("Dawha"))).containsExactlyInAnyOrderElementsOf(atDoha);
        assertThat(store.matchingEventIds(SearchQuery.of("الدوحة"))).containsExactlyInAnyOrderElementsOf(atDoha);
        assertThat(new String(TimelineWriter.toBytes(store.load().dataset()), StandardCharsets.UTF_8))
                .contains("\"aliases\": [\n        \"Dawha\",\n        \"الدوحة\"\n      ],");

        store.apply(new Change.OfPlace(doha, spelled).inverse());

        assertThat(store.placesById().get(doha.id())).isEqualTo(doha);
        assertThat(store.matchingEventIds(SearchQuery.of("Dawha"))).isEmpty();
        assertThat(store.matchingEventIds(SearchQuery.of("الدوحة"))).isEmpty();
        assertThat(TimelineWriter.toBytes(store.load().dataset())).isEqualTo(export);
        roundTrip(new Change.OfPlace(doha, spelled));
    }

    @Test
    void aPlaceRenamedKeepsItsOldNameAsAnAliasAndItsEventsAreFoundByBoth() throws Exception {
        Place qatar = store.placesById().get("qatar");
        List<String> atQatar = store.eventsAt(qatar.id()).stream().map(Event::id).toList();
        Place renamed = new Place(qatar.id(), "Zorglubie", List.of(qatar.name()), qatar.country());

        roundTrip(new Change.OfPlace(qatar, renamed));

        assertThat(atQatar).isNotEmpty();
        assertThat(store.matchingEventIds(SearchQuery.of("Zorglubie"))).containsExactlyInAnyOrderElementsOf(atQatar);
        assertThat(store.search(SearchQuery.of("Zorglubie"), 50)).extracting(SearchHit::fieldText)
                .containsOnly("Zorglubie");
    }

    @Test
    void afterEditsTheExportIsStillCanonicalAndImportsIntoAStoreThatExportsTheSame() throws Exception {
        Actor actor = new Actor("acteur-ajoute", "Acteur Ajouté", List.of("A. Ajouté"), null);
        Place place = new Place("lieu-ajoute", "Lieu Ajouté", List.of("L. A."), null);
        Event base = newEvent("apres-des-modifications");
        Event created = new Event(base.id(), base.title(), base.titleEn(), base.summary(), base.date(), null,
                base.category(), List.of(actor.id()), List.of(place.id()), List.of("ajout"), base.citations(), null);
        store.apply(new Change.Several(List.of(new Change.OfActor(null, actor), new Change.OfPlace(null, place),
                Change.create(created))));
        Event milipol = event(MILIPOL);
        store.apply(Change.edit(milipol, edited(milipol, "Salon corrigé", "[2022-05-21..2022-05-31]",
                milipol.citations())));
        Actor kept = store.actorsById().get(milipol.actors().get(0));
        store.apply(org.sourceline.model.Merges.actors(actor, kept, store.eventsNaming(actor.id())));
        String exported = snapshot();

        java.nio.file.Path other = java.nio.file.Files.createDirectories(dir.resolve("autre"));
        try (Store again = newStore(other)) {
            again.importTimeline(store.load(), false);
            assertThat(snapshot(again)).isEqualTo(exported);
        }
    }

    @Test
    void theEventsUsingAThingAreCountedAndTheFirstGivenInTimeOrder() throws Exception {
        Event milipol = event(MILIPOL);
        String source = milipol.citations().get(0).sourceId();
        List<String> citing = store.eventsCiting(source).stream().map(Event::id).toList();

        EventUses uses = store.uses(EventUses.Of.SOURCE, source, 2);

        assertThat(uses.count()).isEqualTo(citing.size()).isGreaterThan(2);
        assertThat(uses.first()).extracting(Event::id).containsExactlyElementsOf(citing.subList(0, 2));
        String actor = milipol.actors().get(0);
        assertThat(store.uses(EventUses.Of.ACTOR, actor, 100).first()).extracting(Event::id)
                .containsExactlyElementsOf(store.eventsNaming(actor).stream().map(Event::id).toList());
        String place = milipol.places().get(0);
        assertThat(store.uses(EventUses.Of.PLACE, place, 0).count()).isEqualTo(store.eventsAt(place).size());
        long inCategory = store.load().dataset().events().stream()
                .filter(e -> e.category().equals(milipol.category())).count();
        assertThat(store.uses(EventUses.Of.CATEGORY, milipol.category(), 1).count()).isEqualTo(inCategory);
        assertThat(store.uses(EventUses.Of.ACTOR, "personne", 10)).isEqualTo(EventUses.NONE);
    }

    @Test
    void twoActorsMergedLeaveOneThatEveryEventNamesAndWhoseOldNameStillFindsThem() throws Exception {
        Event milipol = event(MILIPOL);
        Actor kept = store.actorsById().get(milipol.actors().get(0));
        Actor gone = new Actor("doublon", "Zorglub Doublon", List.of("Z. Doublon"), "le même");
        Event base = newEvent("nomme-le-doublon");
        Event naming = new Event(base.id(), base.title(), base.titleEn(), base.summary(), base.date(), null,
                base.category(), List.of(gone.id(), kept.id()), List.of(), List.of(), base.citations(), null);
        store.apply(new Change.Several(List.of(new Change.OfActor(null, gone), Change.create(naming))));
        List<String> before = new ArrayList<>(store.eventsNaming(kept.id()).stream().map(Event::id).toList());

        roundTrip(org.sourceline.model.Merges.actors(gone, kept, store.eventsNaming(gone.id())));

        assertThat(store.actorsById()).doesNotContainKey(gone.id());
        assertThat(store.actorsById().get(kept.id()).aliases()).contains("Zorglub Doublon", "Z. Doublon");
        assertThat(event(naming.id()).actors()).containsExactly(kept.id());
        assertThat(store.eventsNaming(kept.id())).extracting(Event::id).containsExactlyInAnyOrderElementsOf(before);
        assertThat(store.matchingEventIds(SearchQuery.of("Zorglub"))).containsAll(before);
    }

    @Test
    void anActorOrPlaceStillNamedCannotBeDeleted() throws Exception {
        Event milipol = event(MILIPOL);
        Place place = store.placesById().get(milipol.places().get(0));

        RefusedChangeException refused = catchThrowableOfType(RefusedChangeException.class,
                () -> store.apply(new Change.OfPlace(place, null)));

        assertThat(refused.reason()).isEqualTo(RefusedChangeException.Reason.IN_USE);
        assertThat(refused.events()).contains(MILIPOL);
    }

    @Test
    void aNewActorAndAnEventNamingItGoInTogether() throws Exception {
        Actor actor = new Actor("nouvel-acteur", "Nouvel Acteur", List.of("N. Acteur"), null);
        Place place = new Place("nouveau-lieu", "Nouveau Lieu", "Maroc");
        Event base = newEvent("avec-acteur");
        Event event = new Event(base.id(), base.title(), base.titleEn(), base.summary(), base.date(), null,
                base.category(), List.of(actor.id()), List.of(place.id()), List.of(), base.citations(), null);

        roundTrip(new Change.Several(List.of(new Change.OfActor(null, actor), new Change.OfPlace(null, place),
                Change.create(event))));

        assertThat(store.matchingEventIds(SearchQuery.of("Acteur"))).containsExactly(event.id());
        assertThat(store.eventsAt(place.id())).extracting(Event::id).containsExactly(event.id());
    }

    @Test
    void aCategoryIsCreatedRenamedAndRecolouredAndCannotBeDeletedWhileEventsAreInIt() throws Exception {
        Category created = new Category("conference", "Conférence de presse", "Press conference", "#123456");
        Event base = newEvent("en-conference");
        Event event = new Event(base.id(), base.title(), base.titleEn(), base.summary(), base.date(), null,
                created.id(), List.of(), List.of(), List.of(), base.citations(), null);
        roundTrip(new Change.Several(List.of(new Change.OfCategory(null, created), Change.create(event))));
        assertThat(store.categoriesById().get("conference")).isEqualTo(created);

        Category recoloured = new Category("conference", "Point presse", null, "#654321");
        roundTrip(new Change.OfCategory(created, recoloured));
        assertThat(store.categoriesById().get("conference")).isEqualTo(recoloured);

        RefusedChangeException refused = catchThrowableOfType(RefusedChangeException.class,
                () -> store.apply(new Change.OfCategory(recoloured, null)));
        assertThat(refused.reason()).isEqualTo(RefusedChangeException.Reason.IN_USE);
        assertThat(refused.events()).containsExactly(event.id());
    }

    @Test
    void anEventInACategoryTheStoreDoesNotDescribeIsRefused() throws Exception {
        Event base = newEvent("hors-categorie");
        Event event = new Event(base.id(), base.title(), base.titleEn(), base.summary(), base.date(), null,
                "inconnue", List.of(), List.of(), List.of(), base.citations(), null);

        RefusedChangeException refused = catchThrowableOfType(RefusedChangeException.class,
                () -> store.apply(Change.create(event)));

        assertThat(refused.violations()).extracting(Violation::message)
                .containsExactly("unknown category \"inconnue\"");
    }

    // ---- imports that add to a store ---------------------------------------------------------------------------

    /** A timeline of one new event citing a new source, naming an actor the store holds as the file describes it. */
    protected LoadedTimeline oneNewEvent(Actor actor, Event... more) throws StoreException {
        String raw = "Titre\n\nLe directeur général a reçu la délégation à Rabat.\n";
        Source source = new Source("src-nouvelle", "src-nouvelle.txt", "Une dépêche", null, null,
                EdtfDate.parse("2023-02-01"), "fr", null, List.of(new LineRange(3, 3)), null);
        Event event = new Event("2023-01-reception-rabat", "Réception à Rabat", null, "Une réception.",
                EdtfDate.parse("2023-01"), null, "meeting", List.of(actor.id()), List.of(), List.of(),
                List.of(new Citation(source.id(), "a reçu la délégation à Rabat")), null);
        List<Event> events = new ArrayList<>(List.of(event));
        events.addAll(List.of(more));
        List<Source> sources = new ArrayList<>(List.of(source));
        Map<String, Article> articles = new java.util.HashMap<>(Map.of(source.id(), Article.cut(raw,
                source.bodyLines())));
        for (Event e : more) {
            for (Citation c : e.citations()) {
                if (!articles.containsKey(c.sourceId())) {
                    SourceDocument doc = store.sourceDocument(c.sourceId()).orElseThrow();
                    sources.add(doc.source());
                    articles.put(c.sourceId(), doc.article());
                }
            }
        }
        return new LoadedTimeline(new org.sourceline.model.Dataset(null, null, sources, List.of(actor), List.of(),
                events, List.of()), articles);
    }

    @Test
    void anImportNamingASharedActorWithFewerDetailsAddsItsEventAndKeepsTheActor() throws Exception {
        Actor stored = store.actorsById().get("hammouchi");
        Actor fewer = new Actor("hammouchi", stored.name(), List.of(), null);

        ImportReport report = store.importTimeline(oneNewEvent(fewer), false);

        assertThat(report.events()).isEqualTo(new ImportReport.Tally(1, 0, 0, 0));
        assertThat(report.actors()).isEqualTo(new ImportReport.Tally(0, 1, 0, 0));
        assertThat(report.notices()).isEmpty();
        assertThat(store.actorsById().get("hammouchi")).isEqualTo(stored);
        assertThat(store.matchingEventIds(SearchQuery.of("délégation Rabat"))).contains("2023-01-reception-rabat");
    }

    @Test
    void aSharedActorDescribedOtherwiseIsKeptAndReportedUnlessUpdating() throws Exception {
        Actor stored = store.actorsById().get("hammouchi");
        Actor shorter = new Actor("hammouchi", stored.name(), List.of(), "Directeur.");
        String before = snapshot();

        ImportReport kept = store.importTimeline(oneNewEvent(shorter), false);

        assertThat(kept.actors()).isEqualTo(new ImportReport.Tally(0, 0, 0, 1));
        assertThat(kept.notices()).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("actor hammouchi");
            assertThat(n.taken()).isFalse();
            assertThat(n.differences()).extracting(ImportMerge.Difference::field).containsExactly("description");
            assertThat(n.differences().get(0).stored()).isEqualTo(stored.description());
            assertThat(n.differences().get(0).file()).isEqualTo("Directeur.");
        });
        assertThat(store.actorsById().get("hammouchi")).isEqualTo(stored);
        assertThat(snapshot()).isNotEqualTo(before);

        ImportReport updated = store.importTimeline(oneNewEvent(shorter), new ImportOptions(false, true, 0));

        assertThat(updated.actors()).isEqualTo(new ImportReport.Tally(0, 0, 1, 0));
        assertThat(updated.events()).isEqualTo(new ImportReport.Tally(0, 1, 0, 0));
        assertThat(store.actorsById().get("hammouchi"))
                .isEqualTo(new Actor("hammouchi", stored.name(), stored.aliases(), "Directeur."));
    }

    /** A timeline of one new event at a place the file describes as given. */
    protected LoadedTimeline oneNewEventAt(Place place) throws StoreException {
        LoadedTimeline t = oneNewEvent(store.actorsById().get("hammouchi"));
        org.sourceline.model.Dataset d = t.dataset();
        Event e = d.events().get(0);
        Event at = new Event(e.id(), e.title(), e.titleEn(), e.summary(), e.date(), e.displayDate(), e.category(),
                e.actors(), List.of(place.id()), e.tags(), e.citations(), e.note());
        return new LoadedTimeline(new org.sourceline.model.Dataset(null, null, d.sources(), d.actors(),
                List.of(place), List.of(at), List.of()), t.articles());
    }

    @Test
    void anImportNamingASharedPlaceWithoutItsAliasesKeepsTheStoresAndFindsTheNewEventByThem() throws Exception {
        Place doha = store.placesById().get("doha");
        Place spelled = new Place(doha.id(), doha.name(), List.of("Dawha", "الدوحة"), doha.country());
        store.apply(new Change.OfPlace(doha, spelled));

        ImportReport report = store.importTimeline(oneNewEventAt(doha), false);

        assertThat(report.places()).isEqualTo(new ImportReport.Tally(0, 1, 0, 0));
        assertThat(report.notices()).isEmpty();
        assertThat(store.placesById().get("doha")).isEqualTo(spelled);
        assertThat(store.matchingEventIds(SearchQuery.of("Dawha"))).contains("2023-01-reception-rabat");
    }

    @Test
    void aSharedPlaceWithOtherAliasesIsKeptAndReportedUnlessUpdating() throws Exception {
        Place doha = store.placesById().get("doha");
        Place spelled = new Place(doha.id(), doha.name(), List.of("Dawha", "الدوحة"), doha.country());
        store.apply(new Change.OfPlace(doha, spelled));
        Place otherwise = new Place(doha.id(), doha.name(), List.of("Dauha"), null);
        List<String> atDoha = store.eventsAt(doha.id()).stream().map(Event::id).toList();

        ImportReport kept = store.importTimeline(oneNewEventAt(otherwise), false);

        assertThat(kept.places()).isEqualTo(new ImportReport.Tally(0, 0, 0, 1));
        assertThat(kept.notices()).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("place doha");
            assertThat(n.taken()).isFalse();
            assertThat(n.differences()).singleElement().satisfies(d -> {
                assertThat(d.field()).isEqualTo("aliases");
                assertThat(d.stored()).isEqualTo("Dawha, الدوحة");
                assertThat(d.file()).isEqualTo("Dauha");
            });
        });
        assertThat(store.placesById().get("doha")).isEqualTo(spelled);
        assertThat(store.matchingEventIds(SearchQuery.of("Dauha"))).isEmpty();

        ImportReport updated = store.importTimeline(oneNewEventAt(otherwise), new ImportOptions(false, true, 0));

        assertThat(updated.places()).isEqualTo(new ImportReport.Tally(0, 0, 1, 0));
        assertThat(updated.notices()).singleElement().satisfies(n -> assertThat(n.taken()).isTrue());
        assertThat(store.placesById().get("doha"))
                .isEqualTo(new Place(doha.id(), doha.name(), List.of("Dauha"), doha.country()));
        List<String> found = new ArrayList<>(atDoha);
        found.add("2023-01-reception-rabat");
        assertThat(store.matchingEventIds(SearchQuery.of("Dauha"))).containsExactlyInAnyOrderElementsOf(found);
        assertThat(store.matchingEventIds(SearchQuery.of("Dawha"))).isEmpty();
    }

    @Test
    void anEventDescribedOtherwiseIsReportedWithBothVersionsAndLeftUnlessUpdating() throws Exception {
        Event milipol = event(MILIPOL);
        Event retitled = edited(milipol, "Salon Milipol 2022 à Doha", milipol.date().toString(),
                milipol.citations());
        Actor actor = store.actorsById().get("hammouchi");
        String before = snapshot();

        ImportReport kept = store.importTimeline(oneNewEvent(actor, retitled), false);

        assertThat(kept.events()).isEqualTo(new ImportReport.Tally(1, 0, 0, 1));
        assertThat(kept.notices()).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("event " + MILIPOL);
            assertThat(n.differences()).extracting(ImportMerge.Difference::field).contains("title");
            assertThat(n.differences()).filteredOn(d -> d.field().equals("title")).singleElement()
                    .satisfies(d -> {
                        assertThat(d.stored()).isEqualTo(milipol.title());
                        assertThat(d.file()).isEqualTo("Salon Milipol 2022 à Doha");
                    });
        });
        assertThat(event(MILIPOL)).isEqualTo(milipol);
        assertThat(snapshot()).isNotEqualTo(before);

        ImportReport updated = store.importTimeline(oneNewEvent(actor, retitled), new ImportOptions(false, true, 0));

        assertThat(updated.events()).isEqualTo(new ImportReport.Tally(0, 1, 1, 0));
        assertThat(event(MILIPOL)).isEqualTo(retitled);
        assertThat(store.matchingEventIds(SearchQuery.of("Milipol Doha"))).contains(MILIPOL);
    }

    @Test
    void theSameTimelineImportedAgainChangesNothing() throws Exception {
        String before = snapshot();

        ImportReport report = store.importTimeline(Seeds.load(), false);

        assertThat(report.events()).isEqualTo(new ImportReport.Tally(0, 13, 0, 0));
        assertThat(report.sources()).isEqualTo(new ImportReport.Tally(0, 5, 0, 0));
        assertThat(report.changedNothing()).isTrue();
        assertThat(report.notices()).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anImportRecordedIsUndoneAndRedoneAsOneChange() throws Exception {
        Actor stored = store.actorsById().get("hammouchi");
        Actor described = new Actor("hammouchi", stored.name(), stored.aliases(), "Directeur général.");
        Event milipol = event(MILIPOL);
        Event retitled = edited(milipol, "Salon Milipol 2022 à Doha", milipol.date().toString(),
                milipol.citations());
        String before = snapshot();

        ImportReport report = store.importTimeline(oneNewEvent(described, retitled),
                new ImportOptions(false, true, 100));
        String after = snapshot();

        assertThat(report.recorded()).isTrue();
        assertThat(report.change()).isNotNull();
        store.apply(report.change().inverse());
        assertThat(snapshot()).isEqualTo(before);
        store.apply(report.change());
        assertThat(snapshot()).isEqualTo(after);
    }

    @Test
    void anImportTooLargeToRecordSaysSo() throws Exception {
        ImportReport report = store.importTimeline(oneNewEvent(store.actorsById().get("hammouchi")),
                new ImportOptions(false, false, 0));

        assertThat(report.recorded()).isFalse();
        assertThat(report.change()).isNull();
    }

    @Test
    void aNewEventQuotingTheFilesTextOfASourceTheStoreKeepsOtherwiseRefusesTheImportWhole() throws Exception {
        Event milipol = event(MILIPOL);
        String sourceId = milipol.citations().get(0).sourceId();
        SourceDocument doc = store.sourceDocument(sourceId).orElseThrow();
        String raw = doc.article().rawText() + "\nUne phrase ajoutée au texte du fichier.\n";
        int lines = Article.lines(raw).size();
        List<LineRange> withIt = new ArrayList<>(doc.source().bodyLines());
        withIt.add(new LineRange(lines, lines));
        Source s = doc.source();
        Source longer = new Source(s.id(), s.file(), s.title(), s.outlet(), s.author(), s.published(), s.language(),
                s.url(), withIt, s.note());
        Event quoting = new Event("cite-la-phrase", "Une phrase", null, "Une phrase.", EdtfDate.parse("2022"), null,
                "meeting", List.of(), List.of(), List.of(), List.of(new Citation(sourceId, "Une phrase ajoutée")),
                null);
        LoadedTimeline file = new LoadedTimeline(new org.sourceline.model.Dataset(null, null, List.of(longer),
                List.of(), List.of(), List.of(quoting), List.of()), Map.of(sourceId, Article.cut(raw, withIt)));
        String before = snapshot();

        StoreException refused = catchThrowableOfType(StoreException.class, () -> store.importTimeline(file, false));

        assertThat(refused).hasMessageContaining("nothing was imported")
                .hasMessageContaining("event cite-la-phrase quotes source " + sourceId);
        assertThat(snapshot()).isEqualTo(before);

        ImportReport updated = store.importTimeline(file, new ImportOptions(false, true, 0));
        assertThat(updated.sources()).isEqualTo(new ImportReport.Tally(0, 0, 1, 0));
        assertThat(store.passagesOf("cite-la-phrase")).singleElement().satisfies(p ->
                assertThat(p.start()).isEqualTo(Article.cut(raw, withIt).body().indexOf("Une phrase ajoutée")));
    }

    @Test
    void anEventNamingAnActorTheStoreDoesNotHoldIsRefused() throws Exception {
        Event base = newEvent("sans-acteur");
        Event event = new Event(base.id(), base.title(), base.titleEn(), base.summary(), base.date(), null,
                base.category(), List.of("personne"), List.of(), List.of(), base.citations(), null);

        RefusedChangeException refused = catchThrowableOfType(RefusedChangeException.class,
                () -> store.apply(Change.create(event)));

        assertThat(refused.violations()).extracting(Violation::message).containsExactly("unknown actor \"personne\"");
    }
}
