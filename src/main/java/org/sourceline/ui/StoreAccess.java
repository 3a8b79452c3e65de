package org.sourceline.ui;

import java.nio.file.Path;
import org.sourceline.app.Seeds;
import org.sourceline.app.Stores;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/** Opens the store the window shows; called on the background thread only. */
@FunctionalInterface
public interface StoreAccess {
    Store open() throws StoreException;

    /** The user's own store: created from the bundled dataset the first time. */
    static StoreAccess of(Path file) {
        return () -> Seeds.openOrCreate(file);
    }

    /** A store the user named: it must exist; a mistyped path creates nothing. */
    static StoreAccess existing(Path file) {
        return () -> {
            if (!java.nio.file.Files.exists(file)) {
                throw new StoreException(file + ": no such store (check the path); nothing was created");
            }
            return Stores.open(file);
        };
    }
}
