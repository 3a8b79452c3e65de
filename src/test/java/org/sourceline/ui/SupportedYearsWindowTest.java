package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.cli.SourcelineCommand;
import org.sourceline.layout.Glyph;
import org.sourceline.layout.Navigation;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineLayout;
import org.sourceline.model.SupportedYears;
import org.sourceline.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on events at both ends of the supported years: its axis marks them, and its view stays within reach. */
@ExtendWith(ApplicationExtension.class)
class SupportedYearsWindowTest {
    @TempDir
    static Path dir;
    static Path db;

    private TimelineView timeline;
    private MainWindow window;

    @BeforeAll
    static void store() throws Exception {
        Path csv = dir.resolve("edges.csv");
        Files.writeString(csv, "type,id,date,title,summary\nevent,first,Y-99999999,The first year,x\n"
                + "event,last,Y99999999,The last year,x\n");
        db = dir.resolve("edges.db");
        StringWriter err = new StringWriter();
        for (String[] args : new String[][] {{"init", "--db", db.toString()},
                {"import", csv.toString(), "--db", db.toString()}}) {
            assertThat(SourcelineCommand.run(args, p -> { }, new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true))).as(err.toString()).isZero();
        }
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(Background.singleThread("test-store"), StoreAccess.of(db), Locale.FRENCH,
                Settings.inMemory(), url -> { });
        timeline = window.timeline();
        stage.setScene(new Scene(window, 1200, 700));
        stage.show();
        window.load();
    }

    @BeforeEach
    void waitForTheEvents() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline.getData().size() == 2
                && timeline.lastLayoutProperty().get() != null && !timeline.lastLayoutProperty().get().glyphs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineLayout layout() {
        WaitForAsyncUtils.waitForFxEvents();
        return timeline.lastLayoutProperty().get();
    }

    @Test
    void bothEndsAreDrawnOnAnAxisThatMarksThem() {
        TimelineLayout layout = layout();

        assertThat(layout.glyphs().stream().mapToInt(Glyph::count).sum()).isEqualTo(2);
        assertThat(layout.ticks().minor()).hasSizeGreaterThan(1);
        assertThat(layout.ticks().major()).extracting(t -> t.label())
                .contains("100000000 av. J.-C.");
        assertThat(timeline.getScale().xFor(SupportedYears.EARLIEST_EPOCH_SECOND)).isPositive();
        assertThat(timeline.getScale().xFor(SupportedYears.LATEST_EPOCH_SECOND))
                .isLessThan(timeline.getScale().width());
    }

    @Test
    void panningAndZoomingStopAtTheReachOfTheSupportedYearsAndTheAxisKeepsItsTicks(FxRobot robot) {
        robot.interact(() -> {
            timeline.showRange(SupportedYears.LATEST_EPOCH_SECOND - 1e9, SupportedYears.LATEST_EPOCH_SECOND);
            timeline.panBy(1e12);
        });
        TimeScale panned = timeline.getScale();
        assertThat(panned.end()).isLessThanOrEqualTo(Navigation.LATEST_VIEW);

        robot.interact(() -> timeline.panBy(-1e15));
        assertThat(timeline.getScale().start()).isGreaterThanOrEqualTo(Navigation.EARLIEST_VIEW);

        robot.interact(() -> {
            timeline.fitAll();
            for (int i = 0; i < 40; i++) {
                timeline.zoomAtCenter(0.25);
            }
        });
        TimeScale zoomedOut = timeline.getScale();
        assertThat(zoomedOut.start()).isGreaterThanOrEqualTo(Navigation.EARLIEST_VIEW);
        assertThat(zoomedOut.end()).isLessThanOrEqualTo(Navigation.LATEST_VIEW + 1);
        assertThat(layout().ticks().minor()).hasSizeGreaterThan(1);

        robot.interact(() -> assertThat(window.goToDate("Y999999999")).isTrue());
        assertThat(timeline.getScale().end()).isLessThanOrEqualTo(Navigation.LATEST_VIEW + 1);
    }
}
