package org.sourceline.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.ui.MainWindow;
import org.sourceline.ui.WindowTests;
import org.sourceline.ui.catalog.CatalogViewModel.Entry;
import org.sourceline.ui.catalog.CatalogViewModel.Kind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window of sources, actors, places and categories, as a user sees it beside the seed timeline. */
@ExtendWith(ApplicationExtension.class)
class CatalogWindowTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.showSeeds(stage, dir);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WindowTests.waitUntil(condition);
    }

    @SuppressWarnings("unchecked")
    private ListView<Entry> list(FxRobot robot) {
        return robot.lookup("#catalog-list").queryAs(ListView.class);
    }

    private CatalogPane open(FxRobot robot, Kind kind) throws Exception {
        waitUntil(() -> window.model().loadedProperty().get());
        robot.interact(() -> {
            window.openCatalog(kind);
        });
        CatalogPane pane = window.catalog();
        waitUntil(() -> pane.model().readyProperty().get() && !list(robot).getItems().isEmpty());
        return pane;
    }

    private void choose(FxRobot robot, String name) throws Exception {
        waitUntil(() -> list(robot).getItems().stream().anyMatch(e -> e.name().equals(name)));
        robot.interact(() -> list(robot).getItems().stream().filter(e -> e.name().equals(name)).findFirst()
                .ifPresent(e -> list(robot).scrollTo(e)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<Entry> c) ->
                c.getItem() != null && c.getItem().name().equals(name)).queryAs(javafx.scene.Node.class));
        waitUntil(() -> robot.lookup("#catalog-heading").tryQuery().isPresent()
                && robot.lookup("#catalog-heading").queryAs(Label.class).getText().equals(name));
    }

    @Test
    void aSourceStillCitedIsNotDeletedAndTheWindowSaysWhichEventsCiteIt(FxRobot robot) throws Exception {
        open(robot, Kind.SOURCE);
        String title = list(robot).getItems().get(list(robot).getItems().size() - 1).name();
        choose(robot, title);
        waitUntil(() -> robot.lookup("#catalog-uses-count").queryAs(Label.class).getText().startsWith("Utilisé par"));

        robot.clickOn("#catalog-delete");

        waitUntil(() -> robot.lookup("#catalog-problem").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#catalog-problem").queryAs(Label.class).getText())
                .startsWith("« " + title + " » est encore cité par").contains("Retirez d’abord");
        assertThat(list(robot).getItems()).extracting(Entry::name).contains(title);
        assertThat(window.model().edits().nextUndoProperty().get()).isNull();
    }

    @Test
    void anActorRenamedIsRenamedInTheListAndTheDetailPaneAndCtrlZInTheWindowTakesItBack(FxRobot robot)
            throws Exception {
        open(robot, Kind.ACTOR);
        choose(robot, "Abdellatif Hammouchi");
        assertThat(robot.lookup("#catalog-save").query().isDisabled()).isTrue();

        robot.clickOn("#catalog-field-name");
        robot.push(KeyCode.END);
        robot.write(" (DGSN)");
        assertThat(robot.lookup("#catalog-save").query().isDisabled()).isFalse();
        robot.clickOn("#catalog-save");

        waitUntil(() -> list(robot).getItems().stream().anyMatch(e -> e.name().equals("Abdellatif Hammouchi (DGSN)")));
        robot.interact(() -> window.timeline().select(MILIPOL));
        waitUntil(() -> robot.lookup("#detail-actors").tryQuery().isPresent()
                && robot.lookup("#detail-actors").queryAs(Label.class).getText().equals("Abdellatif Hammouchi (DGSN)"));

        robot.interact(() -> {
            window.getScene().getWindow().requestFocus();
            window.timeline().requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        waitUntil(() -> robot.lookup("#detail-actors").queryAs(Label.class).getText().equals("Abdellatif Hammouchi"));
        waitUntil(() -> list(robot).getItems().stream().anyMatch(e -> e.name().equals("Abdellatif Hammouchi")));
        assertThat(robot.lookup("#catalog-field-name").queryAs(TextInputControl.class).getText())
                .isEqualTo("Abdellatif Hammouchi");
    }
}
