package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Stores;
import org.sourceline.model.EdtfDate;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.Store;
import org.sourceline.ui.edit.EventEditorViewModel;
import org.sourceline.ui.reader.SourceReaderViewModel.Candidate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dates in the reader, as a user meets them in the first seed article (published 28 May 2022): underlined on
 * demand with their meaning on hover, offered for a new event from a passage, and every dated sentence offered as
 * a candidate event.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderDatesTest {
    /** "…qui s’est tenu du 24 au 26 mai, le patron de la police marocaine a successivement été reçu…" */
    private static final String RANGE = "du 24 au 26 mai";
    private static final String NO_DATE = "le patron de la police marocaine a successivement été reçu";

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

    private String openFirstArticle(FxRobot robot) throws Exception {
        return openArticle(robot, "src-000");
    }

    private String openArticle(FxRobot robot, String sourceId) throws Exception {
        waitUntil(() -> window.model().loadedProperty().get());
        robot.interact(() -> window.reader().open(sourceId, 0, 0));
        waitUntil(() -> window.reader().model().sourceText() != null
                && !window.reader().model().datesProperty().get().isEmpty());
        robot.interact(() -> robot.lookup(".reader-scroll").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        return window.reader().model().sourceText().body();
    }

    private static Point2D screenPointBefore(TextFlow flow, int index) throws Exception {
        return WindowTests.screenPointBefore(flow, index);
    }

    @Test
    void datesAreUnderlinedOnDemandAndSayWhatTheyMeanUnderThePointer(FxRobot robot) throws Exception {
        String body = openFirstArticle(robot);
        assertThat(robot.lookup(".reader-date").queryAll()).as("not underlined until asked").isEmpty();

        robot.clickOn("#reader-dates");
        int found = window.reader().model().datesProperty().get().size();
        waitUntil(() -> robot.lookup(".reader-date").queryAll().size() == found);
        assertThat(window.reader().model().datesProperty().get()).extracting(d -> d.text()).contains(RANGE);

        TextFlow flow = robot.lookup(".reader-text-flow").queryAs(TextFlow.class);
        robot.moveTo(screenPointBefore(flow, body.indexOf(RANGE) + 4));
        waitUntil(() -> window.reader().dateTip().isShowing());
        assertThat(window.reader().dateTip().getText())
                .startsWith(RANGE + " → 2022-05-24/2022-05-26");

        robot.moveTo(screenPointBefore(flow, body.indexOf(NO_DATE) + 5));
        waitUntil(() -> !window.reader().dateTip().isShowing());

        robot.clickOn("#reader-dates");
        waitUntil(() -> robot.lookup(".reader-date").queryAll().isEmpty());
    }

    @Test
    void aPassageWithoutADateTakesTheNearestInItsSentenceAndTheEditorSaysWhichPhrase(FxRobot robot)
            throws Exception {
        String body = openFirstArticle(robot);
        int start = body.indexOf(NO_DATE);
        TextFlow flow = robot.lookup(".reader-text-flow").queryAs(TextFlow.class);
        robot.drag(screenPointBefore(flow, start), MouseButton.PRIMARY)
                .dropTo(screenPointBefore(flow, start + NO_DATE.length()));
        waitUntil(() -> window.reader().model().selectionProperty().get() != null);
        assertThat(window.reader().model().selectedText()).isEqualTo(NO_DATE);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitUntil(() -> window.editing().editor() != null && window.editing().editor().model().readyProperty().get()
                && !window.editing().editor().model().citations().isEmpty());
        EventEditorViewModel editor = window.editing().editor().model();
        assertThat(editor.dateProperty().get()).isEqualTo("2022-05-24/2022-05-26");
        waitUntil(() -> robot.lookup("#editor-date-from").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#editor-date-from").queryAs(Label.class).getText())
                .isEqualTo("Date lue dans l’article : « " + RANGE + " »");

        robot.interact(() -> {
            editor.titleProperty().set("Hammouchi reçu par le président du conseil des ministres");
            editor.summaryProperty().set("Reçu en marge de Milipol Qatar.");
            editor.categoryProperty().set("Rencontre");
        });
        waitUntil(() -> !robot.lookup("#editor-save").query().isDisabled());
        robot.interact(() -> robot.lookup("#editor-save").queryAs(Button.class).fire());
        waitUntil(() -> window.editing().editor() == null);

        String id = window.model().selectedEventId();
        try (Store store = Stores.open(file)) {
            assertThat(store.event(id).orElseThrow().date()).isEqualTo(EdtfDate.parse("2022-05-24/2022-05-26"));
            List<CitedPassage> cited = store.passagesOf(id);
            assertThat(cited).singleElement().satisfies(c -> {
                assertThat(c.start()).isEqualTo(start);
                assertThat(c.end()).isEqualTo(start + NO_DATE.length());
            });
        }
        robot.interact(() -> window.timeline().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> {
            try (Store store = Stores.open(file)) {
                return store.event(id).isEmpty();
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDatedSentenceIsACandidateToAcceptIntoTheEditorOrSetAside(FxRobot robot) throws Exception {
        // The fifth seed article, published in June 2022: "fin mai", "cette année", "mercredi 25 mai 2022", "du 24
        // au 26 mai 2022", each in a sentence of its own.
        String body = openArticle(robot, "src-004");
        robot.clickOn("#reader-suggest");
        waitUntil(() -> window.suggestions() != null && window.suggestions().getScene() != null);
        ListView<Candidate> list = robot.lookup("#suggestions-list").queryAs(ListView.class);
        List<Candidate> offered = List.copyOf(list.getItems());
        assertThat(offered).isNotEmpty();
        for (Candidate c : offered) {
            assertThat(c.quote().text()).doesNotContain("\n");
            assertThat(body.substring(c.quote().start(), c.quote().end())).isEqualTo(c.quote().text());
            assertThat(c.quote().start()).isLessThanOrEqualTo(c.date().start());
            assertThat(c.quote().end()).isGreaterThanOrEqualTo(c.date().end());
        }
        assertThat(offered).extracting(c -> c.date().text()).containsExactly("fin mai", "cette année",
                "mercredi 25 mai 2022", "du 24 au 26 mai 2022");
        Candidate milipol = offered.get(3);
        Candidate other = offered.stream().filter(c -> c != milipol).findFirst().orElseThrow();

        Node otherCell = robot.lookup(".list-cell").match((javafx.scene.control.ListCell<Candidate> cell) ->
                cell.getItem() == other).query();
        robot.clickOn(robot.from(otherCell).lookup(".suggestion-reject").queryButton());
        waitUntil(() -> list.getItems().size() == offered.size() - 1 && !list.getItems().contains(other));

        robot.interact(() -> list.scrollTo(milipol));
        WaitForAsyncUtils.waitForFxEvents();
        Node milipolCell = robot.lookup(".list-cell").match((javafx.scene.control.ListCell<Candidate> cell) ->
                cell.getItem() == milipol).query();
        robot.clickOn(robot.from(milipolCell).lookup(".suggestion-accept").queryButton());
        waitUntil(() -> window.editing().editor() != null && window.editing().editor().model().readyProperty().get()
                && !window.editing().editor().model().citations().isEmpty());
        EventEditorViewModel editor = window.editing().editor().model();
        assertThat(editor.citations()).extracting(EventEditorViewModel.Cited::quote)
                .containsExactly(milipol.quote().text());
        assertThat(editor.dateProperty().get()).isEqualTo("2022-05-24/2022-05-26");
        assertThat(list.getItems()).doesNotContain(milipol).hasSize(offered.size() - 2);

        robot.interact(() -> window.openSuggestions());
        ListView<Candidate> again = robot.lookup("#suggestions-list").queryAs(ListView.class);
        assertThat(again.getItems()).as("what was decided is not offered again").hasSize(offered.size() - 2);

        robot.clickOn(robot.from(again).lookup(".suggestion-quote").queryLabeled());
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !again.getScene().getWindow().isShowing());
    }
}
