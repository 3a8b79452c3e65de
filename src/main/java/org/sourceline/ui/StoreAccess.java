package org.sourceline.ui;

import java.nio.file.Path;
import java.util.Map;
import org.sourceline.app.Seeds;
import org.sourceline.app.Stores;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/** Opens the store the window shows; called on the background thread only. */
@FunctionalInterface
public interface StoreAccess {
    Store open() throws StoreException;

    /**
     * The files the store is made of, each with what it is: what an export or an import must never write over or
     * read as its input. Empty for a store that is not in files.
     */
    default Map<Path, String> files() {
        return Map.of();
    }

    /** The user's own store: created from the bundled dataset the first time. */
    static StoreAccess of(Path file) {
        return located(file, () -> Seeds.openOrCreate(file));
    }

    /**
     * A store the user named: it must exist; a mistyped path creates nothing. One that may not be written to is
     * opened read-only, and every change is refused as such.
     */
    static StoreAccess existing(Path file) {
        return located(file, () -> Stores.openExisting(file));
    }

    private static StoreAccess located(Path file, StoreAccess opening) {
        return new StoreAccess() {
            @Override
            public Store open() throws StoreException {
                return opening.open();
            }

            @Override
            public Map<Path, String> files() {
                return Stores.asInputs(file, "the store this window shows");
            }
        };
    }
}
