package org.sourceline.ui.edit;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Change;
import org.sourceline.model.Citation;
import org.sourceline.model.DateInput;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.Place;
import org.sourceline.model.Rule;
import org.sourceline.model.Rules;
import org.sourceline.model.Slug;
import org.sourceline.model.Source;
import org.sourceline.model.Violation;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;

/**
 * An event being written or corrected, field by field, checked as it is typed by the same rules an import keeps
 * ({@link Rules}): each field says what is wrong with it, in the interface language, and the event can be saved only
 * when nothing is. A date is typed as people write it and shown back as EDTF with its precision in words; a category,
 * an actor or a place not yet in the store is created with the event; each quote is checked verbatim against its
 * article as soon as it is added. Saving gives the change to apply, named for the Edit menu.
 */
public final class EventEditorViewModel {
    /** What the editor is for. */
    public enum Mode { CREATE, EDIT, DUPLICATE }

    /** An actor or place chosen for the event: one the store holds, or one to create with it. */
    public record Named(String id, String name, boolean isNew) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A citation of the event: its source, the quote, and where the quote stands in the source's body. */
    public record Cited(String sourceId, String sourceTitle, String quote) {
    }

    /** What the editor needs of the store: its sources, actors, places and categories, read once when it opens. */
    public record Catalog(Map<String, Source> sources, Map<String, Actor> actors, Map<String, Place> places,
                          Map<String, Category> categories) {
        public static final Catalog EMPTY = new Catalog(Map.of(), Map.of(), Map.of(), Map.of());
    }

