package org.sourceline.render;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Draws one tile of an image larger than a snapshot, passing everything through except clips, which it narrows to
 * the tile. A JavaFX canvas keeps a clip cheap only while it reads as a whole-pixel rectangle, and it rounds a
 * negative edge the wrong way (-4096 is taken for -4095): a clip that starts left of or above the tile becomes a
 * mask, and every later drawing operation then clears a tile-sized buffer. Narrowing changes nothing that is drawn,
 * since nothing outside the tile is.
 */
final class TileCanvas2D implements Canvas2D {
    private final Canvas2D target;
    private final double left;
    private final double top;
    private final Deque<double[]> saved = new ArrayDeque<>();
    private double dx;
    private double dy;

    /**
     * @param left the tile's left edge in the composition's units (before the pixel density is applied)
     * @param top  the tile's top edge, likewise
     */
    TileCanvas2D(Canvas2D target, double left, double top) {
        this.target = target;
        this.left = left;
        this.top = top;
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
        saved.push(new double[] {dx, dy});
        target.save();
    }

    @Override
    public void restore() {
        double[] at = saved.pop();
        dx = at[0];
        dy = at[1];
        target.restore();
    }

    @Override
    public void setFill(int argb) {
        target.setFill(argb);
    }

    @Override
    public void setStroke(int argb, double width) {
        target.setStroke(argb, width);
    }

    @Override
    public void setLineDash(double... dashes) {
        target.setLineDash(dashes);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        target.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        target.fillRoundRect(x, y, w, h, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        target.strokeRoundRect(x, y, w, h, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        target.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        target.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        target.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        target.fillPolygon(xs, ys);
    }

    @Override
    public void fillFadedRect(double x, double y, double w, double h, int argb, double fadeLeft, double fadeRight) {
        target.fillFadedRect(x, y, w, h, argb, fadeLeft, fadeRight);
    }

    @Override
    public void fillText(String text, double x, double y, double size, boolean bold, Align align) {
        target.fillText(text, x, y, size, bold, align);
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
