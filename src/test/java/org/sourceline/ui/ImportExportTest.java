package org.sourceline.ui;

import org.sourceline.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.io.DataFormat;
import org.sourceline.store.Store;
import org.sourceline.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ImportExportTest {
    private static final Path FIXTURES = Path.of("src/test/resources/interop");

    @TempDir
    Path dir;

    private MainWindow window;
    private TimelineView timeline;
    private Path store;

    @Start
    void start(Stage stage) {
        store = dir.resolve("seeds.db");
        window = new MainWindow(Background.singleThread("test-store"), StoreAccess.of(store), Locale.ENGLISH,
                Settings.inMemory(), url -> { });
        timeline = window.timeline();
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
        window.load();
    }

    @BeforeEach
    void waitForTheEvents() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline.getData().size() == 13);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T onFx(java.util.function.Supplier<CompletableFuture<T>> action) throws Exception {
        AtomicReference<CompletableFuture<T>> future = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> future.set(action.get())).get(10, TimeUnit.SECONDS);
        try {
            return future.get().get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return null;
        }
    }

    @Test
    void theFileMenuOffersImportAndExport(FxRobot robot) {
        robot.clickOn("File");
        assertThat(robot.lookup("Import…").tryQuery()).isPresent();
        assertThat(robot.lookup("Export data…").tryQuery()).isPresent();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void anImportIsStoredTheWindowReloadsAndTheFormatIsSaid() throws Exception {
        ImportExport.Outcome outcome = onFx(() -> window.importExport().importFile(
                FIXTURES.resolve("timelinejs-history.json")));

        assertThat(outcome.format()).isEqualTo(DataFormat.TIMELINEJS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline.getData().size() == 17);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.status().getText())
                .startsWith("Imported 4 events (TimelineJS) from timelinejs-history.json — 17 events — ");
        assertThat(timeline.getData().eras()).extracting(e -> e.label()).containsExactly("The Republic");
    }

    @Test
    void aRefusedFileListsEveryProblemAndLeavesTheStoreAlone(FxRobot robot) throws Exception {
        Path broken = FIXTURES.resolve("timelinejs-broken.json");

        onFx(() -> window.importExport().importFile(broken));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-problems").tryQuery().isPresent());
        TextArea list = robot.lookup("#import-problem-list").queryAs(TextArea.class);
        assertThat(list.getText().lines()).hasSize(6).first().isEqualTo(
                "timelinejs-broken.json:4:21: \"start_date\": month 13 is not between 1 and 12");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("“" + broken + "” was not imported: the store is unchanged.");
        assertThat(robot.lookup(".dialog-pane .content .label").queryLabeled().getText())
                .isEqualTo("6 problems, each where it is (file:line:column):");
        assertThat(window.status().getText()).contains("was not imported");
        try (Store s = Stores.open(store)) {
            assertThat(s.eventCount()).isEqualTo(13);
        }
        robot.clickOn("OK");
    }

    @Test
    void anExportWritesTheChosenFormatAndSaysSo() throws Exception {
        Path out = dir.resolve("timeline.csv");

        onFx(() -> window.importExport().exportTo(out, DataFormat.CSV));

        assertThat(Files.readString(out)).startsWith("\uFEFFtype,id,date,");
        assertThat(window.status().getText()).startsWith("Exported 13 events (CSV) to ");
    }

    @Test
    void anExportOverTheWindowsOwnStoreIsRefusedAndTheStoreKept(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(store);

        assertThat(onFx(() -> window.importExport().exportTo(store, DataFormat.CSV))).isNull();

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.status().getText()).contains(store.toString())
                .contains("this is the store this window shows; writing over it would destroy it");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
        robot.lookup(".dialog-pane").tryQuery().ifPresent(pane -> robot.clickOn("OK"));
    }
}
