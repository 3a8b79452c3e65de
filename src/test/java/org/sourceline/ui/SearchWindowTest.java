package org.sourceline.ui;

import org.sourceline.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.layout.Glyph;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineItem;
import org.sourceline.model.SearchQuery;
import org.sourceline.store.SearchHit;
import org.sourceline.store.Store;
import org.sourceline.ui.search.SearchViewModel;
import org.sourceline.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Search and filters in the real window, on the seed store. */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {
    private static final String DOHA_2024 = "2024-04-visite-doha";
    private static final String PRIME_MINISTER = "2022-05-25-reception-premier-ministre";

    @TempDir
    static Path dir;

    private MainWindow window;
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Background.singleThread("test-search"), StoreAccess.of(dir.resolve("seeds.db")),
                Locale.FRENCH, Settings.inMemory(), url -> { });
        timeline = window.timeline();
        stage.setScene(new Scene(window, 1440, 900));
        stage.show();
        window.load();
    }

    @BeforeEach
    void waitForTheEvents() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline.getData().size() == 13
                && timeline.lastLayoutProperty().get() != null
                && window.status().getText().startsWith("13 événements"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeSearch(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private void waitForMatches(Set<String> expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.util.Objects.equals(expected, timeline.getMatchedEventIds()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Set<String> expectedMatches(String typed) throws Exception {
        try (Store store = Stores.open(dir.resolve("seeds.db"))) {
            return store.matchingEventIds(SearchQuery.of(typed));
        }
    }

    private Color pixelAt(FxRobot robot, String eventId) {
        Glyph glyph = timeline.lastLayoutProperty().get().glyphOf(timeline.getData().indexOf(eventId))
                .orElseThrow(() -> new AssertionError(eventId + " is not drawn on its own"));
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(timeline.snapshot(null, null)));
        return shot.get().getPixelReader().getColor((int) Math.round(glyph.centerX()), (int) Math.round(glyph.y()));
    }

    @Test
    void typingASearchDimsTheEventsItDoesNotFindAndCountsWhatItFinds(FxRobot robot) throws Exception {
        robot.interact(() -> timeline.showRange(day(2022, 5, 20), day(2024, 5, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Color otherBefore = pixelAt(robot, PRIME_MINISTER);
        Color foundBefore = pixelAt(robot, DOHA_2024);

        typeSearch(robot, "khelaifi");
        waitForMatches(Set.of(DOHA_2024));

        assertThat(timeline.isDimmed(PRIME_MINISTER)).isTrue();
        assertThat(timeline.isDimmed(DOHA_2024)).isFalse();
        assertThat(window.status().getText()).startsWith("1 sur 13 événements");
        assertThat(timeline.getData().size()).isEqualTo(13);
        // What is painted: the other event fades towards the white background, the one found does not change.
        Color otherAfter = pixelAt(robot, PRIME_MINISTER);
        assertThat(otherAfter.getSaturation()).isLessThan(otherBefore.getSaturation() - 0.2);
        assertThat(otherAfter.getBrightness()).isGreaterThan(otherBefore.getBrightness());
        assertThat(pixelAt(robot, DOHA_2024)).isEqualTo(foundBefore);

        // Snippets are text with the words found in bold, never markup.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".snippet-match").tryQuery().isPresent());
        List<Text> found = List.copyOf(robot.lookup(".snippet-match").queryAllAs(Text.class));
        assertThat(found).isNotEmpty().allMatch(t -> t.getText().equalsIgnoreCase("Khelaifi"));
        assertThat(FontWeight.findByName(found.get(0).getFont().getStyle().split(" ")[0])).isEqualTo(FontWeight.BOLD);

        robot.clickOn("#clear-filters");
        waitForMatches(null);
        assertThat(timeline.isDimmed(PRIME_MINISTER)).isFalse();
        assertThat(window.status().getText()).startsWith("13 événements");
        assertThat(window.search().field().getText()).isEmpty();
    }

    @Test
    void f3AndShiftF3WalkTheEventsFoundInTimeOrderBringingEachIntoView(FxRobot robot) throws Exception {
        typeSearch(robot, "securite");
        // The answer to the whole word, not to a beginning of it that a pause in typing let through.
        Set<String> matched = expectedMatches("securite");
        assertThat(matched).hasSizeGreaterThan(3);
        waitForMatches(matched);
        List<String> inTimeOrder = timeline.getData().items().stream().map(TimelineItem::id)
                .filter(matched::contains).toList();
        // Zoomed in on the first days of the data, so that going to later events has to move the view.
        robot.interact(() -> timeline.showRange(day(2022, 2, 1), day(2022, 2, 8)));

        robot.type(KeyCode.F3);
        assertThat(timeline.getSelectedEventId()).isEqualTo(inTimeOrder.get(0));
        robot.type(KeyCode.F3);
        assertThat(timeline.getSelectedEventId()).isEqualTo(inTimeOrder.get(1));
        robot.type(KeyCode.F3);
        assertThat(timeline.getSelectedEventId()).isEqualTo(inTimeOrder.get(2));
        assertInView(inTimeOrder.get(2));
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertThat(timeline.getSelectedEventId()).isEqualTo(inTimeOrder.get(1));
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        // Past the first, round to the last.
        String last = inTimeOrder.get(inTimeOrder.size() - 1);
        assertThat(timeline.getSelectedEventId()).isEqualTo(last);
        assertInView(last);
    }

    @Test
    void enterRightAfterTypingGoesToTheFirstEventFoundForEveryWordTyped(FxRobot robot) throws Exception {
        typeSearch(robot, "guettent");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DOHA_2024.equals(timeline.getSelectedEventId()));
        assertThat(timeline.getMatchedEventIds()).containsExactly(DOHA_2024);
    }

    private void assertInView(String eventId) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineItem item = timeline.getData().items().get(timeline.getData().indexOf(eventId));
        TimeScale scale = timeline.getScale();
        assertThat(item.end()).isGreaterThan(scale.start());
        assertThat(item.start()).isLessThan(scale.end());
    }

    @Test
    void aCategoryFilterLeavesOnlyItsEventsOnTheTimelineAndInTheExport(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        CheckComboBox<SearchViewModel.Choice> categories = robot.lookup("#filter-categories").queryAs(CheckComboBox.class);
        robot.interact(() -> categories.getCheckModel().check(categories.getItems().stream()
                .filter(c -> c.id().equals("visit")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getData().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(timeline.getData().items()).extracting(TimelineItem::category).containsOnly("visit");
        assertThat(window.status().getText()).startsWith("4 sur 13 événements");
        assertThat(timeline.getMatchedEventIds()).isNull();

        Path out = dir.resolve("visits.png");
        var chosen = new org.sourceline.ui.export.ImageExportSettings(
                org.sourceline.ui.export.ImageExportSettings.Range.ALL, "", "", 900, 1, false, "", true, true, false);
        var done = new AtomicReference<java.util.concurrent.CompletableFuture<Path>>();
        robot.interact(() -> done.set(window.exportImage(chosen, out)));
        done.get().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.status().getText()).contains("(4 événements)");

        robot.clickOn("#clear-filters");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getData().size() == 13);
        assertThat(categories.getCheckModel().getCheckedItems()).isEmpty();
    }

    @Test
    void choosingAnArticleResultOpensTheReaderThereAndSelectsTheEventCitingIt(FxRobot robot) throws Exception {
        String phrase = "menaces terroristes qui guettent";
        SearchViewModel.Result article = searchArticleText(robot, phrase);

        robot.interact(() -> window.search().resultsView().getSelectionModel().select(article));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.reader().model().sourceText() != null
                && window.reader().model().focus() != null);
        WaitForAsyncUtils.waitForFxEvents();

        var reader = window.reader().model();
        assertThat(reader.sourceText().source().id()).isEqualTo("src-003");
        assertThat(reader.sourceText().body().substring(reader.focus().start(), reader.focus().end()))
                .isEqualTo("menaces terroristes qui guettent");
        assertThat(timeline.getSelectedEventId()).isEqualTo(DOHA_2024);
    }

    @Test
    void clickingTheChosenArticleResultAgainShowsItsPassageAgain(FxRobot robot) throws Exception {
        String phrase = "menaces terroristes qui guettent";
        SearchViewModel.Result article = searchArticleText(robot, phrase);
        robot.interact(() -> window.search().resultsView().scrollTo(article));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> article.equals(c.getItem())).query();

        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DOHA_2024.equals(timeline.getSelectedEventId()));
        // The user goes elsewhere, then clicks the same result, still selected in the list.
        robot.interact(() -> timeline.select(PRIME_MINISTER));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getSelectedEventId()).isEqualTo(PRIME_MINISTER);
        assertThat(window.search().resultsView().getSelectionModel().getSelectedItem()).isEqualTo(article);

        // Elsewhere in the cell: the same spot soon after would make a double click, which opens the details.
        robot.moveTo(cell).moveBy(40, 4).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DOHA_2024.equals(timeline.getSelectedEventId()));
        var reader = window.reader().model();
        assertThat(reader.sourceText().body().substring(reader.focus().start(), reader.focus().end()))
                .isEqualTo(phrase);
    }

    /**
     * Searches a phrase and waits for the article result that matches it whole, not for one to a beginning of it
     * that a pause in typing let through.
     */
    private SearchViewModel.Result searchArticleText(FxRobot robot, String phrase) throws Exception {
        typeSearch(robot, "\"" + phrase + "\"");
        java.util.function.Predicate<SearchViewModel.Result> wholePhrase = r -> r.hit().kind() == SearchHit.Kind.SOURCE
                && r.hit().end() - r.hit().start() == phrase.length();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.search().model().results().stream()
                .anyMatch(wholePhrase));
        WaitForAsyncUtils.waitForFxEvents();
        return window.search().model().results().stream().filter(wholePhrase).findFirst().orElseThrow();
    }

    private static double day(int y, int m, int d) {
        return java.time.LocalDate.of(y, m, d).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
    }
}
