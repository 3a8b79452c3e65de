package org.sourceline.ui.detail;

import java.nio.file.Path;
import org.sourceline.app.Seeds;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import org.sourceline.ui.StoreAccess;

/** A store made from the bundled seeds, for tests. */
public final class SeedStore {
    private SeedStore() {
    }

    public static StoreAccess in(Path dir) throws StoreException {
        Path file = dir.resolve("s.db");
        try (Store store = Seeds.openOrCreate(file)) {
            store.eventCount();
        }
        return StoreAccess.of(file);
    }
}
