package org.sourceline.store;

import org.sourceline.model.Change;
import org.sourceline.model.LoadedTimeline;

/** Every way a store is written to; each write is one transaction, all or nothing. */
public interface StoreWrites {
    /**
     * Applies a change in one transaction: all of it or nothing. Every "before" of the change is checked against
     * what the store holds, and every "after" against the rules of the data; the search index, the time index and
     * the timeline's kept columns follow in the same transaction.
     *
     * @throws RefusedChangeException if the store refuses it (changed since, invalid, still in use, already there)
     * @throws StoreException if the store cannot be written (busy, read-only, damaged)
     */
    void apply(Change change) throws StoreException;

    /**
     * A writer that adds a timeline to the store in one transaction, all or nothing. What the store holds already
     * is kept or updated as {@link ImportMerge} says; the writer's commit reports what was done.
     */
    ImportWriter importWriter(ImportOptions options) throws StoreException;

    /**
     * A writer that adds a timeline to the store, keeping what it holds.
     *
     * @param replace empty the store first (in the same transaction)
     */
    default ImportWriter importWriter(boolean replace) throws StoreException {
        return importWriter(new ImportOptions(replace, false, 0));
    }

    /**
     * A writer that fills a store being created, which may trade crash safety for speed: for a store built
     * under a temporary name only, which is thrown away if interrupted.
     *
     * @throws StoreException if the store is not empty
     */
    ImportWriter writerForNewStore() throws StoreException;

    /**
     * Adds a validated timeline to the store in one transaction: either all of it is stored or nothing changes.
     *
     * @param replace empty the store first (in the same transaction)
     */
    default ImportReport importTimeline(LoadedTimeline timeline, boolean replace) throws StoreException {
        return importTimeline(timeline, new ImportOptions(replace, false, 0));
    }

    /** Adds a validated timeline to the store in one transaction, as the options say. */
    default ImportReport importTimeline(LoadedTimeline timeline, ImportOptions options) throws StoreException {
        var d = timeline.dataset();
        try (ImportWriter writer = importWriter(options)) {
            writer.meta(d.title(), d.description());
            for (var s : d.sources()) {
                writer.source(s, timeline.articles().get(s.id()), timeline.originals().get(s.id()));
            }
            for (var a : d.actors()) {
                writer.actor(a);
            }
            for (var p : d.places()) {
                writer.place(p);
            }
            for (var c : d.categories()) {
                writer.category(c);
            }
            for (var e : d.events()) {
                writer.event(e);
            }
            writer.eras(d.eras());
            return writer.commit();
        }
    }
}
