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
import org.sourceline.layout.EraSpan;
import org.sourceline.layout.Glyph;
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
    /**
     * Two renders of one frame may differ by a unit or two in a channel where shapes blend (the software
     * rasteriser's rounding, seen in one full run in a few): far below what any of the frame before would leave,
     * since green and magenta differ by 255 in every channel, so that a pixel 1.5 % uncovered differs by 4.
     */
    private static final int ROUNDING = 3;

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
        return paintOver(BEFORE, layout, List.of(), List.of(), TimelinePainter.Highlights.NONE, scrollY, scale);
    }

    /** Paints a frame over another one, all of one colour. */
    private static int[] paintOver(int before, TimelineLayout layout, List<TimelineItem> items, List<EraSpan> eras,
                                   TimelinePainter.Highlights highlights, double scrollY, double scale)
            throws Exception {
        int w = (int) Math.round(W * scale);
        int h = (int) Math.round(H * scale);
        return FxRuntime.call(() -> {
            Canvas canvas = new Canvas(w, h);
            canvas.getGraphicsContext2D().setFill(FxCanvas2D.color(before));
            canvas.getGraphicsContext2D().fillRect(0, 0, w, h);
            canvas.getGraphicsContext2D().scale(scale, scale);
            TimelinePainter.paint(new FxCanvas2D(canvas.getGraphicsContext2D(), "System"), layout, items, eras,
                    PaintStyle.DEFAULT, highlights, W, H, scrollY);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            WritableImage image = canvas.snapshot(params, null);
            int[] px = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            return px;
        });
    }

    /** The largest difference between two colours in any of red, green and blue. */
    private static int channelGap(int a, int b) {
        int gap = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            gap = Math.max(gap, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return gap;
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

    /**
     * Long bars, in two lanes: two intervals across the whole view, one from part way on, one short; an approximate
     * interval (dashed outline) and a fuzzy one, both across the view.
     */
    private static List<TimelineItem> longBars() {
        double day = LocalDate.of(2022, 5, 20).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        return List.of(
                new TimelineItem("across", "Across the view", day - 400 * 86_400.0, day + 900 * 86_400.0,
                        ItemShape.INTERVAL, "meeting", false, false, false),
                new TimelineItem("later", "From the middle on", day + 250 * 86_400.0, day + 1900 * 86_400.0,
                        ItemShape.INTERVAL, "meeting", false, false, false),
                new TimelineItem("short", "Short", day + 10 * 86_400.0, day + 30 * 86_400.0,
                        ItemShape.INTERVAL, "visit", false, false, false),
                new TimelineItem("across-too", "Across the view too", day - 400 * 86_400.0, day + 900 * 86_400.0,
                        ItemShape.INTERVAL, "visit", false, false, false),
                new TimelineItem("approximate", "About then", day - 300 * 86_400.0, day + 800 * 86_400.0,
                        ItemShape.INTERVAL, "visit", true, false, false),
                new TimelineItem("fuzzy", "Some time then", day - 300 * 86_400.0, day + 800 * 86_400.0,
                        ItemShape.FUZZY, "visit", false, false, false));
    }

    private static TimelineLayout layoutOf(List<TimelineItem> items) {
        double day = LocalDate.of(2022, 5, 20).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        var lanes = Lanes.build(items, LaneMode.CATEGORY, i -> List.of(), k -> k, "Tout");
        // Bars' ends fall part way through pixels.
        return TimelineLayout.compute(new TimeScale(day - 40.37 * 86_400, 86_400, W), items, lanes,
                LayoutStyle.DEFAULT, Locale.FRENCH, text -> text.length() * 7.0);
    }

    @Test
    void barsThatCoverTheGroundLeaveNothingOfTheFrameBeforeAtAnyScaleOrScroll() throws Exception {
        List<TimelineItem> items = longBars();
        TimelineLayout layout = layoutOf(items);
        double day = LocalDate.of(2022, 5, 20).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        // Without eras, the ground is left to the bars; under an era band, bars are translucent and it is not.
        List<List<EraSpan>> eraSets = List.of(List.of(), List.of(new EraSpan("era", "Era", day + 300 * 86_400.0,
                day + 2000 * 86_400.0, null, null)));
        for (List<EraSpan> eras : eraSets) {
            for (double scale : new double[] {1, 1.25, 1.5}) {
                for (double scrollY : new double[] {0, 10.4}) {
                    // One bar selected, another under the pointer, a third dimmed (by a search).
                    Glyph hovered = layout.glyphs().stream().filter(g -> g.item() == 3).findFirst().orElseThrow();
                    var highlights = new TimelinePainter.Highlights(1, hovered, i -> i == 0);
                    int[] overGreen = paintOver(BEFORE, layout, items, eras, highlights, scrollY, scale);
                    int[] overMagenta = paintOver(0xFFFF00FF, layout, items, eras, highlights, scrollY, scale);
                    int w = (int) Math.round(W * scale);
                    for (int i = 0; i < overGreen.length; i++) {
                        assertThat(channelGap(overGreen[i], overMagenta[i])).as(
                                "pixel %d,%d at %s×, scroll %s, %d eras: %08x over green, %08x over magenta",
                                i % w, i / w, scale, scrollY, eras.size(), overGreen[i], overMagenta[i])
                                .isLessThanOrEqualTo(ROUNDING);
                    }
                }
            }
        }
    }

    @Test
    void theGroundIsNotFilledUnderABarThatCrossesTheView() {
        List<TimelineItem> items = longBars();
        TimelineLayout layout = layoutOf(items);
        Glyph across = layout.glyphs().stream().filter(g -> g.item() == 0).findFirst().orElseThrow();
        Glyph later = layout.glyphs().stream().filter(g -> g.item() == 1).findFirst().orElseThrow();
        assertThat(across.x0()).isNegative();
        assertThat(across.x1()).isGreaterThan(W);
        List<double[]> grounds = groundFills(layout, items, true);

        assertThat(filledAt(grounds, W / 2.0, across.y())).as("under the bar across the view").isZero();
        assertThat(filledAt(grounds, W - 20, later.y())).as("under the bar from the middle on").isZero();
        assertThat(filledAt(grounds, Math.max(later.x0(), 0) - 20, later.y())).as("before that bar").isEqualTo(1);
        assertThat(filledAt(grounds, W / 2.0, across.y() - 10)).as("between rows").isEqualTo(1);
    }

    @Test
    void aVectorDrawingKeepsTheWholeGroundUnderTheBars() {
        List<TimelineItem> items = longBars();
        TimelineLayout layout = layoutOf(items);
        Glyph across = layout.glyphs().stream().filter(g -> g.item() == 0).findFirst().orElseThrow();

        List<double[]> grounds = groundFills(layout, items, false);

        assertThat(filledAt(grounds, W / 2.0, across.y())).isEqualTo(1);
    }

    /** The fills made before the first glyph is drawn, on a canvas that says whether it is made of pixels. */
    private static List<double[]> groundFills(TimelineLayout layout, List<TimelineItem> items, boolean raster) {
        List<double[]> grounds = new ArrayList<>();
        boolean[] glyphsBegun = {false};
        Canvas2D recorder = (Canvas2D) java.lang.reflect.Proxy.newProxyInstance(Canvas2D.class.getClassLoader(),
                new Class<?>[] {Canvas2D.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fillRoundRect")) {
                        glyphsBegun[0] = true;
                    }
                    if (method.getName().equals("fillRect") && !glyphsBegun[0]) {
                        grounds.add(new double[] {(double) args[0], (double) args[1], (double) args[2],
                                (double) args[3]});
                    }
                    if (method.getReturnType() == boolean.class) {
                        return raster;
                    }
                    return method.getReturnType() == double.class ? 10.0 : null;
                });
        TimelinePainter.paint(recorder, layout, items, List.of(), PaintStyle.DEFAULT,
                TimelinePainter.Highlights.NONE, W, H, 0);
        return grounds;
    }

    /** How many of the recorded fills cover a point. */
    private static int filledAt(List<double[]> fills, double x, double y) {
        int n = 0;
        for (double[] f : fills) {
            if (x >= f[0] && x < f[0] + f[2] && y >= f[1] && y < f[1] + f[3]) {
                n++;
            }
        }
        return n;
    }
}
