package org.sourceline.cli;

import java.io.PrintWriter;
import org.sourceline.store.SearchIndexState;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/** Builds what a store's search index lacks, saying how far it is on stderr: a line at every tenth. */
final class SearchIndexProgress {
    private SearchIndexProgress() {
    }

    /**
     * Builds the rest of the index, if any is missing; says nothing when it is whole already.
     *
     * @throws StoreException if it cannot be built (a read-only store, a failing disk), saying why
     */
    static void build(Store store, PrintWriter err) throws StoreException {
        SearchIndexState state = store.searchIndexState();
        if (state.whole()) {
            return;
        }
        err.println("sourceline: building the search index of " + store.location() + " (" + state.percent()
                + " % done)…");
        err.flush();
        int[] said = {state.percent() / 10};
        store.buildSearchIndex(now -> {
            int tenth = now.percent() / 10;
            if (!now.whole() && tenth > said[0]) {
                said[0] = tenth;
                err.println("sourceline: search index: " + now.percent() + " %");
                err.flush();
            }
        }, () -> false);
        err.println("sourceline: search index: complete");
        err.flush();
    }
}
