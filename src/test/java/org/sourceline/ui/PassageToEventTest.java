package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Stores;
import org.sourceline.model.Event;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.Store;
import org.sourceline.ui.edit.EventEditorViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * From an article to a cited event in the window: words selected in the reader with the mouse, Ctrl+Shift+N, the
 * editor open with a citation of exactly those words, the event saved, its citation at the selection's offsets;
 * then a passage cited for an event, and each step undone.
 */
@ExtendWith(ApplicationExtension.class)
class PassageToEventTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";

    @TempDir
    static java.nio.file.Path dir;

    private java.nio.file.Path file;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        file = dir.resolve("seeds-" + System.nanoTime() + ".db");
        window = WindowTests.show(stage, StoreAccess.of(file));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WindowTests.waitUntil(condition);
    }

    private <T> T inStore(StoreRead<T> read) throws Exception {
        try (Store store = Stores.open(file)) {
            return read.from(store);
        }
    }

    @FunctionalInterface
    private interface StoreRead<T> {
        T from(Store store) throws Exception;
    }

    private static Point2D screenPointBefore(TextFlow flow, int index) throws Exception {
        return WindowTests.screenPointBefore(flow, index);
    }

    /** Opens an article in the reader at its top and selects words in it with the mouse. */
    private String selectWithTheMouse(FxRobot robot, String words) throws Exception {
        waitUntil(() -> window.model().loadedProperty().get());
        robot.interact(() -> window.reader().open("src-000", 0, 0));
        waitUntil(() -> window.reader().model().sourceText() != null);
        String body = window.reader().model().sourceText().body();
        int start = body.indexOf(words);
        assertThat(start).isNotNegative();
        TextFlow flow = robot.lookup(".reader-text-flow").queryAs(TextFlow.class);
        robot.interact(() -> robot.lookup(".reader-scroll").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag(screenPointBefore(flow, start), MouseButton.PRIMARY)
                .dropTo(screenPointBefore(flow, start + words.length()));
        waitUntil(() -> window.reader().model().selectionProperty().get() != null);
        return body;
    }

    @Test
    void wordsSelectedInTheReaderBecomeANewEventCitingExactlyThemAndTheStepIsUndone(FxRobot robot)
            throws Exception {
        String words = "Le Maroc a décidé d’apporter son expertise";
        String body = selectWithTheMouse(robot, words);
        assertThat(window.reader().model().selectedText()).isEqualTo(words);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitUntil(() -> window.editing().editor() != null && window.editing().editor().model().readyProperty().get()
                && !window.editing().editor().model().citations().isEmpty());
        EventEditorViewModel editor = window.editing().editor().model();
        assertThat(editor.citations()).extracting(EventEditorViewModel.Cited::quote).containsExactly(words);
        assertThat(editor.citations()).extracting(EventEditorViewModel.Cited::sourceId).containsExactly("src-000");

        robot.interact(() -> {
            editor.titleProperty().set("Le Maroc apporte son expertise au Qatar");
            editor.summaryProperty().set("Le Maroc décide d’apporter son expertise au Qatar pour le Mondial.");
            editor.dateProperty().set("mai 2022");
            editor.categoryProperty().set("Coordination");
        });
        waitUntil(() -> !robot.lookup("#editor-save").query().isDisabled());
        robot.interact(() -> robot.lookup("#editor-save").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> window.editing().editor() == null);

        String id = window.model().selectedEventId();
        List<CitedPassage> cited = inStore(store -> store.passagesOf(id));
        assertThat(cited).hasSize(1);
        assertThat(cited.get(0).start()).isEqualTo(body.indexOf(words));
        assertThat(cited.get(0).end()).isEqualTo(body.indexOf(words) + words.length());

        robot.interact(() -> window.timeline().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> inStore(store -> store.event(id)).isEmpty());
    }

    @Test
    void wordsSelectedInTheReaderAreCitedForTheEventShownAndTheStepIsUndone(FxRobot robot) throws Exception {
        String words = "plusieurs responsables qataris";
        selectWithTheMouse(robot, words);
        robot.interact(() -> window.timeline().select(MILIPOL));
        waitUntil(() -> MILIPOL.equals(window.model().selectedEventId()));
        Event before = inStore(store -> store.event(MILIPOL)).orElseThrow();

        robot.interact(() -> window.actions().citePassage.run());

        waitUntil(() -> inStore(store -> store.event(MILIPOL)).orElseThrow().citations().size()
                == before.citations().size() + 1);
        Event after = inStore(store -> store.event(MILIPOL)).orElseThrow();
        assertThat(after.citations().get(after.citations().size() - 1).quote()).contains(words);
        assertThat(window.model().edits().nextUndoProperty().get().describe(window.model().messages()))
                .startsWith("citer un passage pour");

        robot.interact(() -> window.timeline().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> inStore(store -> store.event(MILIPOL)).orElseThrow().equals(before));
    }
}
