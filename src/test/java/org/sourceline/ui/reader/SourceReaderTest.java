package org.sourceline.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.SourcePassage;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;
import org.sourceline.ui.detail.SeedStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SourceReaderTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";
    private static final String PRIME_MINISTER = "2022-05-25-reception-premier-ministre";

    @TempDir
    static java.nio.file.Path dir;
    private static StoreAccess store;
    /** The Milipol fair as src-000 cites it. */
    private static CitedPassage milipolInSrc000;

    private final List<String> selected = new CopyOnWriteArrayList<>();
    private final List<String> browsed = new CopyOnWriteArrayList<>();
    private SourceReaderViewModel model;
    private SourceReader reader;

    @BeforeAll
    static void seedStore() throws StoreException {
        store = SeedStore.in(dir);
        try (Store s = store.open()) {
            milipolInSrc000 = s.passagesOf(MILIPOL).get(0);
        }
        assertThat(milipolInSrc000.source().id()).isEqualTo("src-000");
    }

    @Start
    void start(Stage stage) {
        model = new SourceReaderViewModel(Background.singleThread("test-reader"), store, Locale.FRENCH);
        reader = new SourceReader(model, selected::add, browsed::add);
        // Tests narrow the reader, not the window: resizing a headless window races its painter.
        StackPane root = new StackPane(reader);
        root.setAlignment(Pos.TOP_LEFT);
        stage.setScene(new Scene(root, 640, 700));
        stage.show();
    }

    private void open(FxRobot robot, String sourceId, int start, int end, String eventId) throws Exception {
        int before = model.openedProperty().get();
        robot.interact(() -> reader.open(sourceId, start, end, eventId));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.openedProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openMilipol(FxRobot robot) throws Exception {
        open(robot, "src-000", milipolInSrc000.start(), milipolInSrc000.end(), MILIPOL);
    }

    private TextFlow flow(FxRobot robot) {
        return robot.lookup(".reader-text-flow").queryAs(TextFlow.class);
    }

    /** Reads the scene on the JavaFX thread, where text layout may be asked about. */
    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Where the characters [start, end) are drawn, in scene coordinates. */
    private static Bounds sceneBoundsOf(TextFlow flow, int start, int end) throws Exception {
        return fx(() -> {
            Path shape = new Path(flow.rangeShape(start, end));
            // Filled, not stroked: a shape with neither has no bounds.
            shape.setFill(Color.BLACK);
            shape.setStroke(null);
            return flow.localToScene(shape.getLayoutBounds());
        });
    }

    private static Bounds sceneBoundsOf(Node node) throws Exception {
        return fx(() -> node.localToScene(node.getLayoutBounds()));
    }

    /** The middle of a character, on screen. */
    private static Point2D screenPointOf(TextFlow flow, int index) throws Exception {
        return fx(() -> {
            Path glyph = new Path(flow.rangeShape(index, index + 1));
            glyph.setFill(Color.BLACK);
            glyph.setStroke(null);
            Bounds box = glyph.getLayoutBounds();
            return flow.localToScreen(box.getCenterX(), box.getCenterY());
        });
    }

    private static boolean inViewport(FxRobot robot, Bounds sceneBounds) throws Exception {
        Bounds view = sceneBoundsOf(robot.lookup(".reader-scroll").query());
        return sceneBounds.getMinY() >= view.getMinY() && sceneBounds.getMaxY() <= view.getMaxY();
    }

    @Test
    void beforeAnyCitationItAsksForOne(FxRobot robot) {
        assertThat(robot.lookup("#reader-placeholder").queryAs(Label.class).getText())
                .isEqualTo("Cliquez une citation pour lire l’article");
        assertThat(robot.lookup(".reader-text-flow").tryQuery()).isEmpty();
    }

    @Test
    void showsTheArticleWithItsTitleAndTheWholeBodyAsText(FxRobot robot) throws Exception {
        openMilipol(robot);

        assertThat(robot.lookup("#reader-title").queryAs(Label.class).getText())
                .isEqualTo("Sécurité du Mondial 2022\u00a0: le Maroc apporte son expertise au Qatar");
        assertThat(robot.lookup("#reader-meta").queryAs(Label.class).getText()).isEqualTo("S.A · 28 mai 2022");
        StringBuilder shown = new StringBuilder();
        flow(robot).getChildren().forEach(n -> shown.append(((Text) n).getText()));
        assertThat(shown.toString()).isEqualTo(model.sourceText().body());
        assertThat(flow(robot).getChildren()).hasSize(4);
        assertThat(robot.lookup("#reader-focus-caption").queryAs(Label.class).getText())
                .endsWith("Salon « Milipol Qatar 2022 »");
    }

    @Test
    void theFocusedPassageIsMarkedStronglyBehindItsWordsAndTheOthersSoftly(FxRobot robot) throws Exception {
        openMilipol(robot);
        TextFlow flow = flow(robot);

        Set<Path> strong = robot.lookup(".focused-passage-highlight").queryAllAs(Path.class);
        assertThat(strong).hasSize(1);
        Path mark = strong.iterator().next();
        Bounds markBounds = sceneBoundsOf(mark);
        Bounds quoteBounds = sceneBoundsOf(flow, milipolInSrc000.start(), milipolInSrc000.end());
        assertThat(markBounds.intersects(quoteBounds)).isTrue();
        assertThat(markBounds.getMinY()).isCloseTo(quoteBounds.getMinY(), within(2.0));
        assertThat(markBounds.getHeight()).isCloseTo(quoteBounds.getHeight(), within(2.0));
        // Behind the text: earlier in the same parent, so drawn first.
        Node layer = mark.getParent();
        assertThat(layer.getParent()).isSameAs(flow.getParent());
        assertThat(flow.getParent().getChildrenUnmodifiable().indexOf(layer))
                .isLessThan(flow.getParent().getChildrenUnmodifiable().indexOf(flow));
        assertThat(mark.getFill()).isEqualTo(Color.web("#ffd966"));

        // src-000 has eleven citations over nine distinct stretches of text; one is focused.
        Set<Path> soft = robot.lookup(".passage-highlight").queryAllAs(Path.class);
        assertThat(soft).hasSize(8).allSatisfy(p -> assertThat(p.getFill()).isEqualTo(Color.web("#d6e6f7")));
    }

    @Test
    void theMarksFollowTheTextWhenThePaneIsResized(FxRobot robot) throws Exception {
        openMilipol(robot);
        robot.interact(() -> reader.setMaxWidth(420));
        WaitForAsyncUtils.waitForFxEvents();

        Path mark = robot.lookup(".focused-passage-highlight").queryAs(Path.class);
        Bounds markBounds = sceneBoundsOf(mark);
        Bounds quoteBounds = sceneBoundsOf(flow(robot), milipolInSrc000.start(), milipolInSrc000.end());
        assertThat(markBounds.getMinY()).isCloseTo(quoteBounds.getMinY(), within(2.0));
        assertThat(markBounds.getMaxY()).isCloseTo(quoteBounds.getMaxY(), within(2.0));
        assertThat(markBounds.getMaxX()).isLessThanOrEqualTo(420);
    }

    @Test
    void aPassageFarDownIsScrolledIntoView(FxRobot robot) throws Exception {
        robot.interact(() -> reader.setMaxHeight(360));
        CitedPassage last;
        try (Store s = store.open()) {
            List<CitedPassage> passages = s.passagesOf("2022-05-visite-centre-cybersecurite");
            last = passages.get(passages.size() - 1);
        }
        assertThat(last.source().id()).isEqualTo("src-004");

        open(robot, "src-004", last.start(), last.end(), "2022-05-visite-centre-cybersecurite");

        ScrollPane scroll = robot.lookup(".reader-scroll").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue()).isGreaterThan(0.5);
        assertThat(inViewport(robot, sceneBoundsOf(flow(robot), last.start(), last.start() + 1))).isTrue();
    }

    @Test
    void clickingAnotherCitedPassageLeadsBackToItsEventAndFocusesIt(FxRobot robot) throws Exception {
        openMilipol(robot);
        SourcePassage target = model.sourceText().passages().stream()
                .filter(p -> p.eventId().equals(PRIME_MINISTER) && p.start() > milipolInSrc000.end())
                .filter(p -> model.sourceText().passages().stream()
                        .filter(q -> q.start() == p.start()).count() == 1)
                .findFirst().orElseThrow();
        TextFlow flow = flow(robot);
        int middle = (target.start() + target.end()) / 2;
        assertThat(inViewport(robot, sceneBoundsOf(flow, middle, middle + 1))).isTrue();

        robot.moveTo(screenPointOf(flow, middle));
        assertThat(flow.getCursor()).isEqualTo(Cursor.HAND);
        robot.clickOn(screenPointOf(flow, middle));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selected).containsExactly(PRIME_MINISTER);
        assertThat(model.focus()).isEqualTo(new PassageFocus(target.start(), target.end(), PRIME_MINISTER));
        Path mark = robot.lookup(".focused-passage-highlight").queryAs(Path.class);
        assertThat(sceneBoundsOf(mark).intersects(sceneBoundsOf(flow, middle, middle + 1)))
                .isTrue();
        assertThat(robot.lookup("#reader-focus-caption").queryAs(Label.class).getText())
                .endsWith("Abdellatif Hammouchi reçu par le président du conseil des ministres du Qatar");
    }

    @Test
    void clickingTextNoEventCitesLeadsNowhere(FxRobot robot) throws Exception {
        openMilipol(robot);
        TextFlow flow = flow(robot);
        int uncited = model.sourceText().body().indexOf("Le Maroc a décidé") + 20;
        assertThat(model.passageAt(uncited)).isEmpty();
        robot.interact(() -> robot.lookup(".reader-scroll").queryAs(ScrollPane.class).setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();

        robot.moveTo(screenPointOf(flow, uncited));
        assertThat(flow.getCursor()).isNotEqualTo(Cursor.HAND);
        robot.clickOn(screenPointOf(flow, uncited));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selected).isEmpty();
        assertThat(model.focus().eventId()).isEqualTo(MILIPOL);
    }

    @Test
    void openOriginalIsDisabledForTheSeedSourcesWhichHaveNoAddress(FxRobot robot) throws Exception {
        openMilipol(robot);

        assertThat(robot.lookup("#open-original").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#reader-link-status").queryAs(Label.class).getText())
                .isEqualTo("Pas d’adresse en ligne connue pour cet article");
        assertThat(browsed).isEmpty();
    }

    /** The left edge of a character, on screen: where an insertion point before it is. */
    private static Point2D screenPointBefore(TextFlow flow, int index) throws Exception {
        return fx(() -> {
            Path glyph = new Path(flow.rangeShape(index, index + 1));
            glyph.setFill(Color.BLACK);
            glyph.setStroke(null);
            Bounds box = glyph.getLayoutBounds();
            return flow.localToScreen(box.getMinX() + 1, box.getCenterY());
        });
    }

    @Test
    void draggingOverTheTextSelectsItsWordsWhichAreDrawnAndCopied(FxRobot robot) throws Exception {
        openMilipol(robot);
        robot.interact(() -> robot.lookup(".reader-scroll").queryAs(ScrollPane.class).setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow flow = flow(robot);
        String body = model.sourceText().body();
        int start = body.indexOf("Le Maroc a décidé");
        int end = start + "Le Maroc a décidé".length();

        robot.drag(screenPointBefore(flow, start), javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(screenPointBefore(flow, end));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.selectedText()).isEqualTo("Le Maroc a décidé");
        assertThat(selected).as("a drag is not a click on a passage").isEmpty();
        Path drawn = robot.lookup(".reader-selection").queryAs(Path.class);
        assertThat(sceneBoundsOf(drawn).intersects(sceneBoundsOf(flow, start + 3, start + 4))).isTrue();

        robot.push(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.RIGHT);
        assertThat(model.selectedText()).isEqualTo("Le Maroc a décidé ");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .isEqualTo("Le Maroc a décidé ");

        robot.doubleClickOn(screenPointOf(flow, start + 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedText()).isEqualTo("Maroc");
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(model.selectionProperty().get()).isNull();
        assertThat(robot.lookup(".reader-selection").tryQuery()).isEmpty();
    }
}
