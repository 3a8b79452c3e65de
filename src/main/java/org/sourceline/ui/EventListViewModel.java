package org.sourceline.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourceline.store.EventRow;
import org.sourceline.store.Store;

/** The events of the open store, loaded in the background, and the status line that describes them. */
public final class EventListViewModel {
    private final Background background;
    private final StoreAccess storeAccess;
    private final Locale locale;
    private final ObservableList<EventRow> events = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public EventListViewModel(Background background, StoreAccess storeAccess, Locale locale) {
        this.background = background;
        this.storeAccess = storeAccess;
        this.locale = locale;
    }

    public void load() {
        loading.set(true);
        status.set(Texts.pick(locale, "Ouverture de la base…", "Opening the store…"));
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                return new Loaded(store.file().toString(), store.listEvents());
            }
        }, loaded -> {
            events.setAll(loaded.events());
            loading.set(false);
            status.set(loaded.events().isEmpty()
                    ? Texts.pick(locale, "La base est vide : importez une chronologie (sourceline import FICHIER --db "
                            + loaded.file() + ").", "The store is empty: import a timeline (sourceline import FILE --db "
                            + loaded.file() + ").")
                    : Texts.pick(locale, loaded.events().size() + " événements — " + loaded.file(),
                            loaded.events().size() + " events — " + loaded.file()));
        }, error -> {
            loading.set(false);
            events.clear();
            status.set(error.getMessage());
        });
    }

    public ObservableList<EventRow> events() {
        return FXCollections.unmodifiableObservableList(events);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale;
    }

    private record Loaded(String file, List<EventRow> events) {
    }
}
