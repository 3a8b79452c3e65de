package org.sourceline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sourceline.app.TimelineData;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Change;
import org.sourceline.store.RefusedChangeException;
import org.sourceline.store.Store;
import org.sourceline.ui.edit.Edit;
import org.sourceline.ui.edit.EditHistory;

/**
 * What one window holds and does, apart from how it looks: the store it works on (one session, used from the
 * background thread only), every event of it as the timeline shows them, the event selected, the places visited,
 * and the history of the changes made, with undo and redo. Every change goes through {@link #apply}: written to
 * the store in one transaction, then, once the store took it, laid over the events in memory and told to whoever
 * listens (the detail pane, the reader, the search), so that a million events are never loaded again for one edit.
 */
public final class WindowModel {
    /** A place the user has been: an event, or a passage of a source. */
    public sealed interface Visit permits EventVisit, SourceVisit {
    }

    public record EventVisit(String eventId) implements Visit {
    }

    public record SourceVisit(String sourceId, int start, int end, String eventId) implements Visit {
    }

    private final Background background;
    private final StoreSession session;
    private final Locale locale;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<TimelineData> events =
            new ReadOnlyObjectWrapper<>(this, "events", TimelineData.EMPTY);
    private final StringProperty selectedEventId = new SimpleStringProperty(this, "selectedEventId");
    private final ReadOnlyStringWrapper storeName = new ReadOnlyStringWrapper(this, "storeName", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    /** Shared by the window in every language: a write under way in one is under way in the other. */
    private final ReadOnlyBooleanWrapper busy;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final EditHistory edits;
    private final NavigationHistory<Visit> visits;
    private final List<Consumer<Change>> changeListeners = new ArrayList<>();
    /** Shared by the window in every language, as the store session is. */
    private final org.sourceline.ui.search.SearchIndexBuild searchIndex;

    public WindowModel(Background background, StoreAccess storeAccess, Locale locale) {
        this(background, storeAccess instanceof StoreSession s ? s : new StoreSession(storeAccess), locale,
                new EditHistory(), new NavigationHistory<>(), new ReadOnlyBooleanWrapper(null, "busy"), null);
    }

    private WindowModel(Background background, StoreSession session, Locale locale, EditHistory edits,
                        NavigationHistory<Visit> visits, ReadOnlyBooleanWrapper busy,
                        org.sourceline.ui.search.SearchIndexBuild searchIndex) {
        this.background = Objects.requireNonNull(background, "background");
        this.session = session;
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Messages.of(locale);
        this.edits = edits;
        this.visits = visits;
        this.busy = busy;
        this.searchIndex = searchIndex != null ? searchIndex : new org.sourceline.ui.search.SearchIndexBuild(
                Background.singleThread("sourceline-search-index"), javafx.application.Platform::runLater, session);
    }

    /**
     * The same window's work in another language: the same store session, the same history of changes to undo and
     * the same places visited, so that switching the language loses none of them.
     */
    public WindowModel inLanguage(Locale other) {
        return new WindowModel(background, session, other, edits, visits, busy, searchIndex);
    }

    /** The store every pane of the window reads: the one session, borrowed on the background thread. */
    public StoreAccess store() {
        return session;
    }

    public Background background() {
        return background;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Loads every event of the store in the background.
     *
     * @return completed on the JavaFX thread once the events are shown, or with the reason they cannot be
     */
    public CompletableFuture<TimelineData> load() {
        CompletableFuture<TimelineData> done = new CompletableFuture<>();
        background.run(() -> {
            try (Store store = session.open()) {
                return new Loaded(store.location(), TimelineData.load(store, locale));
            }
        }, result -> {
            storeName.set(result.name());
            events.set(result.data());
            loaded.set(true);
            done.complete(result.data());
        }, done::completeExceptionally);
        return done;
    }

    private record Loaded(String name, TimelineData data) {
    }

    /**
     * Applies a change made in the window and records it, to undo. The store takes it whole or refuses it whole;
     * only once it took it do the events in memory change.
     *
     * @return completed on the JavaFX thread once applied, or failed with the store's reason (a
     *         {@link RefusedChangeException} says which rule or which event)
     */
    public CompletableFuture<Void> apply(Edit edit) {
        return write(edit.change(), () -> {
            edits.done(edit);
            notice.set(messages.get("status.edit.done", edit.describe(messages)));
        });
    }

    /**
     * Records a change the store has already taken (an import, written as it was read), so that it can be undone
     * like any other, and lays it over the events.
     */
    public void applied(Edit edit) {
        edits.done(edit);
        changed(edit.change());
    }

    /** Undoes the last change still done, if any: applies its inverse. */
    public CompletableFuture<Void> undo() {
        return edits.toUndo().map(edit -> write(edit.change().inverse(), () -> {
            edits.undone(edit);
            notice.set(messages.get("status.edit.undone", edit.describe(messages)));
        }).whenComplete((ok, failure) -> {
            if (failure instanceof RefusedChangeException) {
                // The store holds something else than what the step left: it no longer undoes cleanly.
                edits.dropUndo();
            }
        })).orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    /** Redoes the last change undone, if any. */
    public CompletableFuture<Void> redo() {
        return edits.toRedo().map(edit -> write(edit.change(), () -> {
            edits.redone(edit);
            notice.set(messages.get("status.edit.redone", edit.describe(messages)));
        }).whenComplete((ok, failure) -> {
            if (failure instanceof RefusedChangeException) {
                edits.dropRedo();
            }
        })).orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    /**
     * Marks the start of a write made outside {@link #apply} (an import): changes, undo and redo wait for its end.
     *
     * @return false, and nothing marked, when a write is already under way
     */
    public boolean beginWrite() {
        if (busy.get()) {
            notice.set(messages.get("status.edit.busy"));
            return false;
        }
        busy.set(true);
        return true;
    }

    /** The write begun by {@link #beginWrite} is over. */
    public void endWrite() {
        busy.set(false);
    }

    private CompletableFuture<Void> write(Change change, Runnable record) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (busy.get()) {
            notice.set(messages.get("status.edit.busy"));
            done.completeExceptionally(new IllegalStateException(messages.get("status.edit.busy")));
            return done;
        }
        busy.set(true);
        background.run(() -> {
            try (Store store = session.open()) {
                store.apply(change);
            }
            return change;
        }, applied -> {
            busy.set(false);
            changed(applied);
            // Recorded last: what it says in the status bar comes after the panes have followed the change.
            record.run();
            done.complete(null);
        }, failure -> {
            busy.set(false);
            notice.set(Refusals.describe(failure, messages));
            done.completeExceptionally(failure);
        });
        return done;
    }

    /**
     * The events in memory follow a change the store took. The one event a change creates or changes is selected,
     * so that what was done (or undone) is in view; a deleted event selected is no longer selected.
     */
    private void changed(Change change) {
        TimelineData now = events.get().withChange(change);
        events.set(now);
        List<Change.OfEvent> touched = change.parts().stream().filter(p -> p instanceof Change.OfEvent)
                .map(p -> (Change.OfEvent) p).toList();
        String selected = selectedEventId.get();
        if (touched.size() == 1 && touched.get(0).after() != null) {
            selectedEventId.set(touched.get(0).after().id());
        } else if (selected != null && now.indexOf(selected) < 0) {
            selectedEventId.set(null);
        }
        for (Consumer<Change> listener : List.copyOf(changeListeners)) {
            listener.accept(change);
        }
    }

    /** Says something in the status bar: what went wrong with a command, say. */
    public void tell(String message) {
        notice.set(message);
    }

    /** Called on the JavaFX thread with each change the store took, after the events in memory follow it. */
    public void onChange(Consumer<Change> listener) {
        changeListeners.add(listener);
    }

    /** Every event of the store, as the timeline shows them before any filter. */
    public ReadOnlyObjectProperty<TimelineData> eventsProperty() {
        return events.getReadOnlyProperty();
    }

    public TimelineData events() {
        return events.get();
    }

    /** The event the panes show; null for none. */
    public StringProperty selectedEventIdProperty() {
        return selectedEventId;
    }

    public String selectedEventId() {
        return selectedEventId.get();
    }

    /** Where the store is, as the status bar names it. */
    public ReadOnlyStringProperty storeNameProperty() {
        return storeName.getReadOnlyProperty();
    }

    /** What the last change, undo or refusal was, for the status bar; null until one happens. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a change is being written: edit, undo and redo wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the store's events are shown. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public EditHistory edits() {
        return edits;
    }

    /** The places visited, for Back and Forward. */
    public NavigationHistory<Visit> visits() {
        return visits;
    }

    public Messages messages() {
        return messages;
    }

    /** The search index's build behind the timeline, and how far it is. */
    public org.sourceline.ui.search.SearchIndexBuild searchIndex() {
        return searchIndex;
    }

    /** Closes the store, on the thread that uses it, once the work queued before is done. */
    public void close() {
        searchIndex.stop();
        background.run(() -> {
            session.close();
            return null;
        }, done -> { }, failure -> { });
    }
}
