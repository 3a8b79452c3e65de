package org.sourceline.ui.edit;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Change;
import org.sourceline.model.Citation;
import org.sourceline.model.Event;
import org.sourceline.model.Passage;
import org.sourceline.model.Source;
import java.util.List;
import org.sourceline.store.Store;
import org.sourceline.ui.WindowModel;
import org.sourceline.ui.detail.DetailPane;

/**
 * Creating, editing, duplicating and deleting events from the window: the editor takes the detail pane's place in
 * the side pane (the article stays readable below it), and every change goes through the window's model, to be
 * undone. Deleting asks nothing: Undo brings the event back.
 */
public final class EventEditing {
    private final WindowModel model;
    private final StackPane side;
    private final DetailPane detail;
    private final Supplier<Window> owner;
    private final Runnable reveal;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private EventEditor editor;
    private Runnable newSource = () -> { };
    /** True while the editor's own change is being written: it is not a change made elsewhere. */
    private boolean savingOwn;

    /**
     * @param side   where the detail pane is, and where the editor goes over it
     * @param reveal brings the side pane's event tab forward
     */
    public EventEditing(WindowModel model, StackPane side, DetailPane detail, Supplier<Window> owner,
                        Runnable reveal) {
        this.model = model;
        this.side = side;
        this.detail = detail;
        this.owner = owner;
        this.reveal = reveal;
        this.messages = model.messages();
        // A source, actor, place or category added or changed meanwhile: the editor's choices follow.
        model.onChange(change -> {
            if (editor == null) {
                return;
            }
            if (change.parts().stream().anyMatch(p -> !(p instanceof Change.OfEvent))) {
                editor.model().catalogChanged();
            }
            Event edited = editor.model().original();
            if (!savingOwn && edited != null && editor.model().mode() == EventEditorViewModel.Mode.EDIT) {
                // The event edited changed elsewhere (an undo, a merge): the editor follows it.
                change.parts().stream().filter(p -> p instanceof Change.OfEvent c && c.id().equals(edited.id()))
                        .map(p -> (Change.OfEvent) p).reduce((a, b) -> b)
                        .ifPresent(c -> editor.model().rebase(c.after()));
            }
        });
    }

    /** What the editor's "New source…" does: opens the form for a new source beside it. */
    public void setOnNewSource(Runnable action) {
        newSource = action == null ? () -> { } : action;
    }

    /** Opens the editor on a new event. */
    public void create() {
        open(EventEditorViewModel.Mode.CREATE, null);
    }

    /**
     * Opens the editor on a new event citing passages of an article (selected in the reader), with a date found
     * in them, if any.
     *
     * @param date   the date to start from, or null
     * @param phrase the words it was read from, or null
     */
    public boolean createFrom(Source source, List<Passage> passages, String date, String phrase) {
        if (!open(EventEditorViewModel.Mode.CREATE, null, vm -> vm.prefill(passages.stream()
                .map(p -> new Citation(source.id(), p.text())).toList(), date, phrase))) {
            return false;
        }
        warnIfNotUnique(passages);
        return true;
    }

    /**
     * Cites passages of an article for the event being written, when the editor is open; else for the event
     * selected, at once (one change, undone as one).
     */
    public void cite(Source source, List<Passage> passages) {
        if (passages.isEmpty()) {
            return;
        }
        warnIfNotUnique(passages);
        List<String> quotes = passages.stream().map(Passage::text).toList();
        if (editor != null) {
            editor.model().addQuotes(source, quotes).ifPresent(model::tell);
            return;
        }
        withSelected(event -> {
            List<Citation> more = new java.util.ArrayList<>(event.citations());
            for (String quote : quotes) {
                Citation c = new Citation(source.id(), quote);
                if (!more.contains(c)) {
                    more.add(c);
                }
            }
            if (more.size() == event.citations().size()) {
                return;
            }
            Event after = new Event(event.id(), event.title(), event.titleEn(), event.summary(), event.date(),
                    event.displayDate(), event.category(), event.actors(), event.places(), event.tags(), more,
                    event.note());
            model.apply(new Edit(Edit.Kind.CITE, event.title(), Change.edit(event, after)));
        });
    }

