package org.sourceline.ui.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.sourceline.i18n.Messages;
import org.sourceline.model.DateQuery;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EventFilter;
import org.sourceline.model.SearchQuery;
import org.sourceline.store.EventRow;
import org.sourceline.store.SearchHit;
import org.sourceline.store.SearchIndexState;
import org.sourceline.store.SearchNotReadyException;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;
import org.sourceline.ui.Texts;
import org.sourceline.app.TimelineData;

/**
 * Search and filters: what the person typed and chose, and what follows from it — the events the timeline shows
 * (those that pass the filters), the ones the search found among them, and the best answers as a list. Every
 * question goes to the store in the background; an answer that arrives after a newer question was asked is dropped.
 */
public final class SearchViewModel {
    /** The results list holds the best answers only: enough to choose from, never the whole store. */
    public static final int PAGE = 50;

    /** A value to choose in a filter, with the words shown for it. */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A result as the list shows it: what it is, when, and where the words were found. */
    public record Result(SearchHit hit, String heading, String date, String where) {
    }

    private final Background background;
    private final StoreAccess storeAccess;
    private final Locale locale;
    private final Messages messages;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty fromText = new SimpleStringProperty(this, "fromText", "");
    private final StringProperty toText = new SimpleStringProperty(this, "toText", "");
    private final ObservableSet<String> categories = FXCollections.observableSet();
    private final ObservableSet<String> actors = FXCollections.observableSet();
    private final ObservableSet<String> places = FXCollections.observableSet();
    private final ObservableSet<String> sources = FXCollections.observableSet();

    private final ObservableList<Choice> categoryChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> actorChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> placeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> sourceChoices = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<TimelineData> shownData =
            new ReadOnlyObjectWrapper<>(this, "shownData", TimelineData.EMPTY);
    private final ReadOnlyObjectWrapper<Set<String>> matches = new ReadOnlyObjectWrapper<>(this, "matches");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final ObservableList<Result> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper fromInvalid = new ReadOnlyBooleanWrapper(this, "fromInvalid");
    private final ReadOnlyBooleanWrapper toInvalid = new ReadOnlyBooleanWrapper(this, "toInvalid");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    /** How far the search index is, while a search waits for it; null when the search was answered. */
    private final ReadOnlyObjectWrapper<SearchIndexState> waitingForIndex =
            new ReadOnlyObjectWrapper<>(this, "waitingForIndex");
    private final ReadOnlyObjectWrapper<SearchIndexState> indexState =
            new ReadOnlyObjectWrapper<>(this, "indexState", SearchIndexState.WHOLE);
    /** Why the index cannot be built now, or null: a search that waits for it then says so. */
    private final ReadOnlyStringWrapper indexFailure = new ReadOnlyStringWrapper(this, "indexFailure");

    private TimelineData all = TimelineData.EMPTY;
    /** The events that pass the filters, or null when no filter is in force. */
    private Set<String> passing;
    /** The events {@link #shownData} was cut from. */
    private TimelineData shownFrom;
    /** Counts questions, so that only the answer to the latest one is shown. */
    private long question;

