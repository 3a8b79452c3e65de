package org.sourceline.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Actor;
import org.sourceline.model.Category;
import org.sourceline.model.Event;
import org.sourceline.model.Place;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;

/** The event the detail pane shows, loaded from the store in the background. */
public final class DetailViewModel {
    private final Background background;
    private final StoreAccess storeAccess;
    private final Locale locale;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<EventDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    /**
     * Counts requests, so that an answer for an event the user has since moved away from is dropped: with quick
     * clicks on the timeline, answers need not arrive in the order they were asked for.
     */
    private long request;

    public DetailViewModel(Background background, StoreAccess storeAccess, Locale locale) {
        this.background = Objects.requireNonNull(background, "background");
        this.storeAccess = Objects.requireNonNull(storeAccess, "storeAccess");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Messages.of(locale);
    }

    /**
     * Loads the event with this id. What was shown stays until the answer comes, so that moving from one event to
     * the next does not flash an empty pane.
     */
    public void show(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        long mine = ++request;
        loading.set(true);
        background.run(() -> load(eventId), loaded -> {
            if (mine != request) {
                return;
            }
            loading.set(false);
            if (loaded == null) {
                details.set(null);
                error.set(messages.get("detail.not-found", eventId));
            } else {
                error.set(null);
                details.set(loaded);
            }
        }, failure -> {
            if (mine != request) {
                return;
            }
            loading.set(false);
            details.set(null);
            error.set(messages.get("detail.failed", failure.getMessage()));
        });
    }

    /** Shows nothing, and drops any answer still on its way. */
    public void clear() {
        request++;
        loading.set(false);
        error.set(null);
        details.set(null);
    }

    /** Runs on the background thread. */
    private EventDetails load(String eventId) throws Exception {
        try (Store store = storeAccess.open()) {
            Event event = store.event(eventId).orElse(null);
            if (event == null) {
                return null;
            }
            List<CitedPassage> passages = store.passagesOf(eventId);
            Map<String, Actor> actors = store.actorsById();
            Map<String, Place> places = store.placesById();
            List<String> actorNames = new ArrayList<>();
            for (String id : event.actors()) {
                Actor actor = actors.get(id);
                actorNames.add(actor == null ? id : actor.name());
            }
            List<String> placeNames = new ArrayList<>();
            for (String id : event.places()) {
                Place place = places.get(id);
                placeNames.add(place == null ? id : place.name());
            }
            Category category = store.categoriesById().get(event.category());
            return new EventDetails(event, passages, actorNames, placeNames,
                    category == null ? event.category() : category.label(locale));
        }
    }

    /** The event shown, or null when none is (nothing chosen yet, or it could not be loaded). */
    public ReadOnlyObjectProperty<EventDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public EventDetails details() {
        return details.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** Why the last request failed, in the interface language; null when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    public Locale locale() {
        return locale;
    }
}
