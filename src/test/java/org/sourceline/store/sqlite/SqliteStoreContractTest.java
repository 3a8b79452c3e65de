package org.sourceline.store.sqlite;

import java.nio.file.Path;
import org.sourceline.store.Store;
import org.sourceline.store.StoreContract;

/** The store contract, on a SQLite file. */
class SqliteStoreContractTest extends StoreContract {
    @Override
    protected Store newStore(Path dir) throws Exception {
        return SqliteStore.open(dir.resolve("contract.db"));
    }
}