    public SearchViewModel(Background background, StoreAccess storeAccess, Locale locale) {
        this.background = Objects.requireNonNull(background, "background");
        this.storeAccess = Objects.requireNonNull(storeAccess, "storeAccess");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Messages.of(locale);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Takes every event of the store, as the window loaded them, and loads the names to choose from in the
     * filters. What is shown is brought up to date with the search and filters in force.
     */
    public void setEvents(TimelineData events) {
        all = Objects.requireNonNull(events, "events");
        Collator order = Collator.getInstance(locale);
        categoryChoices.setAll(events.categories().stream()
                .map(c -> new Choice(c, events.categoryLabel(c)))
                .sorted(Comparator.comparing(Choice::label, order)).toList());
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                List<List<Choice>> lists = new ArrayList<>();
                lists.add(store.actorsById().values().stream().map(a -> new Choice(a.id(), a.name()))
                        .sorted(Comparator.comparing(Choice::label, order)).toList());
                lists.add(store.placesById().values().stream().map(p -> new Choice(p.id(), p.name()))
                        .sorted(Comparator.comparing(Choice::label, order)).toList());
                lists.add(store.sourcesById().values().stream()
                        .map(s -> new Choice(s.id(), shorten(s.title(), 70))).toList());
                return lists;
            }
        }, lists -> {
            actorChoices.setAll(lists.get(0));
            placeChoices.setAll(lists.get(1));
            sourceChoices.setAll(lists.get(2));
        }, failure -> error.set(failure.getMessage()));
        refresh();
    }

    /**
     * Takes the store's events again after a change made in the window: what is shown follows at once when no
     * search or filter is in force (the timeline then moves what it drew rather than drawing anew), or once the
     * store has answered the search again. The names to choose from in the filters are read again only when the
     * change touched them.
     */
    public void eventsChanged(TimelineData events, boolean namesChanged) {
        if (namesChanged) {
            setEvents(events);
            return;
        }
        all = Objects.requireNonNull(events, "events");
        Collator order = Collator.getInstance(locale);
        List<Choice> categories = events.categories().stream()
                .map(c -> new Choice(c, events.categoryLabel(c)))
                .sorted(Comparator.comparing(Choice::label, order)).toList();
        if (!categories.equals(categoryChoices)) {
            // Only when they differ: setting the same choices again would clear what is checked among them.
            categoryChoices.setAll(categories);
        }
        refresh();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    /**
     * Asks the store again for what the search and filters in force give. The view calls it when the person
     * pauses typing or changes a filter, so that typing never waits for the store.
     */
    public void refresh() {
        refresh(() -> { });
    }

    /** As {@link #refresh()}, then runs {@code then} once the answer is shown; not if a newer question comes. */
    public void refresh(Runnable then) {
        long mine = ++question;
        EventFilter filter = filter();
        SearchQuery query = SearchQuery.of(text.get(), filter);
        TimelineData base = all;
        active.set(!filter.isEmpty() || !query.terms().isEmpty() || !isBlank(fromText.get()) || !isBlank(toText.get()));
        if (filter.isEmpty() && query.terms().isEmpty()) {
            // Nothing to ask: everything is shown and nothing is dimmed, at once.
            apply(new Answer(null, base, null, List.of(), null), base);
            then.run();
            return;
        }
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                Set<String> pass = filter.isEmpty() ? null : store.eventIdsPassing(filter);
                TimelineData shown = pass == null ? base : base.only(pass::contains);
                if (query.terms().isEmpty()) {
                    return new Answer(pass, shown, null, List.of(), null);
                }
                try {
                    return new Answer(pass, shown, store.matchingEventIds(query), store.search(query, PAGE), null);
                } catch (SearchNotReadyException e) {
                    // Never a partial list: the search is asked again once the index is whole.
                    return new Answer(pass, shown, null, List.of(), e.state());
                }
            }
        }, answer -> {
            if (mine == question) {
                apply(answer, base);
                then.run();
            }
        }, failure -> {
            if (mine == question) {
                error.set(messages.get("search.failed", failure.getMessage()));
            }
        });
    }

    /**
     * @param shown     the events that pass, taken out of the base data off the JavaFX thread (a million ids)
     * @param notReady  how far the search index was, when it could not answer yet; null when it answered
     */
    private record Answer(Set<String> passing, TimelineData shown, Set<String> matches, List<SearchHit> hits,
                          SearchIndexState notReady) {
    }

    /**
     * How far the search index's build is: a search that waits for it shows the progress, and is asked again once
     * the index is whole.
     */
    public void indexStateChanged(SearchIndexState state) {
        indexState.set(state);
        if (waitingForIndex.get() == null) {
            return;
        }
        if (state.whole()) {
            refresh();
        } else {
            waitingForIndex.set(state);
        }
    }

    private void apply(Answer answer, TimelineData base) {
        error.set(null);
        waitingForIndex.set(answer.notReady());
        // A new set of events only when it changed: the timeline then keeps its lanes and layout as one types.
        if (base != shownFrom || !Objects.equals(answer.passing(), passing)) {
            passing = answer.passing();
            shownFrom = base;
            shownData.set(answer.shown());
        }
        matches.set(answer.matches());
        results.setAll(answer.hits().stream().map(this::describe).toList());
        updateSummary();
    }

    private void updateSummary() {
        int total = all.size();
        if (passing == null && matches.get() == null) {
            summary.set(messages.plural("search.summary", total, total));
            return;
        }
        int n = matches.get() != null ? matches.get().size() : shownData.get().size();
        summary.set(messages.plural("search.summary.filtered", total, n, total));
    }

    private Result describe(SearchHit hit) {
        if (hit.kind() == SearchHit.Kind.EVENT) {
            int i = all.indexOf(hit.ref());
            String heading = i >= 0 ? all.items().get(i).label() : hit.title();
            String date = i >= 0 ? dateOf(all.rows().get(i)) : "";
            String where = switch (hit.field()) {
                case TITLE -> messages.get("search.result.where.title");
                case ACTOR -> messages.get("search.result.where.actor", hit.fieldText());
                case PLACE -> messages.get("search.result.where.place", hit.fieldText());
                case QUOTE -> messages.get("search.result.where.quote");
                default -> messages.get("search.result.where.summary");
            };
            return new Result(hit, heading, date, where);
        }
        String where;
        if (hit.field() == SearchHit.Field.SOURCE_TITLE) {
            where = messages.get("search.result.where.article-title");
        } else {
            int i = all.indexOf(hit.eventId());
            where = i >= 0 ? messages.get("search.result.where.article-text.cited", all.items().get(i).label())
                    : messages.get("search.result.where.article-text");
        }
        return new Result(hit, hit.title(), "", where);
    }

    private String dateOf(EventRow row) {
        return Texts.date(row.date(), row.displayDate(), locale);
    }

    /** The filters as chosen; a date that cannot be read is left out, and flagged. */
    public EventFilter filter() {
        EdtfDate from = readDate(fromText.get(), fromInvalid);
        EdtfDate to = readDate(toText.get(), toInvalid);
        return new EventFilter(categories, actors, places, sources, from, to);
    }

    private static EdtfDate readDate(String typed, ReadOnlyBooleanWrapper invalid) {
        if (isBlank(typed)) {
            invalid.set(false);
            return null;
        }
        var date = DateQuery.parse(typed);
        invalid.set(date.isEmpty());
        return date.orElse(null);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Clears the search and every filter, and shows everything again. */
    public void clear() {
        text.set("");
        fromText.set("");
        toText.set("");
        categories.clear();
        actors.clear();
        places.clear();
        sources.clear();
        refresh();
    }

    /**
     * Which events an export should hold: those shown that the search found (all shown when there is no
     * search). A copy: later changes to the search do not change an export under way.
     */
    public Predicate<String> exportFilter() {
        Set<String> pass = passing == null ? null : Set.copyOf(passing);
        Set<String> found = matches.get() == null ? null : Set.copyOf(matches.get());
        if (pass == null && found == null) {
            return id -> true;
        }
        return id -> (pass == null || pass.contains(id)) && (found == null || found.contains(id));
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    public StringProperty toTextProperty() {
        return toText;
    }

    public ObservableSet<String> categories() {
        return categories;
    }

    public ObservableSet<String> actors() {
        return actors;
    }

    public ObservableSet<String> places() {
        return places;
    }

    public ObservableSet<String> sources() {
        return sources;
    }

    public ObservableList<Choice> categoryChoices() {
        return categoryChoices;
    }

    public ObservableList<Choice> actorChoices() {
        return actorChoices;
    }

    public ObservableList<Choice> placeChoices() {
        return placeChoices;
    }

    public ObservableList<Choice> sourceChoices() {
        return sourceChoices;
    }

    /** Every event of the store that passes the filters: what the timeline, the overview and exports hold. */
    public ReadOnlyObjectProperty<TimelineData> shownDataProperty() {
        return shownData.getReadOnlyProperty();
    }

    public TimelineData shownData() {
        return shownData.get();
    }

    /** The shown events the search found; null when nothing is searched for. */
    public ReadOnlyObjectProperty<Set<String>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public Set<String> matches() {
        return matches.get();
    }

    /** The best answers, most relevant first: events and passages of articles. */
    public ObservableList<Result> results() {
        return resultsView;
    }

    /** "13 événements", or with a search or filters in force "5 sur 13 événements". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String summary() {
        return summary.get();
    }

    /** True while a search or a filter is in force. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fromInvalidProperty() {
        return fromInvalid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty toInvalidProperty() {
        return toInvalid.getReadOnlyProperty();
    }

    /** Why the search index's build stopped short, or null once it goes on or is done. */
    public void indexFailed(String why) {
        indexFailure.set(why);
    }

    /** Why the search index cannot be built now, or null. */
    public ReadOnlyStringProperty indexFailureProperty() {
        return indexFailure.getReadOnlyProperty();
    }

    /** How far the search index is, as its build last said. */
    public ReadOnlyObjectProperty<SearchIndexState> indexStateProperty() {
        return indexState.getReadOnlyProperty();
    }

    /** How far the search index is while the search in force waits for it; null once it is answered. */
    public ReadOnlyObjectProperty<SearchIndexState> waitingForIndexProperty() {
        return waitingForIndex.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }
}
