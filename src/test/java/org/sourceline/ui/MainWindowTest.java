package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.io.TimelineWriter;
import org.sourceline.model.Event;
import org.sourceline.store.EventRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Background.singleThread("test-store"), StoreAccess.of(dir.resolve("first-run.db")),
                Locale.FRENCH);
        stage.setScene(new Scene(window, 1000, 800));
        stage.show();
        window.load();
    }

    @Test
    void opensOnTheSeedStoreAndListsEveryEventInDateOrder(FxRobot robot) throws Exception {
        List<String> expected = Seeds.load().dataset().events().stream()
                .sorted(TimelineWriter.EVENT_ORDER).map(Event::id).toList();
        ListView<EventRow> list = robot.lookup("#event-list").queryListView();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == expected.size());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getItems()).extracting(EventRow::id).containsExactlyElementsOf(expected);
        List<String> shownDates = robot.lookup(".event-date").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(shownDates).contains("mi-février 2022", "24–26 mai 2022", "25 mai 2022");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .startsWith(expected.size() + " événements");
    }
}
