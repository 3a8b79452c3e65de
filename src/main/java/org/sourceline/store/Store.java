package org.sourceline.store;

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

    @Override
    void close();
}
