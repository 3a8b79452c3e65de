package org.sourceline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /**
     * Creates an empty store in a new file, in a folder that exists.
     *
     * @throws StoreException naming the file if it exists already, or its folder does not, or it cannot be made
     */
    public static Store createEmpty(Path file) throws StoreException {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(file + ": already exists; nothing was changed (choose a new file name)");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(file + ": the folder " + folder + " does not exist; nothing was created");
        }
        boolean made = false;
        try {
            Store store = SqliteStore.open(file);
            made = true;
            return store;
        } finally {
            if (!made) {
                try {
                    deleteFiles(file);
                } catch (IOException ignored) {
                    // Nothing usable was made; a leftover empty file is named in the error above.
                }
            }
        }
    }

    /** Deletes a store's file and the files kept beside it. */
    public static void deleteFiles(Path file) throws IOException {
        SqliteStore.deleteFiles(file);
    }
}
