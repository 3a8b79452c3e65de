package org.sourceline.render;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renders a composition off-screen, never touching the live window: to pixels through canvas snapshots (in tiles,
 * so an image far wider than any screen works), or to SVG text.
 */
public final class ImageRenderer {
    /** Largest side of one snapshot. */
    static final int TILE = 4096;
    /** Largest image accepted, in pixels: beyond it memory, not the picture, is the limit. */
    public static final long MAX_PIXELS = 200_000_000L;

    /** What a pixel costs until the PNG is written: its ARGB value and room for the encoder's buffers. */
    private static final long BYTES_PER_PIXEL_WITH_ENCODING = 8;

    private ImageRenderer() {
    }

    /**
     * The image's pixels, if the memory left can hold them and their encoding: else a sentence that says how large an
     * image fits, rather than an out-of-memory error half way.
     */
    private static int[] allocate(int width, int height, int scale) {
        Runtime runtime = Runtime.getRuntime();
        return allocate(width, height, scale, runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory()));
    }

    /** @param free the bytes of memory left to take */
    static int[] allocate(int width, int height, int scale, long free) {
        long needed = (long) width * height * BYTES_PER_PIXEL_WITH_ENCODING;
        if (needed > free) {
            throw tooLarge(width, height, scale, free);
        }
        try {
            return new int[width * height];
        } catch (OutOfMemoryError e) {
            throw tooLarge(width, height, scale, free);
        }
    }

    private static IllegalArgumentException tooLarge(int width, int height, int scale, long free) {
        long fits = Math.max(0, free / BYTES_PER_PIXEL_WITH_ENCODING);
        return new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the image would be %d×%d pixels"
                + " (%.1f million), which needs about %d MB of memory; about %d MB are free, enough for about %.1f"
                + " million pixels at scale %d: draw it narrower or at a smaller scale, as SVG, or give Java more"
                + " memory (java -Xmx4g -jar sourceline.jar …)", width, height, width * (double) height / 1e6,
                (long) width * height * BYTES_PER_PIXEL_WITH_ENCODING / 1_000_000, free / 1_000_000, fits / 1e6,
                scale));
    }

    /**
     * Draws the composition in snapshots of at most {@link #TILE} pixels a side, each read straight into its place
     * in the image. Must run on the JavaFX thread.
     */
    public static ImagePixels snapshot(ExportComposer.Composition c, int scale, String fontFamily) {
        int width = (int) Math.ceil(c.width() * scale);
        int height = (int) Math.ceil(c.height() * scale);
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("the image would be " + width + "×" + height
                    + " pixels, more than " + MAX_PIXELS / 1_000_000 + " million");
        }
        int[] argb = allocate(width, height, scale);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        // One snapshot image serves every tile; a smaller last tile uses its top left corner.
        WritableImage snapshot = new WritableImage(Math.min(TILE, width), Math.min(TILE, height));
        for (int ty = 0; ty < height; ty += TILE) {
            for (int tx = 0; tx < width; tx += TILE) {
                int w = Math.min(TILE, width - tx);
                int h = Math.min(TILE, height - ty);
                Canvas canvas = new Canvas(w, h);
                GraphicsContext gc = canvas.getGraphicsContext2D();
                gc.translate(-tx, -ty);
                gc.scale(scale, scale);
                c.paint(new TileCanvas2D(new FxCanvas2D(gc, fontFamily), (double) tx / scale, (double) ty / scale,
                        (double) (tx + w) / scale, (double) (ty + h) / scale));
                canvas.snapshot(params, snapshot).getPixelReader().getPixels(0, 0, w, h,
                        PixelFormat.getIntArgbInstance(), argb, ty * width + tx, width);
            }
        }
        return new ImagePixels(width, height, argb);
    }

    /** The composition as an SVG document; text is measured by {@code measure}, as for the screen. */
    public static String toSvg(ExportComposer.Composition c, String fontFamily, Canvas2D measure) {
        SvgCanvas2D svg = new SvgCanvas2D(c.width(), c.height(), fontFamily, measure::textWidth);
        c.paint(svg);
        return svg.document();
    }
}
