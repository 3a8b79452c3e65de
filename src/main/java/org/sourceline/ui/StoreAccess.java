package org.sourceline.ui;

import java.nio.file.Path;
import org.sourceline.app.Seeds;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/** Opens the store the window shows; called on the background thread only. */
@FunctionalInterface
public interface StoreAccess {
    Store open() throws StoreException;

    static StoreAccess of(Path file) {
        return () -> Seeds.openOrCreate(file);
    }
}