    private final Background background;
    private final StoreAccess storeAccess;
    private final Locale locale;
    private final Messages messages;
    private final Predicate<String> eventIdTaken;
    private final Mode mode;
    private Event original;
    /** The event edited was deleted meanwhile (elsewhere in the window): it cannot be saved as an edit. */
    private boolean gone;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty titleEn = new SimpleStringProperty(this, "titleEn", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty displayDate = new SimpleStringProperty(this, "displayDate", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final ObservableList<Named> actors = FXCollections.observableArrayList();
    private final ObservableList<Named> places = FXCollections.observableArrayList();
    private final ObservableList<Cited> citations = FXCollections.observableArrayList();
    private final ObjectProperty<Source> newSource = new SimpleObjectProperty<>(this, "newSource");
    private final StringProperty newQuote = new SimpleStringProperty(this, "newQuote", "");

    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog",
            Catalog.EMPTY);
    /** The articles read so far, by source id: quotes are checked against them. */
    private final Map<String, Article> articles = new HashMap<>();
    private final ReadOnlyStringWrapper dateShown = new ReadOnlyStringWrapper(this, "dateShown", "");
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper newQuoteError = new ReadOnlyStringWrapper(this, "newQuoteError");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    /** What the user changed since the editor opened: closing then asks before dropping it. */
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    /** Citations and a date to start a new event from (a passage selected in the reader), set before loading. */
    private List<Citation> presetCitations = List.of();
    private String presetDate;
    private final ReadOnlyStringWrapper dateFrom = new ReadOnlyStringWrapper(this, "dateFrom");

    /** The fields that say what is wrong with them, by the key the file format gives each. */
    public static final List<String> FIELDS = List.of("title", "title_en", "date", "display_date", "category",
            "summary", "actors", "places", "tags", "note", "citations");

    /**
     * @param original     the event to edit or duplicate; null to create one
     * @param eventIdTaken whether an event id is in use already, so that a new event gets one of its own
     */
    public EventEditorViewModel(Background background, StoreAccess storeAccess, Locale locale, Mode mode,
                                Event original, Predicate<String> eventIdTaken) {
        this.background = Objects.requireNonNull(background, "background");
        this.storeAccess = Objects.requireNonNull(storeAccess, "storeAccess");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Messages.of(locale);
        this.mode = Objects.requireNonNull(mode, "mode");
        this.original = original;
        this.eventIdTaken = Objects.requireNonNull(eventIdTaken, "eventIdTaken");
        if (mode != Mode.CREATE) {
            Objects.requireNonNull(original, "the event to edit or duplicate");
        }
        FIELDS.forEach(f -> errors.put(f, new ReadOnlyStringWrapper(this, f + "Error")));
        Observable[] inputs = {title, titleEn, summary, note, date, displayDate, category, tags, actors, places,
            citations, catalog};
        for (Observable input : inputs) {
            input.addListener(o -> {
                check();
                if (ready.get() && input != catalog) {
                    dirty.set(true);
                }
            });
        }
        newQuote.addListener(o -> newQuoteError.set(null));
        newSource.addListener(o -> {
            newQuoteError.set(null);
            Source s = newSource.get();
            if (s != null) {
                loadArticle(s.id());
            }
        });
        check();
    }

    /**
     * Starts a new event from passages of an article: its citations, and a date found in them, with the phrase it
     * was read from; call before {@link #load}.
     *
     * @param date   the date to put in the date field (EDTF or words), or null
     * @param phrase the words of the article the date was read from, said beside the field; null for none
     */
    public void prefill(List<Citation> citations, String date, String phrase) {
        presetCitations = List.copyOf(citations);
        presetDate = date;
        dateFrom.set(phrase);
    }

    /** Reads the catalog (and the articles the event cites) in the background, then fills the fields. */
    public void load() {
        List<String> cited = java.util.stream.Stream.concat(
                original == null ? java.util.stream.Stream.<Citation>empty() : original.citations().stream(),
                presetCitations.stream()).map(Citation::sourceId).distinct().toList();
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                Map<String, Article> read = new HashMap<>();
                for (String id : cited) {
                    store.sourceDocument(id).ifPresent(d -> read.put(id, d.article()));
                }
                return new Loaded(new Catalog(store.sourcesById(), store.actorsById(), store.placesById(),
                        store.categoriesById()), read);
            }
        }, loaded -> {
            articles.putAll(loaded.articles());
            catalog.set(loaded.catalog());
            if (original != null) {
                fill(original);
            }
            Catalog c = catalog.get();
            for (Citation x : presetCitations) {
                Source s = c.sources().get(x.sourceId());
                citations.add(new Cited(x.sourceId(), s == null ? x.sourceId() : s.title(), x.quote()));
            }
            if (presetDate != null) {
                date.set(presetDate);
            }
            ready.set(true);
            check();
        }, failure -> problem.set(failure.getMessage()));
    }

    private record Loaded(Catalog catalog, Map<String, Article> articles) {
    }

    /**
     * Reads the catalog again after a change made elsewhere in the window (a source added, an actor renamed): the
     * choices follow, and what was typed stays.
     */
    public void catalogChanged() {
        if (!ready.get()) {
            return;
        }
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                return new Catalog(store.sourcesById(), store.actorsById(), store.placesById(),
                        store.categoriesById());
            }
        }, read -> {
            catalog.set(read);
            reconcile(actors, id -> read.actors().get(id) == null ? null : read.actors().get(id).name(), "actor");
            reconcile(places, id -> read.places().get(id) == null ? null : read.places().get(id).name(), "place");
        }, failure -> problem.set(failure.getMessage()));
    }

    /**
     * A name chosen as new whose id the store now holds (created meanwhile): the store's own when it is the same
     * name, else a new id of its own.
     */
    private void reconcile(ObservableList<Named> chosen, java.util.function.Function<String, String> nameInStore,
                           String fallback) {
        for (int i = 0; i < chosen.size(); i++) {
            Named n = chosen.get(i);
            String there = n.isNew() ? nameInStore.apply(n.id()) : null;
            if (there == null) {
                continue;
            }
            chosen.set(i, sameWords(there, n.name()) ? new Named(n.id(), there, false)
                    : new Named(Slug.unique(n.name(), fallback, id -> nameInStore.apply(id) != null
                    || chosen.stream().anyMatch(x -> x.id().equals(id))), n.name(), true));
        }
    }

    /**
     * The event edited was changed or deleted elsewhere in the window (an undo, a merge) while the editor was open:
     * the editor works on the event as it is now. Fields left as they were show its new values; what was typed
     * stays, and is saved over the new version.
     *
     * @param now the event as the store holds it now; null when it was deleted
     */
    public void rebase(Event now) {
        if (mode != Mode.EDIT || original == null) {
            return;
        }
        if (now == null) {
            gone = true;
            problem.set(messages.get("editor.deleted-meanwhile"));
            check();
            return;
        }
        gone = false;
        original = now;
        if (!dirty.get()) {
            fill(now);
            problem.set(null);
        } else {
            problem.set(messages.get("editor.changed-meanwhile"));
        }
        check();
    }

    private void fill(Event e) {
        Catalog c = catalog.get();
        title.set(e.title());
        titleEn.set(nullToEmpty(e.titleEn()));
        summary.set(e.summary());
        note.set(nullToEmpty(e.note()));
        date.set(e.date().toString());
        displayDate.set(nullToEmpty(e.displayDate()));
        Category k = c.categories().get(e.category());
        category.set(k == null ? e.category() : k.label(locale));
        tags.set(String.join(", ", e.tags()));
        actors.setAll(e.actors().stream().map(id -> {
            Actor a = c.actors().get(id);
            return new Named(id, a == null ? id : a.name(), false);
        }).toList());
        places.setAll(e.places().stream().map(id -> {
            Place p = c.places().get(id);
            return new Named(id, p == null ? id : p.name(), false);
        }).toList());
        citations.setAll(e.citations().stream().map(x -> {
            Source s = c.sources().get(x.sourceId());
            return new Cited(x.sourceId(), s == null ? x.sourceId() : s.title(), x.quote());
        }).toList());
        dirty.set(mode == Mode.DUPLICATE);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- actors, places, citations ------------------------------------------------------------------------------

    /**
     * Adds an actor by what was typed: the actor whose name or other spelling it is, or a new actor of that name.
     *
     * @return false when the text is empty or names an actor already chosen
     */
    public boolean addActor(String typed) {
        return addNamed(typed, actors, catalog.get().actors().values().stream()
                .filter(a -> sameWords(a.name(), typed) || a.aliases().stream().anyMatch(x -> sameWords(x, typed)))
                .findFirst().map(a -> new Named(a.id(), a.name(), false)), id -> catalog.get().actors()
                .containsKey(id), "actor");
    }

    /** Adds a place by what was typed, as {@link #addActor}. */
    public boolean addPlace(String typed) {
        return addNamed(typed, places, catalog.get().places().values().stream()
                .filter(p -> sameWords(p.name(), typed) || p.aliases().stream().anyMatch(x -> sameWords(x, typed)))
                .findFirst()
                .map(p -> new Named(p.id(), p.name(), false)), id -> catalog.get().places().containsKey(id), "place");
    }

    private boolean addNamed(String typed, ObservableList<Named> chosen, Optional<Named> known,
                             Predicate<String> idInStore, String fallback) {
        String name = emptyToNull(typed);
        if (name == null) {
            return false;
        }
        Named named = known.orElseGet(() -> new Named(Slug.unique(name, fallback,
                id -> idInStore.test(id) || chosen.stream().anyMatch(n -> n.id().equals(id))), name, true));
        if (chosen.stream().anyMatch(n -> n.id().equals(named.id()))) {
            return false;
        }
        chosen.add(named);
        return true;
    }

    private static boolean sameWords(String a, String b) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator.compare(a.strip(), b.strip()) == 0;
    }

    /** Every actor of the store by name, to choose from, in the interface language's order. */
    public List<Named> actorChoices() {
        return sorted(catalog.get().actors().values().stream().map(a -> new Named(a.id(), a.name(), false)).toList());
    }

    public List<Named> placeChoices() {
        return sorted(catalog.get().places().values().stream().map(p -> new Named(p.id(), p.name(), false)).toList());
    }

    /** The categories' names, to pick from; a name typed that is none of them creates a category. */
    public List<String> categoryChoices() {
        Collator order = Collator.getInstance(locale);
        return catalog.get().categories().values().stream().map(k -> k.label(locale)).sorted(order).toList();
    }

    /** The sources a quote can be taken from. */
    public List<Source> sourceChoices() {
        Collator order = Collator.getInstance(locale);
        return catalog.get().sources().values().stream().sorted(Comparator.comparing(Source::title, order)).toList();
    }

    private List<Named> sorted(List<Named> names) {
        Collator order = Collator.getInstance(locale);
        return names.stream().sorted(Comparator.comparing(Named::name, order)).toList();
    }

    /**
     * Adds the quote typed for the chosen source, once it is found verbatim in the source's body; otherwise says
     * why not ({@link #newQuoteErrorProperty}). The source's article is read if it is not yet.
     */
    public void addCitation() {
        Source source = newSource.get();
        String quote = newQuote.get() == null ? "" : newQuote.get().strip();
        if (source == null) {
            newQuoteError.set(messages.get("editor.citation.no-source"));
            return;
        }
        Optional<Violation> text = Rules.required("quote", quote);
        if (text.isPresent()) {
            newQuoteError.set(text.get().message(locale));
            return;
        }
        Article article = articles.get(source.id());
        if (article == null) {
            loadArticle(source.id(), this::addCitation);
            return;
        }
        Rules.QuoteCheck check = Rules.quote("quote", quote, source.id(), article);
        if (check.violation().isPresent()) {
            newQuoteError.set(check.violation().get().message(locale));
            return;
        }
        if (citations.stream().anyMatch(c -> c.sourceId().equals(source.id()) && c.quote().equals(quote))) {
            newQuoteError.set(Violation.of("citations", Rule.QUOTE_CITED_TWICE, source.id()).message(locale));
            return;
        }
        citations.add(new Cited(source.id(), source.title(), quote));
        newQuote.set("");
        newQuoteError.set(null);
    }

    /**
     * Adds quotes of one source (passages selected in the reader), each checked as one typed would be; a quote
     * already cited is left out.
     *
     * @return what was wrong with the first quote refused, or empty when all were added
     */
    public Optional<String> addQuotes(Source source, List<String> quotes) {
        if (!articles.containsKey(source.id())) {
            // Checked once the article is read.
            loadArticle(source.id(), () -> addQuotes(source, quotes));
            return Optional.empty();
        }
        Source before = newSource.get();
        String typed = newQuote.get();
        Optional<String> refused = Optional.empty();
        for (String quote : quotes) {
            if (citations.stream().anyMatch(c -> c.sourceId().equals(source.id()) && c.quote().equals(quote))) {
                continue;
            }
            newSource.set(source);
            newQuote.set(quote);
            addCitation();
            if (newQuoteError.get() != null && refused.isEmpty()) {
                refused = Optional.of(newQuoteError.get());
            }
        }
        newSource.set(before);
        newQuote.set(typed);
        refused.ifPresent(newQuoteError::set);
        return refused;
    }

    public void removeCitation(Cited cited) {
        citations.remove(cited);
    }

    private void loadArticle(String sourceId) {
        loadArticle(sourceId, () -> { });
    }

    private void loadArticle(String sourceId, Runnable then) {
        if (articles.containsKey(sourceId)) {
            then.run();
            return;
        }
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                return store.sourceDocument(sourceId).map(d -> d.article()).orElse(null);
            }
        }, article -> {
            if (article != null) {
                articles.put(sourceId, article);
                check();
                then.run();
            }
        }, failure -> newQuoteError.set(failure.getMessage()));
    }

    // ---- checking and saving --------------------------------------------------------------------------------------

    /** The event as typed, if it can be made; what is wrong with each field goes to its error property. */
    private Optional<Draft> check() {
        Map<String, String> found = new LinkedHashMap<>();
        Draft draft = draft(found);
        FIELDS.forEach(f -> errors.get(f).set(found.get(f)));
        valid.set(draft != null && found.isEmpty());
        return Optional.ofNullable(draft);
    }

    /** An event and what has to be created with it. */
    private record Draft(Event event, List<Change> created) {
    }

    private void report(Map<String, String> found, Violation v) {
        String field = v.field().contains("/") ? v.field().substring(0, v.field().indexOf('/')) : v.field();
        found.putIfAbsent(FIELDS.contains(field) ? field : "citations", v.message(locale));
    }

    private Draft draft(Map<String, String> found) {
        Catalog c = catalog.get();
        String t = emptyToNull(title.get());
        String s = emptyToNull(summary.get());
        Rules.required("title", t).ifPresent(v -> report(found, v));
        Rules.required("summary", s).ifPresent(v -> report(found, v));
        EdtfDate when = null;
        DateInput.Result read = DateInput.read(nullToEmpty(date.get()));
        if (read.isDate()) {
            when = read.date().orElseThrow();
            dateShown.set(when + " — " + DatePhrase.describe(when, locale));
            // Said as soon as it is typed, whatever else is still missing: a year the timeline cannot draw.
            Rules.date("date", when.toString()).ifPresent(v -> report(found, v));
        } else {
            found.put("date", read.problem().orElseThrow().message(locale));
            dateShown.set("");
        }
        List<Change> created = new ArrayList<>();
        String categoryId = category(emptyToNull(category.get()), c, created, found);
        List<String> tagList = Arrays.stream(nullToEmpty(tags.get()).split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
        List<Violation> tagProblems = new ArrayList<>();
        Rules.values("tags", tagList, tagProblems);
        tagProblems.forEach(v -> report(found, v));
        for (Named a : actors) {
            if (a.isNew()) {
                Optional<Violation> name = Rules.required("name", a.name());
                if (name.isPresent()) {
                    found.putIfAbsent("actors", name.get().message(locale));
                } else {
                    created.add(new Change.OfActor(null, new Actor(a.id(), a.name(), List.of(), null)));
                }
            }
        }
        for (Named p : places) {
            if (p.isNew()) {
                Optional<Violation> name = Rules.required("name", p.name());
                if (name.isPresent()) {
                    found.putIfAbsent("places", name.get().message(locale));
                } else {
                    created.add(new Change.OfPlace(null, new Place(p.id(), p.name(), List.of(), null)));
                }
            }
        }
        if (citations.isEmpty()) {
            report(found, Violation.of("citations", Rule.NO_CITATION));
        }
        if (t == null || s == null || when == null || categoryId == null || citations.isEmpty()) {
            return null;
        }
        String id = mode == Mode.EDIT ? original.id() : Slug.unique(when.toString().replace("[", "")
                .replace("..", "-").replace("]", "") + " " + t, "event", eventIdTaken);
        Event event;
        try {
            event = new Event(id, t, emptyToNull(titleEn.get()), s, when, emptyToNull(displayDate.get()), categoryId,
                    actors.stream().map(Named::id).toList(), places.stream().map(Named::id).toList(), tagList,
                    citations.stream().map(x -> new Citation(x.sourceId(), x.quote())).toList(),
                    emptyToNull(note.get()));
        } catch (IllegalArgumentException e) {
            found.putIfAbsent("title", e.getMessage());
            return null;
        }
        Rules.EventCheck check = Rules.event(event, new Rules.References() {
            @Override
            public boolean hasActor(String actor) {
                return c.actors().containsKey(actor) || actors.stream().anyMatch(n -> n.isNew() && n.id().equals(actor));
            }

            @Override
            public boolean hasPlace(String place) {
                return c.places().containsKey(place) || places.stream().anyMatch(n -> n.isNew() && n.id().equals(place));
            }

            @Override
            public boolean hasCategory(String k) {
                return true;
            }

            @Override
            public Article article(String sourceId) {
                return articles.get(sourceId);
            }
        });
        for (Violation v : check.violations()) {
            if (v.rule() == Rule.UNKNOWN_REFERENCE && v.field().contains("/source")
                    && c.sources().containsKey(v.args().get(1))) {
                // A source of the store whose article is still being read: checked again once it is.
                valid.set(false);
                found.putIfAbsent("citations", messages.get("editor.citation.reading"));
                continue;
            }
            report(found, v);
        }
        return new Draft(event, created);
    }

    /** The category picked or typed: one of the store's, by its name or id, or a new one of that name. */
    private String category(String typed, Catalog c, List<Change> created, Map<String, String> found) {
        if (typed == null) {
            found.put("category", Violation.of("category", Rule.EMPTY, "category").message(locale));
            return null;
        }
        // The event's own category first, then a name written exactly so, then one that differs only in case
        // or accents: two categories whose names are that close never swap an event between them.
        if (original != null) {
            Category own = c.categories().get(original.category());
            if (own != null && (typed.equals(own.label()) || typed.equals(own.labelEn()))) {
                return own.id();
            }
        }
        for (Category k : c.categories().values()) {
            if (typed.equals(k.label()) || typed.equals(k.labelEn()) || k.id().equals(typed)) {
                return k.id();
            }
        }
        for (Category k : c.categories().values()) {
            if (sameWords(k.label(), typed) || k.labelEn() != null && sameWords(k.labelEn(), typed)) {
                return k.id();
            }
        }
        Optional<Violation> label = Rules.required("label", typed);
        if (label.isPresent()) {
            found.put("category", label.get().message(locale));
            return null;
        }
        String id = Slug.unique(typed, "category", c.categories()::containsKey);
        List<String> colors = c.categories().values().stream().map(Category::color).toList();
        created.add(new Change.OfCategory(null, new Category(id, typed, null, Category.freeColor(id, colors))));
        return id;
    }

    /**
     * The change that saves the event as typed, with the category, actors and places it creates, named for the Edit
     * menu; empty while a field is wrong.
     */
    public Optional<Edit> save() {
        Optional<Draft> checked = check();
        if (!valid.get() || checked.isEmpty() || gone) {
            return Optional.empty();
        }
        Draft d = checked.get();
        Event event = d.event();
        List<Change> parts = new ArrayList<>(d.created());
        parts.add(mode == Mode.EDIT ? Change.edit(original, event) : Change.create(event));
        Change change = parts.size() == 1 ? parts.get(0) : new Change.Several(parts);
        Edit.Kind kind = switch (mode) {
            case CREATE -> Edit.Kind.CREATE_EVENT;
            case EDIT -> Edit.Kind.EDIT_EVENT;
            case DUPLICATE -> Edit.Kind.DUPLICATE_EVENT;
        };
        return Optional.of(new Edit(kind, event.title(), change));
    }

    /** The id the event will have once saved: its own when edited, a new one otherwise (empty while none). */
    public Optional<String> eventId() {
        return check().map(d -> d.event().id());
    }

    /** The store refused the event: its reason, said at the fields it names or at the top. */
    public void refused(Throwable reason) {
        if (reason instanceof org.sourceline.store.RefusedChangeException refusal
                && refusal.reason() == org.sourceline.store.RefusedChangeException.Reason.INVALID) {
            Map<String, String> found = new LinkedHashMap<>();
            refusal.violations().forEach(v -> report(found, v));
            found.forEach((f, m) -> errors.get(f).set(m));
            problem.set(messages.get("editor.refused"));
        } else {
            problem.set(reason.getMessage());
        }
    }

    public Mode mode() {
        return mode;
    }

    public Locale locale() {
        return locale;
    }

    public Event original() {
        return original;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty displayDateProperty() {
        return displayDate;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ObservableList<Named> actors() {
        return actors;
    }

    public ObservableList<Named> places() {
        return places;
    }

    public ObservableList<Cited> citations() {
        return citations;
    }

    public ObjectProperty<Source> newSourceProperty() {
        return newSource;
    }

    public StringProperty newQuoteProperty() {
        return newQuote;
    }

    /** What is wrong with a field ({@link #FIELDS}), in the interface language; null when nothing is. */
    public ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) {
            throw new IllegalArgumentException("no field " + field);
        }
        return error.getReadOnlyProperty();
    }

    public String error(String field) {
        return errorProperty(field).get();
    }

    public ReadOnlyStringProperty newQuoteErrorProperty() {
        return newQuoteError.getReadOnlyProperty();
    }

    /** The words of the article a suggested date was read from, or null. */
    public ReadOnlyStringProperty dateFromProperty() {
        return dateFrom.getReadOnlyProperty();
    }

    /** The date as read: its EDTF and its precision in words; empty while it cannot be read. */
    public ReadOnlyStringProperty dateShownProperty() {
        return dateShown.getReadOnlyProperty();
    }

    /** True when every field is right: the event can be saved. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True once the store's catalog is read and the fields filled. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Why the event cannot be loaded or was not saved; null when nothing went wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }
}
