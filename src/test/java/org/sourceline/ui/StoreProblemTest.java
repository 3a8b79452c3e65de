package org.sourceline.ui;

import org.sourceline.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StoreProblemTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Path corrupt;
    private byte[] corruptBytes;
    private final List<Path> switchedTo = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        corrupt = dir.resolve("notes.db");
        Files.writeString(corrupt, "Ceci n’est pas une base de données, seulement des notes.\n".repeat(40));
        corruptBytes = Files.readAllBytes(corrupt);
        window = new MainWindow(Background.singleThread("test-store"), StoreAccess.of(corrupt), Locale.FRENCH,
                Settings.inMemory(), url -> { });
        window.setDataFolder(dir.resolve("data"));
        window.setStoreSwitcher(switchedTo::add);
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        window.load();
    }

    @Test
    void aCorruptStoreIsNamedInADialogThatOffersAWayOnAndTheFileIsLeftAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#store-problem").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#store-problem").query();
        assertThat(dialog.getContentText()).contains(corrupt.toString()).contains("not a SQLite database");
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(corruptBytes);

        robot.clickOn("Repartir des données d’exemple");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !switchedTo.isEmpty());

        Path fresh = switchedTo.get(0);
        assertThat(fresh.getParent()).isEqualTo(dir.resolve("data"));
        try (Store store = Stores.open(fresh)) {
            assertThat(store.eventCount()).isEqualTo(13);
        }
        // The window is still there and usable: its menus answer.
        robot.clickOn("Affichage");
        assertThat(robot.lookup("Aller à la date…").tryQuery()).isPresent();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void anUnexpectedErrorIsLoggedAndShownAndTheAppKeepsRunning(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#store-problem").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Fermer");
        Path log = dir.resolve("logs").resolve("sourceline.log");
        ErrorReporter reporter = new ErrorReporter(log, Locale.FRENCH);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("une panne imprévue");
        }, "worker");
        worker.setUncaughtExceptionHandler(reporter);
        worker.start();
        worker.join();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#unexpected-error").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#unexpected-error").query();
        assertThat(dialog.getContentText()).contains("une panne imprévue").contains(log.toString())
                .contains("StoreProblemTest");
        assertThat(Files.readString(log)).contains("[worker]").contains("IllegalStateException: une panne imprévue");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        assertThat(window.timeline().isVisible()).isTrue();
    }
}
