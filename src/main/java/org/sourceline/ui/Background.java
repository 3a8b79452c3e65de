package org.sourceline.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way the UI runs work that touches the store or files: off the JavaFX thread, results delivered back on
 * it. Store work runs on a single thread, so the store is never used from two threads at once.
 */
public interface Background {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    void shutdown();

    /** Runs work on one daemon thread and hands results to the JavaFX thread. */
    static Background singleThread(String name) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                executor.execute(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> onSuccess.accept(result));
                    } catch (Throwable e) {
                        Platform.runLater(() -> onFailure.accept(e));
                    }
                });
            }

            @Override
            public void shutdown() {
                // The work queued first (closing the store, say) is let finish, for a moment; then it is stopped.
                executor.shutdown();
                try {
                    if (!executor.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS)) {
                        executor.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    executor.shutdownNow();
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** Runs work at once on the calling thread: for view-model tests without the toolkit. */
    static Background synchronous() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Throwable e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void shutdown() {
            }
        };
    }
}
