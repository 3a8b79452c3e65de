package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Stores;
import org.sourceline.model.Event;
import org.sourceline.model.Source;
import org.sourceline.store.Store;
import org.sourceline.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chronology built in the window from an empty store, as a user builds it: an article pasted as a new source, an
 * event typed in the editor citing it, its date corrected by typing "fin mai 2022", deleted with the Delete key, and
 * brought back and deleted again with Ctrl+Z and Ctrl+Shift+Z. After each step, the timeline, the detail pane and
 * the store say the same thing.
 */
@ExtendWith(ApplicationExtension.class)
class EditingWindowTest {
    private static final String ARTICLE = "Doha, le 28 mai 2022.\n\n"
            + "Le directeur général de la DGSN a été reçu à Doha par le ministre qatari de l’Intérieur.\n"
            + "Les deux services ont signé un accord de coopération pour la Coupe du monde.\n";
    private static final String QUOTE = "Les deux services ont signé un accord de coopération";

    @TempDir
    static Path dir;

    private Path file;
    private MainWindow window;
    private TimelineView timeline;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("vide-" + System.nanoTime() + ".db");
        Stores.createEmpty(file).close();
        window = WindowTests.show(stage, StoreAccess.existing(file));
        timeline = window.timeline();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WindowTests.waitUntil(condition);
    }

    /** What the store holds, read from its file by a connection of its own. */
    private <T> T inStore(StoreRead<T> read) throws Exception {
        try (Store store = Stores.open(file)) {
            return read.from(store);
        }
    }

    @FunctionalInterface
    private interface StoreRead<T> {
        T from(Store store) throws Exception;
    }

    private Optional<Event> onlyEvent() throws Exception {
        return inStore(store -> store.load().dataset().events().stream().findFirst());
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void type(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.write(text);
    }

    /**
     * Clicks a control of a form, once it is in view: the keyboard is brought to it first, as Tab does, and the
     * form scrolls to what has the focus.
     */
    private void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        javafx.scene.control.ScrollPane pane = null;
        for (Node n = node.getParent(); n != null && pane == null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane p) {
                pane = p;
            }
        }
        if (pane != null && !inView(pane, node)) {
            robot.interact(node::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(inView(pane, node)).as(query + " scrolled into view with the focus").isTrue();
        }
        robot.clickOn(node);
    }

    private static boolean inView(javafx.scene.control.ScrollPane pane, Node node) {
        javafx.geometry.Bounds view = pane.localToScreen(pane.getBoundsInLocal());
        javafx.geometry.Bounds it = node.localToScreen(node.getBoundsInLocal());
        return it.getMinY() >= view.getMinY() && it.getMaxY() <= view.getMaxY();
    }

    /** Keys go to the main window, not to a text field: the timeline has the focus. */
    private void press(FxRobot robot, KeyCode... keys) {
        robot.interact(() -> {
            timeline.getScene().getWindow().requestFocus();
            timeline.requestFocus();
        });
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aChronologyIsBuiltFromNothingCorrectedDeletedAndTheDeletionUndoneAndRedone(FxRobot robot)
            throws Exception {
        waitUntil(() -> window.model().loadedProperty().get());
        assertThat(timeline.getData().size()).isZero();

        // An article, pasted as a new source.
        robot.interact(window::newSource);
        waitUntil(() -> robot.lookup("#catalog-field-text").tryQuery().isPresent());
        type(robot, "#catalog-field-title", "Le Maroc et le Qatar signent un accord");
        type(robot, "#catalog-field-published", "28 mai 2022");
        robot.interact(() -> robot.lookup("#catalog-field-text").queryAs(TextArea.class).setText(ARTICLE));
        click(robot, "#catalog-save");
        waitUntil(() -> inStore(store -> store.sourcesById().size()) == 1);
        Source source = inStore(store -> store.sourcesById().values().iterator().next());
        assertThat(source.published()).hasToString("2022-05-28");

        // An event typed in the editor, citing the article.
        press(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#event-editor").tryQuery().isPresent()
                && !robot.lookup("#editor-citation-source").queryAs(ComboBox.class).getItems().isEmpty());
        type(robot, "#editor-title", "Accord de coopération entre la DGSN et l’Intérieur qatari");
        type(robot, "#editor-date", "28 mai 2022");
        click(robot, "#editor-category");
        robot.write("Accord");
        type(robot, "#editor-summary", "La DGSN et le ministère qatari de l’Intérieur signent un accord.");
        robot.interact(() -> robot.lookup("#editor-citation-source").queryAs(ComboBox.class)
                .getSelectionModel().select(0));
        type(robot, "#editor-citation-quote", QUOTE);
        click(robot, "#editor-citation-add");
        waitUntil(() -> !robot.lookup("#editor-save").query().isDisabled());
        robot.clickOn("#editor-save");

        waitUntil(() -> onlyEvent().isPresent() && timeline.getData().size() == 1
                && robot.lookup("#event-editor").tryQuery().isEmpty());
        Event created = onlyEvent().orElseThrow();
        assertThat(created.date()).hasToString("2022-05-28");
        assertThat(created.citations().get(0).quote()).isEqualTo(QUOTE);
        assertThat(timeline.getSelectedEventId()).isEqualTo(created.id());
        waitUntil(() -> robot.lookup("#detail-title").tryQuery().isPresent());
        assertThat(text(robot, "#detail-title")).isEqualTo(created.title());
        assertThat(window.status().getText()).startsWith("Fait : créer « Accord de coopération");

        // Its date corrected by typing it as the source words it.
        press(robot, KeyCode.F2);
        waitUntil(() -> robot.lookup("#editor-date").tryQuery().isPresent()
                && !robot.lookup("#editor-date").queryAs(TextInputControl.class).getText().isEmpty());
        robot.interact(() -> robot.lookup("#editor-date").queryAs(TextInputControl.class).clear());
        type(robot, "#editor-date", "fin mai 2022");
        assertThat(text(robot, "#editor-date-shown"))
                .isEqualTo("[2022-05-21..2022-05-31] — entre le 21 et le 31 mai 2022 — jour non précisé");
        robot.clickOn("#editor-save");
        waitUntil(() -> onlyEvent().map(e -> e.date().toString()).orElse("")
                .equals("[2022-05-21..2022-05-31]") && robot.lookup("#event-editor").tryQuery().isEmpty());
        assertThat(onlyEvent().orElseThrow().id()).isEqualTo(created.id());
        waitUntil(() -> text(robot, "#detail-date").contains("jour non précisé"));
        assertThat(timeline.getData().items().get(0).start())
                .isEqualTo(java.time.LocalDate.of(2022, 5, 21).atStartOfDay(java.time.ZoneOffset.UTC)
                        .toEpochSecond());

        // Deleted with the Delete key, no question asked.
        press(robot, KeyCode.DELETE);
        waitUntil(() -> onlyEvent().isEmpty() && timeline.getData().size() == 0);
        assertThat(timeline.getSelectedEventId()).isNull();
        waitUntil(() -> robot.lookup("#detail-placeholder").tryQuery().isPresent());

        // Ctrl+Z brings it back, with its corrected date, selected.
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> onlyEvent().isPresent() && timeline.getData().size() == 1);
        assertThat(onlyEvent().orElseThrow()).isEqualTo(inStore(store -> store.event(created.id())).orElseThrow());
        assertThat(onlyEvent().orElseThrow().date()).hasToString("[2022-05-21..2022-05-31]");
        assertThat(timeline.getSelectedEventId()).isEqualTo(created.id());
        waitUntil(() -> robot.lookup("#detail-title").tryQuery().isPresent());
        assertThat(text(robot, "#detail-title")).isEqualTo(created.title());
        assertThat(window.status().getText()).startsWith("Annulé : supprimer « Accord de coopération");

        // Ctrl+Shift+Z deletes it again.
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> onlyEvent().isEmpty() && timeline.getData().size() == 0);
        waitUntil(() -> robot.lookup("#detail-placeholder").tryQuery().isPresent());
        assertThat(window.status().getText()).startsWith("Rétabli : supprimer « Accord de coopération");

        // And Ctrl+Z, then Ctrl+Y, the other key for Redo.
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> onlyEvent().isPresent() && timeline.getData().size() == 1);
        press(robot, KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> onlyEvent().isEmpty() && timeline.getData().size() == 0);
        Node undo = robot.lookup("#tool-undo").query();
        assertThat(undo.isDisabled()).isFalse();
    }
}
