package org.sourceline.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: the window shown on a store, waiting for it, pointing at words of the article. */
public final class WindowTests {
    private WindowTests() {
    }

    /** The window, in French, on a store file (the seeds are imported into it if it is new), shown and loading. */
    public static MainWindow show(Stage stage, StoreAccess store) {
        MainWindow window = new MainWindow(Background.singleThread("test-store"), store, Locale.FRENCH,
                Settings.inMemory(), url -> { });
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
        window.load();
        return window;
    }

    /** The window on a new store of the seed dataset, in a file of its own under {@code dir}. */
    public static MainWindow showSeeds(Stage stage, Path dir) {
        return show(stage, StoreAccess.of(dir.resolve("seeds-" + System.nanoTime() + ".db")));
    }

    /** Waits, at most 20 s, for a condition, then for the events it set off. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The point on screen just inside the left edge of a character of the flow. */
    public static Point2D screenPointBefore(TextFlow flow, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.shape.Path glyph = new javafx.scene.shape.Path(flow.rangeShape(index, index + 1));
            glyph.setFill(Color.BLACK);
            glyph.setStroke(null);
            Bounds box = glyph.getLayoutBounds();
            return flow.localToScreen(box.getMinX() + 1, box.getCenterY());
        }).get(10, TimeUnit.SECONDS);
    }
}
