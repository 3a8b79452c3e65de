package org.sourceline.store;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A Sourceline store: the events, sources, actors, places and eras of one chronology, and every way to read and
 * write them, in the model's terms. One implementation keeps them in a SQLite file; the interfaces it is made of
 * say nothing of SQL, so that another database can stand behind them.
 *
 * <p>Not thread-safe: the app uses a store from one background thread, never from the JavaFX thread.
 */
public interface Store extends TimelineReads, CatalogReads, SearchReads, StoreWrites, AutoCloseable {
    /** Where the store is, as messages name it: a file's path. */
    String location();

    /** No event and no source. */
    boolean isEmpty() throws StoreException;

    /**
     * How far the search index is built. While it is not whole, {@link #search} and {@link #matchingEventIds}
     * throw {@link SearchNotReadyException} rather than answer from part of the store.
     */
    SearchIndexState searchIndexState() throws StoreException;

    /**
     * Builds what the search index lacks, telling {@code progress} after each step, until it is whole or
     * {@code cancelled} says stop; an interrupted build resumes where it stopped. Unlike the store's other methods,
     * safe to call from a thread of its own while the store is used: it works on a connection of its own.
     */
    void buildSearchIndex(Consumer<SearchIndexState> progress, BooleanSupplier cancelled) throws StoreException;

    @Override
    void close();
}
