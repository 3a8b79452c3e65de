package org.sourceline.render;

import java.awt.image.BufferedImage;
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

    private ImageRenderer() {
    }

    /** One snapshot of part of the image, at (x, y) in image pixels. */
    public record Tile(int x, int y, WritableImage image) {
    }

    /** The image as snapshots, to be assembled by {@link #assemble}. */
    public record Tiles(int width, int height, java.util.List<Tile> tiles) {
    }

    /**
     * Draws the composition into snapshots of at most {@link #TILE} pixels a side. Must run on the JavaFX thread;
     * the assembly into one image, the costly copy, can then run anywhere.
     */
    public static Tiles snapshot(ExportComposer.Composition c, int scale, String fontFamily) {
        int width = (int) Math.ceil(c.width() * scale);
        int height = (int) Math.ceil(c.height() * scale);
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("the image would be " + width + "×" + height
                    + " pixels, more than " + MAX_PIXELS / 1_000_000 + " million");
        }
        java.util.List<Tile> tiles = new java.util.ArrayList<>();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        for (int ty = 0; ty < height; ty += TILE) {
            for (int tx = 0; tx < width; tx += TILE) {
                int w = Math.min(TILE, width - tx);
                int h = Math.min(TILE, height - ty);
                Canvas canvas = new Canvas(w, h);
                GraphicsContext gc = canvas.getGraphicsContext2D();
                gc.translate(-tx, -ty);
                gc.scale(scale, scale);
                c.paint(new TileCanvas2D(new FxCanvas2D(gc, fontFamily), (double) tx / scale, (double) ty / scale));
                tiles.add(new Tile(tx, ty, canvas.snapshot(params, null)));
            }
        }
        return new Tiles(width, height, tiles);
    }

    /** Copies the snapshots into one image; safe off the JavaFX thread (the snapshots are plain images). */
    public static BufferedImage assemble(Tiles tiles) {
        BufferedImage image = new BufferedImage(tiles.width(), tiles.height(), BufferedImage.TYPE_INT_RGB);
        int[] buffer = new int[TILE * TILE];
        for (Tile tile : tiles.tiles()) {
            int w = (int) tile.image().getWidth();
            int h = (int) tile.image().getHeight();
            tile.image().getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), buffer, 0, w);
            image.setRGB(tile.x(), tile.y(), w, h, buffer, 0, w);
        }
        return image;
    }

    /** The composition as an SVG document; text is measured by {@code measure}, as for the screen. */
    public static String toSvg(ExportComposer.Composition c, String fontFamily, Canvas2D measure) {
        SvgCanvas2D svg = new SvgCanvas2D(c.width(), c.height(), fontFamily, measure::textWidth);
        c.paint(svg);
        return svg.document();
    }
}
