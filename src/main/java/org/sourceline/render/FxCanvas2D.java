package org.sourceline.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Draws on a JavaFX canvas: the screen, and PNG export through an off-screen snapshot. */
public final class FxCanvas2D implements Canvas2D {
    private final GraphicsContext gc;
    private final Text measure = new Text();
    private final String family;

    public FxCanvas2D(GraphicsContext gc, String fontFamily) {
        this.gc = gc;
        this.family = fontFamily;
        gc.setTextBaseline(VPos.BASELINE);
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    private Font font(double size, boolean bold) {
        return Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    @Override
    public void setFill(int argb) {
        gc.setFill(color(argb));
    }

    @Override
    public void setStroke(int argb, double width) {
        gc.setStroke(color(argb));
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDash(double... dashes) {
        gc.setLineDashes(dashes.length == 0 ? null : dashes);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        gc.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        gc.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        gc.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void fillFadedRect(double x, double y, double w, double h, int argb, double fadeLeft, double fadeRight) {
        if (w <= 0) {
            return;
        }
        Color solid = color(argb);
        Color clear = solid.deriveColor(0, 1, 1, 0);
        double left = Math.min(0.5, fadeLeft / w);
        double right = Math.min(0.5, fadeRight / w);
        gc.setFill(new LinearGradient(x, 0, x + w, 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, left > 0 ? clear : solid), new Stop(left, solid),
                new Stop(1 - right, solid), new Stop(1, right > 0 ? clear : solid)));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void fillText(String text, double x, double y, double size, boolean bold, Align align) {
        gc.setFont(font(size, bold));
        gc.setTextAlign(align == Align.CENTER ? TextAlignment.CENTER
                : align == Align.RIGHT ? TextAlignment.RIGHT : TextAlignment.LEFT);
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        measure.setFont(font(size, bold));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }
}
