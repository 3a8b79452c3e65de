package org.sourceline.render;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * Starts JavaFX for off-screen rendering from a command line: headless (Monocle, software rendering) so that it
 * works with no display, or reuses a toolkit that is already running.
 */
public final class FxRuntime {
    private static boolean started;

    private FxRuntime() {
    }

    public static synchronized void startHeadless() {
        if (started) {
            return;
        }
        // These must be set before any JavaFX class initialises the toolkit.
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        quietClasspathWarning();
        try {
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Platform.startup(() -> ready.complete(null));
            ready.join();
        } catch (IllegalStateException alreadyRunning) {
            // A toolkit is up (a test run, or the window): use it as it is.
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Kept referenced: java.util.logging holds loggers weakly, and a collected one forgets its level. */
    private static final java.util.logging.Logger PLATFORM_LOG = java.util.logging.Logger.getLogger("javafx");

    /**
     * JavaFX warns on every start that it was loaded from the class path (a runnable jar): true, known and harmless,
     * and noise on a command line's stderr.
     */
    public static void quietClasspathWarning() {
        PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /** Runs work on the JavaFX thread and waits for its result. */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw new IllegalStateException(cause);
        }
    }
}
