package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bars are drawn opaque, their colour blended over the lane beneath: the same colours a translucent bar would give,
 * at a fraction of the software rasteriser's cost. A long opaque bar is drawn as a rectangle between two rounded
 * caps, with the pixels of one rounded rectangle.
 */
class OpaqueBarsTest {
    private static final int W = 400;
    private static final int H = 40;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void blendingOverAGroundGivesTheColourATranslucentLayerWouldShow() {
        assertThat(CategoryPalette.over(0xFF4E79A7, 0xFFFFFFFF)).isEqualTo(0xFF4E79A7);
        assertThat(CategoryPalette.over(0x004E79A7, 0xFFF6F7F9)).isEqualTo(0xFFF6F7F9);
        // Half of black over white is mid grey; a third of red over blue keeps two thirds of the blue.
        assertThat(CategoryPalette.over(0x80000000, 0xFFFFFFFF)).isEqualTo(0xFF7F7F7F);
        assertThat(CategoryPalette.over(0x55FF0000, 0xFF0000FF)).isEqualTo(0xFF5500AA);
    }

    @Test
    void aLongOpaqueBarHasThePixelsOfOneRoundedRectangle() throws Exception {
        int[] plain = draw(c -> c.getGraphicsContext2D().fillRoundRect(10.3, 12.5, 350.4, 13, 6, 6));
        int[] bar = draw(c -> new FxCanvas2D(c.getGraphicsContext2D(), "System").fillRoundRect(10.3, 12.5, 350.4,
                13, 6));

        assertThat(maxDifference(plain, bar)).isLessThanOrEqualTo(8);
        assertThat(bar[(12 + 6) * W + 200]).as("the middle is filled").isEqualTo(0xFF4E79A7);
        assertThat(bar[(12 + 6) * W + 380]).as("nothing past its end").isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aBarLongerThanTheViewIsDrawnAcrossIt() throws Exception {
        int[] plain = draw(c -> c.getGraphicsContext2D().fillRoundRect(-5000, 12.5, 10400, 13, 6, 6));
        int[] bar = draw(c -> new FxCanvas2D(c.getGraphicsContext2D(), "System").fillRoundRect(-5000, 12.5, 10400,
                13, 6));

        assertThat(maxDifference(plain, bar)).isLessThanOrEqualTo(8);
        assertThat(bar[18 * W]).isEqualTo(0xFF4E79A7);
        assertThat(bar[18 * W + W - 1]).isEqualTo(0xFF4E79A7);
    }

    @Test
    void aLongOutlineHasThePixelsOfOneStrokedRoundedRectangle() throws Exception {
        int[] plain = draw(c -> {
            c.getGraphicsContext2D().setStroke(FxCanvas2D.color(0xFF4E79A7));
            c.getGraphicsContext2D().setLineWidth(1.5);
            c.getGraphicsContext2D().strokeRoundRect(10.3, 12.5, 350.4, 13, 6, 6);
        });
        int[] split = draw(c -> {
            FxCanvas2D g = new FxCanvas2D(c.getGraphicsContext2D(), "System");
            g.setStroke(0xFF4E79A7, 1.5);
            g.strokeRoundRect(10.3, 12.5, 350.4, 13, 6);
        });

        assertThat(maxDifference(plain, split)).isLessThanOrEqualTo(48);
        assertThat(meanDifference(plain, split)).isLessThan(0.5);
        assertThat(split[(12 + 6) * W + 200]).as("inside stays empty").isEqualTo(0xFFFFFFFF);
    }

    @Test
    void anOutlineBetweenKnownColoursHasThePixelsOfTheStrokedOneOnWholePixelsOrNot() throws Exception {
        int ground = 0xFFF6F7F9;
        int inside = 0xFFC5DFD0;
        for (double shift : new double[] {0, 0.5, -3}) {
            int[] stroked = draw(c -> {
                c.getGraphicsContext2D().translate(0, shift);
                bar(c.getGraphicsContext2D(), ground, inside);
                FxCanvas2D g = new FxCanvas2D(c.getGraphicsContext2D(), "System");
                g.setStroke(0xFF4E79A7, 1.5);
                g.strokeRoundRect(10, 12, 350, 12, 6);
            });
            int[] known = draw(c -> {
                c.getGraphicsContext2D().translate(0, shift);
                bar(c.getGraphicsContext2D(), ground, inside);
                FxCanvas2D g = new FxCanvas2D(c.getGraphicsContext2D(), "System");
                g.setStroke(0xFF4E79A7, 1.5);
                g.strokeRoundRect(10, 12, 350, 12, 6, inside, ground);
            });

            assertThat(maxDifference(stroked, known)).as("shifted by %s", shift).isLessThanOrEqualTo(3);
            assertThat(meanDifference(stroked, known)).isLessThan(0.1);
        }
    }

    @Test
    void theEdgesOfAnOutlineOnWholePixelsAreTheStrokeBlendedOverWhatLiesOnEitherSide() throws Exception {
        int ground = 0xFFF6F7F9;
        int inside = 0xFFC5DFD0;
        int[] known = draw(c -> {
            bar(c.getGraphicsContext2D(), ground, inside);
            FxCanvas2D g = new FxCanvas2D(c.getGraphicsContext2D(), "System");
            g.setStroke(0xFF4E79A7, 1.5);
            g.strokeRoundRect(10, 12, 350, 12, 6, inside, ground);
        });

        // A line 1.5 pixels wide on the boundary between two rows covers three quarters of each.
        int covered = CategoryPalette.withAlpha(0xFF4E79A7, 0.75);
        for (int y : new int[] {11, 24}) {
            assertThat(known[y * W + 200]).as("row %d, outside", y).isEqualTo(CategoryPalette.over(covered, ground));
        }
        for (int y : new int[] {12, 23}) {
            assertThat(known[y * W + 200]).as("row %d, inside", y).isEqualTo(CategoryPalette.over(covered, inside));
        }
        assertThat(known[18 * W + 200]).isEqualTo(inside);
        assertThat(known[9 * W + 200]).isEqualTo(ground);
    }

    /** A bar filled with {@code inside} on a canvas of {@code ground}. */
    private static void bar(javafx.scene.canvas.GraphicsContext gc, int ground, int inside) {
        gc.setFill(FxCanvas2D.color(ground));
        gc.fillRect(0, -10, W, H + 20);
        gc.setFill(FxCanvas2D.color(inside));
        gc.fillRect(10, 12, 350, 12);
    }

    @Test
    void aFadedBandIsOpaqueAndFadesIntoItsGround() throws Exception {
        int ground = 0xFFF6F7F9;
        int[] band = draw(c -> {
            c.getGraphicsContext2D().setFill(FxCanvas2D.color(ground));
            c.getGraphicsContext2D().fillRect(0, 0, W, H);
            new FxCanvas2D(c.getGraphicsContext2D(), "System").fillFadedRect(50, 10, 300, 20, 0x734E79A7, ground,
                    24, 24);
        });

        assertThat(band[20 * W + 200]).isEqualTo(CategoryPalette.over(0x734E79A7, ground));
        assertThat(band[20 * W + 40]).isEqualTo(ground);
        int nearStart = band[20 * W + 51];
        assertThat(nearStart >>> 24).isEqualTo(0xFF);
        assertThat(nearStart).isNotEqualTo(ground).isNotEqualTo(band[20 * W + 200]);
    }

    private static int[] draw(java.util.function.Consumer<Canvas> drawing) throws Exception {
        return FxRuntime.call(() -> {
            Canvas canvas = new Canvas(W, H);
            canvas.getGraphicsContext2D().setFill(Color.WHITE);
            canvas.getGraphicsContext2D().fillRect(0, 0, W, H);
            canvas.getGraphicsContext2D().setFill(FxCanvas2D.color(0xFF4E79A7));
            drawing.accept(canvas);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            PixelReader pixels = canvas.snapshot(params, null).getPixelReader();
            int[] argb = new int[W * H];
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    argb[y * W + x] = pixels.getArgb(x, y);
                }
            }
            return argb;
        });
    }

    /** The largest difference of one channel between the two images. */
    private static int maxDifference(int[] a, int[] b) {
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                max = Math.max(max, Math.abs(((a[i] >> shift) & 0xFF) - ((b[i] >> shift) & 0xFF)));
            }
        }
        return max;
    }

    /** The mean difference of one channel between the two images. */
    private static double meanDifference(int[] a, int[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                sum += Math.abs(((a[i] >> shift) & 0xFF) - ((b[i] >> shift) & 0xFF));
            }
        }
        return sum / (a.length * 4.0);
    }
}
