package org.sourceline.app;

import java.io.IOException;
import java.nio.file.Path;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import org.sourceline.store.sqlite.SqliteStore;

/** Where stores come from: the one place that knows which kind of store a location names. */
public final class Stores {
    private Stores() {
    }

    /** Opens the store in a file, creating it if the file does not exist, and brings its schema up to date. */
    public static Store open(Path file) throws StoreException {
        return SqliteStore.open(file);
    }

    /** Deletes a store's file and the files kept beside it. */
    public static void deleteFiles(Path file) throws IOException {
        SqliteStore.deleteFiles(file);
    }
}
