package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.layout.Glyph;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineLayout;
import org.sourceline.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Background.singleThread("test-store"), StoreAccess.of(dir.resolve("seeds.db")),
                Locale.FRENCH, Settings.inMemory(), url -> { });
        timeline = window.timeline();
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
        window.load();
    }

    @BeforeEach
    void waitForTheEvents() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline.getData().size() > 0
                && timeline.lastLayoutProperty().get() != null && !timeline.lastLayoutProperty().get().glyphs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineLayout layout() {
        WaitForAsyncUtils.waitForFxEvents();
        return timeline.lastLayoutProperty().get();
    }

    private Glyph glyphOf(String eventId) {
        int index = timeline.getData().indexOf(eventId);
        return layout().glyphOf(index).orElseThrow(() -> new AssertionError(eventId + " is not drawn on its own"));
    }

    private Point2D onScreen(Glyph glyph) {
        return timeline.localToScreen(glyph.centerX(), glyph.y());
    }

    @Test
    void opensOnTheSeedStoreWithEveryEventDrawn() {
        TimelineLayout layout = layout();
        int drawn = layout.glyphs().stream().mapToInt(Glyph::count).sum();
        assertThat(drawn).isEqualTo(timeline.getData().size()).isEqualTo(13);
        assertThat(window.status().getText()).startsWith("13 événements");
    }

    @Test
    void ctrlWheelZoomsAroundThePointerKeepingItsDateInPlace(FxRobot robot) {
        Glyph meeting = glyphOf("2022-05-25-reception-premier-ministre");
        double x = meeting.centerX();
        TimeScale before = timeline.getScale();
        double timeUnderPointer = before.timeFor(x);

        Point2D screen = onScreen(meeting);
        robot.moveTo(screen);
        // Three notches of a wheel turned away from the user, with Ctrl held, as the platform delivers them.
        robot.interact(() -> javafx.event.Event.fireEvent(timeline, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, x, meeting.y(), screen.getX(), screen.getY(),
                false, true, false, false, false, false, 0, 120, 0, 120, 40, 40,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES, 3, 0, null)));

        TimeScale after = timeline.getScale();
        assertThat(after.secondsPerPixel()).isLessThan(before.secondsPerPixel() / 1.5);
        assertThat(after.timeFor(x)).isCloseTo(timeUnderPointer, within(after.secondsPerPixel() * 1.5));
    }

    private static java.util.Optional<String> shownTooltip() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst()).get();
    }

    @Test
    void aTooltipNamesTheEventUnderThePointerAndGoesWhenAWheelZoomChangesWhatIsThere(FxRobot robot)
            throws Exception {
        Glyph salon = glyphOf("2022-05-24-salon-milipol-qatar-2022");
        Point2D screen = onScreen(salon);
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTooltip()).hasValueSatisfying(text -> assertThat(text).contains("Milipol"));

        robot.interact(() -> javafx.event.Event.fireEvent(timeline, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, salon.centerX(), salon.y(), screen.getX(), screen.getY(),
                false, true, false, false, false, false, 0, -120, 0, -120, 40, 40,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shownTooltip()).as("what it said may no longer be under the pointer").isEmpty();
    }

    @Test
    void draggingPansTheTimeline(FxRobot robot) {
        TimeScale before = timeline.getScale();
        Point2D start = timeline.localToScreen(600, 600);

        robot.drag(start, MouseButton.PRIMARY).moveBy(-100, 0).moveBy(-100, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        TimeScale after = timeline.getScale();
        assertThat(after.secondsPerPixel()).isEqualTo(before.secondsPerPixel());
        assertThat(after.start() - before.start()).isCloseTo(200 * before.secondsPerPixel(),
                within(4 * before.secondsPerPixel()));
    }

    @Test
    void clickingAnEventSelectsItAndFillsTheDetailPane(FxRobot robot) throws Exception {
        robot.clickOn(onScreen(glyphOf("2022-05-24-salon-milipol-qatar-2022")));

        assertThat(timeline.getSelectedEventId()).isEqualTo("2022-05-24-salon-milipol-qatar-2022");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.detail().model().details() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Salon « Milipol Qatar 2022 »").tryQuery()).isPresent();
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().startsWith("24–26 mai 2022")).tryQuery()).isPresent();
    }

    @Test
    void arrowKeysWalkTheEventsInTimeOrder(FxRobot robot) {
        List<String> inOrder = timeline.getData().items().stream().map(i -> i.id()).toList();
        robot.clickOn(timeline.localToScreen(600, 700));   // an empty spot: focus, no selection

        robot.type(KeyCode.RIGHT);
        assertThat(timeline.getSelectedEventId()).isEqualTo(inOrder.get(0));
        robot.type(KeyCode.RIGHT, 3);
        assertThat(timeline.getSelectedEventId()).isEqualTo(inOrder.get(3));
        robot.type(KeyCode.LEFT);
        assertThat(timeline.getSelectedEventId()).isEqualTo(inOrder.get(2));
        robot.type(KeyCode.ESCAPE);
        assertThat(timeline.getSelectedEventId()).isNull();
    }

    @Test
    void clickingAClusterZoomsInUntilItOpensUp(FxRobot robot) {
        robot.interact(() -> {
            timeline.laneModeProperty().set(LaneMode.SINGLE);
            timeline.fitAll();
        });
        Glyph cluster = layout().glyphs().stream().filter(Glyph::isCluster).findFirst()
                .orElseThrow(() -> new AssertionError("fit all in one lane should cluster May 2022"));
        List<Integer> members = cluster.members();
        double sppBefore = timeline.getScale().secondsPerPixel();

        for (int click = 0; click < 8; click++) {
            Glyph still = layout().glyphs().stream()
                    .filter(g -> g.isCluster() && g.members().stream().anyMatch(members::contains))
                    .findFirst().orElse(null);
            if (still == null) {
                break;
            }
            robot.clickOn(onScreen(still));
        }

        assertThat(timeline.getScale().secondsPerPixel()).isLessThan(sppBefore / 4);
        assertThat(layout().glyphs()).filteredOn(g -> g.members().stream().anyMatch(members::contains))
                .noneMatch(Glyph::isCluster);
    }

    @Test
    void goToDateShowsTheTypedDate(FxRobot robot) {
        robot.interact(() -> assertThat(window.goToDate("25 mai 2022")).isTrue());
        TimeScale scale = timeline.getScale();
        double may25noon = java.time.LocalDate.of(2022, 5, 25).atTime(12, 0)
                .toEpochSecond(java.time.ZoneOffset.UTC);
        assertThat((scale.start() + scale.end()) / 2).isCloseTo(may25noon, within(3600.0));
        assertThat(scale.span()).isLessThan(30 * 86_400.0);
        robot.interact(() -> assertThat(window.goToDate("pas une date")).isFalse());
    }

    @Test
    void draggingTheOverviewWindowMovesTheTimeline(FxRobot robot) {
        robot.interact(() -> timeline.showRange(LocalDay.seconds(2022, 5, 1), LocalDay.seconds(2022, 7, 1)));
        org.sourceline.ui.timeline.OverviewBand band = robot.lookup("#overview").queryAs(
                org.sourceline.ui.timeline.OverviewBand.class);
        WaitForAsyncUtils.waitForFxEvents();
        TimeScale before = timeline.getScale();
        double x0 = band.xOf(before.start());
        double x1 = band.xOf(before.end());
        double spanOnBand = x1 - x0;
        Point2D middle = band.localToScreen((x0 + x1) / 2, band.getHeight() / 2);

        robot.drag(middle, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        TimeScale after = timeline.getScale();
        double secondsPerBandPixel = (before.end() - before.start()) / spanOnBand;
        assertThat(after.span()).isCloseTo(before.span(), within(1.0));
        assertThat(after.start() - before.start()).isCloseTo(60 * secondsPerBandPixel, within(2 * secondsPerBandPixel));
    }

    /** Epoch seconds of a UTC day. */
    private static final class LocalDay {
        static double seconds(int y, int m, int d) {
            return java.time.LocalDate.of(y, m, d).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
        }
    }

    @Test
    void aCitationOpensItsArticleWithThePassageHighlightedAndAnotherPassageLeadsBackToItsEvent(FxRobot robot)
            throws Exception {
        robot.clickOn(onScreen(glyphOf("2022-05-25-reception-premier-ministre")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.detail().model().details() != null
                && robot.lookup(".citation-card").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        var firstPassage = window.detail().model().details().passages().get(0);

        // The card may be below the fold: reach it as a keyboard user does, then activate it with Enter.
        javafx.scene.Node card = robot.lookup(".citation-card").query();
        robot.interact(card::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.reader().model().sourceText() != null
                && robot.lookup(".focused-passage-highlight").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        var reader = window.reader().model();
        assertThat(reader.sourceText().source().id()).isEqualTo(firstPassage.source().id());
        assertThat(reader.focus().start()).isEqualTo(firstPassage.start());
        assertThat(reader.focus().end()).isEqualTo(firstPassage.end());
        assertThat(robot.lookup("#reader-title").queryLabeled().getText()).isEqualTo(firstPassage.source().title());

        // A point just inside the first line of a softly highlighted passage that is in view.
        var readerBounds = window.reader().localToScreen(window.reader().getBoundsInLocal());
        Point2D target = robot.lookup(".passage-highlight").queryAllAs(javafx.scene.shape.Path.class).stream()
                .filter(p -> !p.getStyleClass().contains("focused-passage-highlight"))
                .map(p -> {
                    var move = (javafx.scene.shape.MoveTo) p.getElements().get(0);
                    return p.localToScreen(move.getX() + 4, move.getY() + 6);
                })
                .filter(pt -> pt != null && pt.getY() > readerBounds.getMinY() + 80 && pt.getY() < readerBounds.getMaxY() - 20)
                .findFirst().orElseThrow(() -> new AssertionError("no other cited passage in view"));
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();

        String selected = timeline.getSelectedEventId();
        assertThat(selected).isNotEqualTo("2022-05-25-reception-premier-ministre");
        assertThat(reader.sourceText().passages()).anyMatch(p -> p.eventId().equals(selected));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.detail().model().details() != null
                && window.detail().model().details().event().id().equals(selected));
    }

    @Test
    void exportingAnImageWritesTheFileWithoutDisturbingTheWindow(FxRobot robot) throws Exception {
        TimeScale before = timeline.getScale();
        Path out = dir.resolve("window-export.png");
        var chosen = new org.sourceline.ui.export.ImageExportSettings(
                org.sourceline.ui.export.ImageExportSettings.Range.ALL, "", "", 900, 2, false, "Essai", true, true, true);

        var done = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Path>>();
        robot.interact(() -> done.set(window.exportImage(chosen, out)));
        Path written = done.get().get(30, TimeUnit.SECONDS);

        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(written.toFile());
        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(timeline.getScale()).isEqualTo(before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.status().getText()).contains(written.toString());
    }

    @Test
    void ctrlEOpensTheExportDialogWithAPreview(FxRobot robot) throws Exception {
        robot.clickOn(timeline.localToScreen(600, 700));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#export-preview").tryQuery()
                .map(n -> ((javafx.scene.image.ImageView) n).getImage() != null).orElse(false));

        javafx.scene.image.ImageView preview = robot.lookup("#export-preview").query();
        assertThat(preview.getImage().getWidth()).isGreaterThan(100);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-preview").tryQuery()).isEmpty();
    }

    @Test
    void deleteAndCtrlZInATextFieldEditItsTextAndLeaveTheChronologyAlone(FxRobot robot) throws Exception {
        robot.interact(() -> timeline.select("2022-05-25-reception-premier-ministre"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField field = robot.lookup("#search-field").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(field).write("ab").push(KeyCode.HOME).push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(field.getText()).isEqualTo("b");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isNotEqualTo("b");
        assertThat(window.model().edits().nextUndoProperty().get()).isNull();
        assertThat(window.model().events().indexOf("2022-05-25-reception-premier-ministre")).isNotNegative();
        robot.interact(field::clear);
    }
}