    private void warnIfNotUnique(List<Passage> passages) {
        if (passages.stream().anyMatch(p -> !p.unique())) {
            model.tell(messages.get("reader.passage.not-unique"));
        }
    }

    /** Opens the editor on the selected event. */
    public void editSelected() {
        withSelected(event -> open(EventEditorViewModel.Mode.EDIT, event));
    }

    /** Opens the editor on a copy of the selected event, under an id of its own. */
    public void duplicateSelected() {
        withSelected(event -> open(EventEditorViewModel.Mode.DUPLICATE, event));
    }

    /** Deletes the selected event, at once: Undo brings it back. */
    public CompletableFuture<Void> deleteSelected() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        withSelected(event -> model.apply(new Edit(Edit.Kind.DELETE_EVENT, event.title(), Change.delete(event)))
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        done.completeExceptionally(failure);
                    } else {
                        done.complete(null);
                    }
                }));
        return done;
    }

    /** Reads the selected event in the background, then does something with it on the JavaFX thread. */
    private void withSelected(java.util.function.Consumer<Event> then) {
        String id = model.selectedEventId();
        if (id == null) {
            return;
        }
        model.background().run(() -> {
            try (Store store = model.store().open()) {
                return store.event(id);
            }
        }, found -> found.ifPresent(then), failure -> model.tell(failure.getMessage()));
    }

    private void open(EventEditorViewModel.Mode mode, Event original) {
        open(mode, original, vm -> { });
    }

    /** @return false when the user chose to go on with the editor already open: nothing else is opened */
    private boolean open(EventEditorViewModel.Mode mode, Event original,
                         java.util.function.Consumer<EventEditorViewModel> before) {
        if (editor != null && !confirmLeaving()) {
            return false;
        }
        EventEditorViewModel vm = new EventEditorViewModel(model.background(), model.store(), model.locale(), mode,
                original, id -> model.events().indexOf(id) >= 0);
        before.accept(vm);
        EventEditor view = new EventEditor(vm, this::save, this::cancel, model.busyProperty());
        view.setOnNewSource(newSource);
        close();
        editor = view;
        side.getChildren().add(view);
        detail.setVisible(false);
        editing.set(true);
        reveal.run();
        vm.load();
        view.focusTitle();
        return true;
    }

    private void save(Edit edit) {
        EventEditor current = editor;
        savingOwn = true;
        model.apply(edit).whenComplete((ok, failure) -> {
            savingOwn = false;
            if (current != editor) {
                return;
            }
            if (failure != null) {
                current.model().refused(failure);
                return;
            }
            close();
            edit.change().parts().stream().filter(p -> p instanceof Change.OfEvent).map(p -> (Change.OfEvent) p)
                    .map(Change.OfEvent::after).filter(java.util.Objects::nonNull).reduce((a, b) -> b)
                    .ifPresent(e -> model.selectedEventIdProperty().set(e.id()));
        });
    }

    /** Leaves the editor, after asking when what was typed would be lost. */
    public void cancel() {
        if (editor != null && confirmLeaving()) {
            close();
        }
    }

    /** True when the editor is closed or holds nothing typed, or the user agrees to drop what it holds. */
    public boolean confirmLeaving() {
        if (editor == null || !editor.model().dirtyProperty().get()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("editor.discard.text"),
                ButtonType.YES, ButtonType.NO);
        ask.setHeaderText(messages.get("editor.discard.header"));
        ask.getDialogPane().setId("editor-discard");
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            ask.initOwner(window);
        }
        Optional<ButtonType> answer = ask.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.YES;
    }

    private void close() {
        if (editor != null) {
            side.getChildren().remove(editor);
            editor = null;
        }
        detail.setVisible(true);
        editing.set(false);
    }

    /** The editor open, or null. */
    public EventEditor editor() {
        return editor;
    }

    /** True while the editor is open. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }
}
