package org.sourceline.store;

import org.sourceline.model.LoadedTimeline;

/** Every way a store is written to; each write is one transaction, all or nothing. */
public interface StoreWrites {
    /**
     * A writer that adds a timeline to the store in one transaction, all or nothing.
     *
     * @param replace empty the store first (in the same transaction)
     */
    ImportWriter importWriter(boolean replace) throws StoreException;

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
    default void importTimeline(LoadedTimeline timeline, boolean replace) throws StoreException {
        var d = timeline.dataset();
        try (ImportWriter writer = importWriter(replace)) {
            writer.meta(d.title(), d.description());
            for (var s : d.sources()) {
                writer.source(s, timeline.articles().get(s.id()));
            }
            for (var a : d.actors()) {
                writer.actor(a);
            }
            for (var p : d.places()) {
                writer.place(p);
            }
            for (var e : d.events()) {
                writer.event(e);
            }
            writer.eras(d.eras());
            writer.commit();
        }
    }
}
