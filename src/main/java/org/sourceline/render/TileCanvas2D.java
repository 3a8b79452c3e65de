package org.sourceline.render;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Draws one tile of an image larger than a snapshot. Clips are narrowed to the tile: a JavaFX canvas keeps a clip
 * cheap only while it reads as a whole-pixel rectangle, and it rounds a negative edge the wrong way (-4096 is taken
 * for -4095), so a clip that starts left of or above the tile becomes a mask, and every later drawing operation then
 * clears a tile-sized buffer. Shapes wholly outside the tile, and text that provably is, are not passed on at all:
 * each tile would otherwise draw the whole composition. Neither changes what the tile shows.
 */
final class TileCanvas2D implements Canvas2D {
    private final Canvas2D target;
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    private final Deque<double[]> saved = new ArrayDeque<>();
    private double dx;
    private double dy;
    private double lineWidth = 1;

    /**
     * The tile's edges are in the composition's units, before the pixel density is applied.
     */
    TileCanvas2D(Canvas2D target, double left, double top, double right, double bottom) {
        this.target = target;
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    /** Whether the box, in the current coordinates and grown by {@code margin}, misses the tile. */
    private boolean outside(double x0, double y0, double x1, double y1, double margin) {
        return Math.max(x0, x1) + dx + margin < left || Math.min(x0, x1) + dx - margin > right
                || Math.max(y0, y1) + dy + margin < top || Math.min(y0, y1) + dy - margin > bottom;
    }

    /** Antialiasing reaches a pixel beyond a shape; a stroke, half its width more. */
    private double strokeMargin() {
        return lineWidth / 2 + 1;
    }

    @Override
    public boolean isRaster() {
        return target.isRaster();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        double x0 = Math.max(x, left - dx);
        double y0 = Math.max(y, top - dy);
        target.clipRect(x0, y0, Math.max(0, x + w - x0), Math.max(0, y + h - y0));
    }

    @Override
    public void translate(double dx, double dy) {
        this.dx += dx;
        this.dy += dy;
        target.translate(dx, dy);
    }

    @Override
    public void save() {
        saved.push(new double[] {dx, dy, lineWidth});
        target.save();
    }

    @Override
    public void restore() {
        double[] at = saved.pop();
        dx = at[0];
        dy = at[1];
        lineWidth = at[2];
        target.restore();
    }

    @Override
    public void setFill(int argb) {
        target.setFill(argb);
    }

    @Override
    public void setStroke(int argb, double width) {
        lineWidth = width;
        target.setStroke(argb, width);
    }

    @Override
    public void setLineDash(double... dashes) {
        target.setLineDash(dashes);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        if (outside(x, y, x + w, y + h, 1)) {
            return;
        }
        target.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        if (outside(x, y, x + w, y + h, 1)) {
            return;
        }
        target.fillRoundRect(x, y, w, h, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        if (outside(x, y, x + w, y + h, strokeMargin())) {
            return;
        }
        target.strokeRoundRect(x, y, w, h, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, int inside, int outside) {
        if (outside(x, y, x + w, y + h, strokeMargin())) {
            return;
        }
        target.strokeRoundRect(x, y, w, h, arc, inside, outside);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        if (outside(x, y, x + w, y + h, 1)) {
            return;
        }
        target.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        if (outside(x, y, x + w, y + h, strokeMargin())) {
            return;
        }
        target.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        if (outside(x1, y1, x2, y2, strokeMargin())) {
            return;
        }
        target.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        if (xs.length > 0 && outside(min(xs), min(ys), max(xs), max(ys), 1)) {
            return;
        }
        target.fillPolygon(xs, ys);
    }

    @Override
    public void fillFadedRect(double x, double y, double w, double h, int argb, int under, double fadeLeft,
                              double fadeRight) {
        if (outside(x, y, x + w, y + h, 1)) {
            return;
        }
        target.fillFadedRect(x, y, w, h, argb, under, fadeLeft, fadeRight);
    }

    @Override
    public void fillText(String text, double x, double y, double size, boolean bold, Align align) {
        if (textOutside(text, x, y, size, align)) {
            return;
        }
        target.fillText(text, x, y, size, bold, align);
    }

    /**
     * Text is not measured here (that costs as much as drawing it), so only what no width can bring into the tile
     * is left out: text that starts right of the tile or ends left of it, or lies well above or below it.
     */
    private boolean textOutside(String text, double x, double y, double size, Align align) {
        double ax = x + dx;
        double ay = y + dy;
        if (ay - 3 * size > bottom || ay + 2 * size < top) {
            return true;
        }
        return align == Align.LEFT && ax - size > right || align == Align.RIGHT && ax + size < left;
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return target.textWidth(text, size, bold);
    }

    @Override
    public void beginGroup(String id, String title) {
        target.beginGroup(id, title);
    }

    @Override
    public void endGroup() {
        target.endGroup();
    }
}
