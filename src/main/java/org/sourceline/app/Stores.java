package org.sourceline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sourceline.model.PathKind;
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
     * Opens a store the user named, which must exist, to read and change it; one that may not be written to (a
     * read-only file, folder or disk) is opened read-only, and every change is then refused as such.
     */
    public static Store openExisting(Path file) throws StoreException {
        return SqliteStore.openExisting(file);
    }

    /**
     * For the benchmark: the seconds the store's database alone takes to build the store's search index from its
     * texts, copied first into {@code scratch} (created, then deleted).
     */
    public static double searchIndexFloorSeconds(Path file, Path scratch) throws StoreException {
        return org.sourceline.store.sqlite.SearchFloor.seconds(file, scratch);
    }

    /** The files a store is made of: the database and the journals SQLite keeps beside it. */
    public static java.util.List<Path> files(Path file) {
        return SqliteStore.files(file);
    }

    /**
     * A store's files as the inputs of some work, each with what it is, for an output to be checked against
     * ({@code OutputPath.check}): "the store being exported", "a journal of the store being exported".
     */
    public static java.util.Map<Path, String> asInputs(Path file, String what) {
        java.util.Map<Path, String> inputs = new java.util.LinkedHashMap<>();
        for (Path part : files(file)) {
            inputs.put(part, part.equals(file) ? what : "a journal file of " + what);
        }
        return inputs;
    }

    /**
     * Creates an empty store in a new file, in a folder that exists.
     *
     * @throws StoreException naming the file if it exists already, or its folder does not, or it cannot be made
     */
    public static Store createEmpty(Path file) throws StoreException {
        Path folder = file.toAbsolutePath().getParent();
        PathKind kind = PathKind.quietly(file, false);
        if (kind.special()) {
            throw new StoreException(file + ": this is " + kind.noun() + ", not a store; only a regular file can"
                    + " hold one; nothing was changed");
        }
        if (kind != PathKind.MISSING) {
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
