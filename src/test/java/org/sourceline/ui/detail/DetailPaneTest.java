package org.sourceline.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.model.Source;
import org.sourceline.store.CitedPassage;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DetailPaneTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";

    @TempDir
    static Path dir;

    private final List<CitedPassage> opened = new CopyOnWriteArrayList<>();
    private DetailViewModel model;
    private DetailPane pane;

    @Start
    void start(Stage stage) {
        model = new DetailViewModel(Background.singleThread("test-detail"), StoreAccess.of(dir.resolve("s.db")),
                Locale.FRENCH);
        pane = new DetailPane(model, opened::add);
        stage.setScene(new Scene(pane, 420, 700));
        stage.show();
    }

    private void showMilipol(FxRobot robot) throws Exception {
        robot.interact(() -> model.show(MILIPOL));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.details() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<CitationCard> cards(FxRobot robot) {
        return List.copyOf(robot.lookup(".citation-card").queryAllAs(CitationCard.class));
    }

    @Test
    void beforeAnyEventItAsksForAClickOnTheTimeline(FxRobot robot) {
        assertThat(text(robot, "#detail-placeholder")).startsWith("Cliquez un événement sur la frise");
        assertThat(robot.lookup(".citation-card").queryAll()).isEmpty();
    }

    @Test
    void showsTitleDateWithPrecisionNoteAndEverySourceOfTheEvent(FxRobot robot) throws Exception {
        showMilipol(robot);

        assertThat(text(robot, "#detail-title")).isEqualTo("Salon « Milipol Qatar 2022 »");
        assertThat(robot.lookup("#detail-title-original").tryQuery()).isEmpty();
        assertThat(text(robot, "#detail-date")).isEqualTo("24–26 mai 2022 — jour précis");
        assertThat(text(robot, "#detail-summary")).isEqualTo(model.details().event().summary());
        assertThat(text(robot, "#detail-category")).isEqualTo("Salon");
        assertThat(text(robot, "#detail-actors")).isEqualTo("Abdellatif Hammouchi");
        assertThat(text(robot, "#detail-places")).isEqualTo("Qatar");
        assertThat(text(robot, "#detail-note")).startsWith("Le salon porte deux noms");
        assertThat(robot.lookup("#detail-note").query().getParent().getStyleClass()).contains("note-box");

        List<String> expectedTitles = Seeds.load().dataset().sources().stream()
                .filter(s -> List.of("src-000", "src-001", "src-002", "src-004").contains(s.id()))
                .map(Source::title).toList();
        List<String> shownTitles = robot.lookup(".citation-source-title").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(shownTitles).hasSize(6).containsAll(expectedTitles);
        List<String> quotes = robot.lookup(".citation-quote").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(quotes.get(0)).startsWith("«\u00a0En marge de sa participation").endsWith("\u00a0»");
        assertThat(text(robot, "#detail-citations-heading")).endsWith("(6)");
    }

    @Test
    void aCardSaysWhatItIsToAScreenReader(FxRobot robot) throws Exception {
        showMilipol(robot);

        CitationCard first = cards(robot).get(0);

        assertThat(first.isFocusTraversable()).isTrue();
        assertThat(first.getAccessibleRole()).isEqualTo(javafx.scene.AccessibleRole.BUTTON);
        assertThat(first.getAccessibleText()).startsWith("Citation 1 sur 6. Sécurité du Mondial 2022")
                .contains("S.A · 28 mai 2022").contains("«\u00a0En marge de sa participation");
    }

    @Test
    void clickingACardOpensThatPassage(FxRobot robot) throws Exception {
        showMilipol(robot);
        CitationCard fifth = cards(robot).get(4);
        tabTo(robot, fifth);

        robot.clickOn(fifth);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(model.details().passages().get(4));
        assertThat(opened.get(0).source().id()).isEqualTo("src-002");
    }

    @Test
    void enterAndSpaceOnAFocusedCardOpenItsPassage(FxRobot robot) throws Exception {
        showMilipol(robot);
        List<CitationCard> cards = cards(robot);

        robot.interact(cards.get(1)::requestFocus);
        robot.type(KeyCode.ENTER);
        robot.interact(cards.get(5)::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        List<CitedPassage> passages = model.details().passages();
        assertThat(opened).containsExactly(passages.get(1), passages.get(5));
    }

    @Test
    void aFocusedCardBelowTheFoldIsScrolledIntoView(FxRobot robot) throws Exception {
        showMilipol(robot);
        CitationCard last = cards(robot).get(5);
        Node viewport = robot.lookup(".detail-scroll").query();
        assertThat(onScreen(viewport, last)).isFalse();

        tabTo(robot, last);

        assertThat(onScreen(viewport, last)).isTrue();
    }

    /** Moves the keyboard focus with Tab, as a person would, until {@code target} has it. */
    private static void tabTo(FxRobot robot, Node target) {
        for (int i = 0; i < 20 && !target.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(target.isFocused()).as("reached with Tab").isTrue();
    }

    private static boolean onScreen(Node viewport, Node node) {
        var view = viewport.localToScene(viewport.getLayoutBounds());
        var box = node.localToScene(node.getLayoutBounds());
        return box.getMinY() >= view.getMinY() - 0.5 && box.getMaxY() <= view.getMaxY() + 0.5;
    }

    @Test
    void anEventIsShownFromItsTitleEvenAfterACardWasUsed(FxRobot robot) throws Exception {
        showMilipol(robot);
        Node viewport = robot.lookup(".detail-scroll").query();
        assertThat(onScreen(viewport, robot.lookup("#detail-title").query())).isTrue();
        tabTo(robot, cards(robot).get(5));
        robot.type(KeyCode.ENTER);

        robot.interact(() -> model.show("2022-05-25-reception-premier-ministre"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.details().event().id().equals("2022-05-25-reception-premier-ministre"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onScreen(viewport, robot.lookup("#detail-title").query())).isTrue();
    }

    @Test
    void aNewEventReplacesTheCards(FxRobot robot) throws Exception {
        showMilipol(robot);
        robot.interact(() -> model.show("2022-06-accord-cooperation-securite"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.details().event().id().equals("2022-06-accord-cooperation-securite"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cards(robot)).hasSize(1);
        assertThat(text(robot, "#detail-date")).isEqualTo("au plus tard en juin 2022 (« récemment signé ») — "
                + "jour non précisé dans l’intervalle");
        assertThat(robot.lookup("#detail-actors").tryQuery()).isEmpty();
    }

    @Test
    void clearingShowsTheEmptyStateAgain(FxRobot robot) throws Exception {
        showMilipol(robot);

        robot.interact(model::clear);

        assertThat(robot.lookup(".citation-card").queryAll()).isEmpty();
        assertThat(robot.lookup("#detail-placeholder").tryQuery()).isPresent();
    }
}
