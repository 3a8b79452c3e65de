package org.sourceline.ui.catalog;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Actor;
import org.sourceline.model.Category;
import org.sourceline.model.Change;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.Event;
import org.sourceline.model.NewArticle;
import org.sourceline.model.Merges;
import org.sourceline.model.Place;
import org.sourceline.model.Source;
import org.sourceline.store.EventUses;
import org.sourceline.store.RefusedChangeException;
import org.sourceline.store.Store;
import org.sourceline.ui.Refusals;
import org.sourceline.ui.WindowModel;
import org.sourceline.ui.edit.Edit;
import org.sourceline.ui.edit.EventEditorViewModel.Catalog;

/**
 * The sources, actors, places and categories of the store, to correct, create, delete and merge: one kind listed at
 * a time, one of them in a form, with the events that use it. Every change goes through the window's model, to be
 * undone like any other; what the store refuses is said in the interface language, at the field it concerns.
 */
public final class CatalogViewModel {
    /** What is listed. */
    public enum Kind { SOURCE, ACTOR, PLACE, CATEGORY }

    /** One thing of the store as the list shows it: its name, and what tells it apart (an outlet, a country…). */
    public record Entry(Kind kind, String id, String name, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** How many events using a thing are shown; the rest are counted. */
    static final int USES_SHOWN = 50;

    private final WindowModel model;
    private final Locale locale;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog",
            Catalog.EMPTY);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.SOURCE);
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<EntryForm<?>> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyObjectWrapper<EventUses> uses = new ReadOnlyObjectWrapper<>(this, "uses", EventUses.NONE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    /** Counts what was asked for: an answer read for an earlier request is dropped. */
    private int requests;

    public CatalogViewModel(WindowModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.locale = model.locale();
        this.messages = model.messages();
        kind.addListener((o, was, now) -> {
            requests++;
            listEntries();
            form.set(null);
            uses.set(EventUses.NONE);
            problem.set(null);
        });
        model.onChange(this::changed);
    }

    /** Drops the form and what it holds (the user agreed to lose it). */
    public void discard() {
        requests++;
        form.set(null);
        uses.set(EventUses.NONE);
        problem.set(null);
    }

    /** Reads the store's catalog in the background, then lists the kind shown. */
    public CompletableFuture<Void> load() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        model.background().run(() -> {
            try (Store store = model.store().open()) {
                return new Catalog(store.sourcesById(), store.actorsById(), store.placesById(),
                        store.categoriesById());
            }
        }, read -> {
            catalog.set(read);
            listEntries();
            ready.set(true);
            done.complete(null);
        }, failure -> {
            problem.set(failure.getMessage());
            done.completeExceptionally(failure);
        });
        return done;
    }

    /**
     * A change made anywhere in the window (here, in the event editor, an undo): the lists are read again when it
     * touched them, and the form shows the thing as it is now, unless something is being typed in it.
     */
    private void changed(Change change) {
        boolean catalogChanged = change.parts().stream().anyMatch(p -> !(p instanceof Change.OfEvent));
        EntryForm<?> shown = form.get();
        String shownId = shown == null || shown.isNew() ? null : shown.id().orElse(null);
        Kind shownKind = kind.get();
        if (!catalogChanged) {
            if (shownId != null && change.parts().stream().anyMatch(p -> uses((Change.OfEvent) p, shownKind,
                    shownId))) {
                loadUses(shownKind, shownId);
            }
            return;
        }
        load().thenRun(() -> {
            if (shownId == null || form.get() != shown || shown.dirtyProperty().get()) {
                return;
            }
            entries.stream().filter(e -> e.id().equals(shownId)).findFirst().ifPresentOrElse(this::open, () -> {
                form.set(null);
                uses.set(EventUses.NONE);
            });
        });
    }

    /** Whether an event, before or after the change, uses the thing shown: its count may have moved. */
    private static boolean uses(Change.OfEvent c, Kind k, String id) {
        for (Event e : java.util.Arrays.asList(c.before(), c.after())) {
            if (e != null && switch (k) {
                case SOURCE -> e.citations().stream().anyMatch(x -> x.sourceId().equals(id));
                case ACTOR -> e.actors().contains(id);
                case PLACE -> e.places().contains(id);
                case CATEGORY -> e.category().equals(id);
            }) {
                return true;
            }
        }
        return false;
    }

    private void listEntries() {
        Catalog c = catalog.get();
        Collator order = Collator.getInstance(locale);
        List<Entry> listed = switch (kind.get()) {
            case SOURCE -> c.sources().values().stream().map(s -> new Entry(Kind.SOURCE, s.id(), s.title(),
                    join(s.outlet(), DatePhrase.format(s.published(), locale)))).toList();
            case ACTOR -> c.actors().values().stream().map(a -> new Entry(Kind.ACTOR, a.id(), a.name(),
                    String.join(", ", a.aliases()))).toList();
            case PLACE -> c.places().values().stream().map(p -> new Entry(Kind.PLACE, p.id(), p.name(),
                    join(p.country(), String.join(", ", p.aliases())))).toList();
            case CATEGORY -> c.categories().values().stream().map(k -> new Entry(Kind.CATEGORY, k.id(),
                    k.label(locale), k.color())).toList();
        };
        entries.setAll(listed.stream().sorted(Comparator.comparing(Entry::name, order)).toList());
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " · " + b;
    }

    /** Opens a thing of the store in the form (a source's article is read first), with the events that use it. */
    public void open(Entry entry) {
        problem.set(null);
        Catalog c = catalog.get();
        int request = ++requests;
        switch (entry.kind()) {
            case SOURCE -> model.background().run(() -> {
                try (Store store = model.store().open()) {
                    return store.sourceDocument(entry.id());
                }
            }, found -> found.filter(d -> request == requests).ifPresent(d -> {
                form.set(new SourceForm(locale, d, c.sources()::containsKey));
                loadUses(Kind.SOURCE, entry.id());
            }), failure -> problem.set(failure.getMessage()));
            case ACTOR -> form.set(new ActorForm(locale, c.actors().get(entry.id()), c.actors()::containsKey));
            case PLACE -> form.set(new PlaceForm(locale, c.places().get(entry.id()), c.places()::containsKey));
            case CATEGORY -> form.set(new CategoryForm(locale, c.categories().get(entry.id()),
                    c.categories()::containsKey, colors(c)));
        }
        if (entry.kind() != Kind.SOURCE) {
            loadUses(entry.kind(), entry.id());
        }
    }

    private static List<String> colors(Catalog c) {
        return c.categories().values().stream().map(Category::color).toList();
    }

    /** Opens an empty form for a new thing of the kind listed. */
    public void create() {
        requests++;
        problem.set(null);
        uses.set(EventUses.NONE);
        Catalog c = catalog.get();
        form.set(switch (kind.get()) {
            case SOURCE -> new SourceForm(locale, (org.sourceline.model.SourceDocument) null, c.sources()::containsKey);
            case ACTOR -> new ActorForm(locale, null, c.actors()::containsKey);
            case PLACE -> new PlaceForm(locale, null, c.places()::containsKey);
            case CATEGORY -> new CategoryForm(locale, null, c.categories()::containsKey, colors(c));
        });
    }

    /**
     * Opens the form for a new source filled with what was read from an article's file, once the catalog is
     * loaded (to give the source an id of its own).
     */
    public CompletableFuture<Void> createFrom(NewArticle read) {
        kind.set(Kind.SOURCE);
        Catalog loaded = catalog.get();
        CompletableFuture<Void> ready = loaded != null ? CompletableFuture.completedFuture(null) : load();
        return ready.thenRun(() -> {
            requests++;
            problem.set(null);
            uses.set(EventUses.NONE);
            form.set(new SourceForm(locale, read, catalog.get().sources()::containsKey));
        });
    }

    private static EventUses.Of of(Kind k) {
        return switch (k) {
            case SOURCE -> EventUses.Of.SOURCE;
            case ACTOR -> EventUses.Of.ACTOR;
            case PLACE -> EventUses.Of.PLACE;
            case CATEGORY -> EventUses.Of.CATEGORY;
        };
    }

    private void loadUses(Kind k, String id) {
        model.background().run(() -> {
            try (Store store = model.store().open()) {
                return store.uses(of(k), id, USES_SHOWN);
            }
        }, read -> {
            EntryForm<?> shown = form.get();
            if (shown != null && id.equals(shown.id().orElse(null))) {
                uses.set(read);
            }
        }, failure -> problem.set(failure.getMessage()));
    }

    /**
     * Saves the form: the store takes the change whole, or refuses it, and then says why at the fields.
     *
     * @return completed once saved (or with nothing to save), failed with the store's reason otherwise
     */
    public CompletableFuture<Void> save() {
        EntryForm<?> shown = form.get();
        if (shown == null) {
            return CompletableFuture.completedFuture(null);
        }
        var edit = shown.save();
        if (edit.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String id = shown.id().orElseThrow();
        Kind k = kind.get();
        return apply(edit.get(), shown).thenCompose(x -> load()).thenRun(() -> {
            if ((form.get() == shown || form.get() == null) && kind.get() == k) {
                // Shown as the store now holds it; unless the user has moved on meanwhile.
                entries.stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(this::open);
            }
        });
    }

    /**
     * Deletes the thing in the form, unless events still use it: then says which, and changes nothing (a source
     * still cited, an actor still named…).
     */
    public CompletableFuture<Void> delete() {
        EntryForm<?> shown = form.get();
        if (shown == null || shown.isNew()) {
            return CompletableFuture.completedFuture(null);
        }
        var edit = shown.delete().orElseThrow();
        String id = shown.id().orElseThrow();
        Kind k = kind.get();
        CompletableFuture<Void> done = new CompletableFuture<>();
        model.background().run(() -> {
            try (Store store = model.store().open()) {
                return store.uses(of(k), id, 5);
            }
        }, inUse -> {
            if (inUse.count() > 0) {
                uses.set(inUse);
                long n = inUse.count();
                String subject = edit.subject();
                problem.set(switch (k) {
                    case SOURCE -> messages.plural("catalog.in-use.source", n, subject, n, titles(inUse));
                    case ACTOR -> messages.plural("catalog.in-use.actor", n, subject, n, titles(inUse));
                    case PLACE -> messages.plural("catalog.in-use.place", n, subject, n, titles(inUse));
                    case CATEGORY -> messages.plural("catalog.in-use.category", n, subject, n, titles(inUse));
                });
                done.complete(null);
                return;
            }
            apply(edit, shown).whenComplete((ok, failure) -> {
                if (failure != null) {
                    done.completeExceptionally(failure);
                } else {
                    form.set(null);
                    uses.set(EventUses.NONE);
                    done.complete(null);
                }
            });
        }, failure -> {
            problem.set(failure.getMessage());
            done.completeExceptionally(failure);
        });
        return done;
    }

    private String titles(EventUses inUse) {
        String shown = String.join(", ", inUse.first().stream()
                .map(e -> messages.get("catalog.quoted", org.sourceline.ui.detail.EventTitle.of(e, locale).shown()))
                .toList());
        return inUse.count() > inUse.first().size() ? shown + ", …" : shown;
    }

    /** The actors or places the one in the form can be merged into: every other one of its kind. */
    public List<Entry> mergeTargets() {
        EntryForm<?> shown = form.get();
        if (shown == null || shown.isNew() || (kind.get() != Kind.ACTOR && kind.get() != Kind.PLACE)) {
            return List.of();
        }
        String id = shown.id().orElseThrow();
        return entries.stream().filter(e -> !e.id().equals(id)).toList();
    }

    /**
     * Merges the actor or place in the form into another: the events that name it name the other, and its name and
     * other spellings become the other's. One change, undone whole.
     */
    public CompletableFuture<Void> mergeInto(Entry kept) {
        EntryForm<?> shown = form.get();
        if (shown == null || shown.isNew() || kept.kind() != kind.get()) {
            return CompletableFuture.completedFuture(null);
        }
        String goneId = shown.id().orElseThrow();
        Catalog c = catalog.get();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Function<Store, Edit> merge = switch (kept.kind()) {
            case ACTOR -> store -> {
                try {
                    Actor gone = c.actors().get(goneId);
                    Actor into = c.actors().get(kept.id());
                    return new Edit(Edit.Kind.MERGE_ACTORS, gone.name() + " → " + into.name(),
                            Merges.actors(gone, into, store.eventsNaming(goneId)));
                } catch (org.sourceline.store.StoreException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            };
            case PLACE -> store -> {
                try {
                    Place gone = c.places().get(goneId);
                    Place into = c.places().get(kept.id());
                    return new Edit(Edit.Kind.MERGE_PLACES, gone.name() + " → " + into.name(),
                            Merges.places(gone, into, store.eventsAt(goneId)));
                } catch (org.sourceline.store.StoreException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            };
            default -> null;
        };
        if (merge == null) {
            return CompletableFuture.completedFuture(null);
        }
        model.background().run(() -> {
            try (Store store = model.store().open()) {
                return merge.apply(store);
            }
        }, edit -> apply(edit, shown).thenCompose(x -> load()).whenComplete((ok, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            if ((form.get() == shown || form.get() == null) && kind.get() == kept.kind()) {
                entries.stream().filter(e -> e.id().equals(kept.id())).findFirst().ifPresent(this::open);
            }
            done.complete(null);
        }), failure -> {
            problem.set(failure.getMessage());
            done.completeExceptionally(failure);
        });
        return done;
    }

    private CompletableFuture<Void> apply(Edit edit, EntryForm<?> shown) {
        problem.set(null);
        return model.apply(edit).whenComplete((ok, failure) -> {
            if (failure == null) {
                return;
            }
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof RefusedChangeException r && r.reason() == RefusedChangeException.Reason.INVALID) {
                shown.refused(r.violations());
            }
            problem.set(Refusals.describe(cause, messages));
        });
    }

    /** The name of an event that uses the thing in the form, with its date, as the list shows it. */
    public String describe(Event e) {
        return DatePhrase.asShown(e.date(), e.displayDate(), locale) + " — "
                + org.sourceline.ui.detail.EventTitle.of(e, locale).shown();
    }

    /** The sources of the store, for whoever needs one (the form's list is the kind shown). */
    public Map<String, Source> sources() {
        return catalog.get().sources();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** The thing in the form, or null for none. */
    public ReadOnlyObjectProperty<EntryForm<?>> formProperty() {
        return form.getReadOnlyProperty();
    }

    public EntryForm<?> form() {
        return form.get();
    }

    /** The events that use the thing in the form: how many, and the first of them. */
    public ReadOnlyObjectProperty<EventUses> usesProperty() {
        return uses.getReadOnlyProperty();
    }

    /** What went wrong, or why a change was refused; null when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public Locale locale() {
        return locale;
    }
}
