package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceline.layout.ItemShape;
import org.sourceline.layout.LaneBox;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.Lanes;
import org.sourceline.layout.LayoutStyle;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineLayout;

/**
 * Under the axis, each pixel is filled once with its lane's ground (every other lane shaded) or, below the lanes,
 * the background: nothing of the frame before shows through, whatever the scroll.
 */
class LaneGroundsTest {
    private static final int W = 600;
    private static final int H = 400;
    private static final int BEFORE = 0xFF00FF00;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private static TimelineLayout threeLanesOfEvents() {
        List<TimelineItem> items = new ArrayList<>();
        String[] categories = {"meeting", "visit", "training"};
        double day = LocalDate.of(2022, 5, 20).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (int i = 0; i < 3; i++) {
            items.add(new TimelineItem("e" + i, "", day + i * 86_400, day + (i + 1) * 86_400, ItemShape.POINT,
                    categories[i], false, false, false));
        }
        var lanes = Lanes.build(items, LaneMode.CATEGORY, i -> List.of(), k -> k, "Tout");
        TimelineLayout layout = TimelineLayout.compute(new TimeScale(day - 40 * 86_400, 86_400, W), items, lanes,
                LayoutStyle.DEFAULT, Locale.FRENCH, s -> s.length() * 7.0);
        // The lanes and their grounds only: no glyph, no label.
        return new TimelineLayout(layout.scale(), layout.ticks(), layout.lanes(), List.of(), layout.height(),
                layout.style());
    }

    private static int[] paintOverAnotherFrame(TimelineLayout layout, double scrollY) throws Exception {
        return paintOverAnotherFrame(layout, scrollY, 1);
    }

    /** @param scale device pixels per pixel of the layout, as on a scaled screen */
    private static int[] paintOverAnotherFrame(TimelineLayout layout, double scrollY, double scale)
            throws Exception {
        int w = (int) Math.round(W * scale);
        int h = (int) Math.round(H * scale);
        return FxRuntime.call(() -> {
            Canvas canvas = new Canvas(w, h);
            canvas.getGraphicsContext2D().setFill(FxCanvas2D.color(BEFORE));
            canvas.getGraphicsContext2D().fillRect(0, 0, w, h);
            canvas.getGraphicsContext2D().scale(scale, scale);
            TimelinePainter.paint(new FxCanvas2D(canvas.getGraphicsContext2D(), "System"), layout, List.of(),
                    PaintStyle.DEFAULT, TimelinePainter.Highlights.NONE, W, H, scrollY);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            WritableImage image = canvas.snapshot(params, null);
            int[] px = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            return px;
        });
    }

    private static void assertNothingOfTheFrameBefore(int[] px, int width, String when) {
        for (int i = 0; i < px.length; i++) {
            int green = (px[i] >> 8) & 0xFF;
            int red = (px[i] >> 16) & 0xFF;
            // The palette's greys are near-neutral; a trace of the green frame before would not be.
            assertThat(green - red).as("pixel %d,%d %s", i % width, i / width, when).isLessThan(12);
        }
    }

    @Test
    void onAScaledScreenTheFrameBeforeDoesNotShowWhereTwoGroundsMeet() throws Exception {
        TimelineLayout layout = threeLanesOfEvents();
        for (double scale : new double[] {1.25, 1.5}) {
            for (double scrollY : new double[] {0, 10.4}) {
                assertNothingOfTheFrameBefore(paintOverAnotherFrame(layout, scrollY, scale),
                        (int) Math.round(W * scale), "at " + scale + "×, scroll " + scrollY);
            }
        }
    }

    @Test
    void theFrameBeforeNeverShowsThroughAndEachLaneHasItsGround() throws Exception {
        TimelineLayout layout = threeLanesOfEvents();
        PaintStyle style = PaintStyle.DEFAULT;
        for (double scrollY : new double[] {0, 10.4, 37.5}) {
            int[] px = paintOverAnotherFrame(layout, scrollY);
            assertNothingOfTheFrameBefore(px, W, "at scroll " + scrollY);
            for (int lane = 0; lane < layout.lanes().size(); lane++) {
                LaneBox box = layout.lanes().get(lane);
                int y = (int) Math.round(box.top() + box.height() / 2 - scrollY);
                if (y > layout.style().axisHeight() && y < H) {
                    // Right of the lane's label, away from the grid lines.
                    int x = W - 3;
                    assertThat(px[y * W + x]).as("lane %d at scroll %s", lane, scrollY)
                            .isEqualTo(TimelinePainter.laneGround(lane, style));
                }
            }
            int below = (int) Math.ceil(layout.height() - scrollY) + 2;
            assertThat(below).isLessThan(H);
            assertThat(px[below * W + W - 3]).isEqualTo(style.background());
        }
    }
}
