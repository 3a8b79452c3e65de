package org.sourceline.ui.search;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sourceline.store.SearchIndexState;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;

/**
 * Builds the store's search index behind the timeline, on a thread of its own, and says how far it is. After an
 * import of many events the timeline is usable at once; search follows when the index is whole.
 *
 * <p>The build works on a connection of its own ({@link Store#buildSearchIndex}), a chunk of rows per transaction,
 * so the window's store thread stays free and an edit waits for one chunk at most. Closing the window stops it
 * between two chunks; the next opening resumes it.
 */
public final class SearchIndexBuild {
    private final Background worker;
    private final Executor fxThread;
    private final StoreAccess store;
    private final ReadOnlyObjectWrapper<SearchIndexState> state =
            new ReadOnlyObjectWrapper<>(this, "state", SearchIndexState.WHOLE);
    private final javafx.beans.property.ReadOnlyStringWrapper failure =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "failure");
    private volatile boolean stopped;
    /** Whether a build is under way; it goes on until the index is whole, rows added meanwhile included. */
    private boolean running;
    /** Asked again while running: once done, it looks again, for rows an import added after its last look. */
    private boolean askedAgain;

    /**
     * @param worker   the build's own thread, not the window's store thread
     * @param fxThread where its progress is shown
     */
    public SearchIndexBuild(Background worker, Executor fxThread, StoreAccess store) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Builds what the index lacks, if anything; called on the JavaFX thread whenever the window shows the store. */
    public void ensure() {
        if (stopped) {
            return;
        }
        if (running) {
            askedAgain = true;
            return;
        }
        running = true;
        askedAgain = false;
        worker.run(() -> {
            try (Store s = store.open()) {
                s.buildSearchIndex(now -> fxThread.execute(() -> state.set(now)), () -> stopped);
            }
            return null;
        }, done -> {
            failure.set(null);
            finished();
        }, e -> {
            // A build that failed leaves the index whole up to its mark: search says it is not ready, the window
            // says why, and the next opening tries again.
            failure.set(e.getMessage());
            finished();
        });
    }

    private void finished() {
        running = false;
        if (askedAgain) {
            ensure();
        }
    }

    /** Stops the build between two chunks; what it built is kept. */
    public void stop() {
        stopped = true;
    }

    /** Why the last build stopped short of a whole index, or null. */
    public javafx.beans.property.ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** How far the index is; whole unless a build has work to do. */
    public ReadOnlyObjectProperty<SearchIndexState> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
