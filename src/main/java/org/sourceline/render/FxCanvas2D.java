package org.sourceline.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws on a JavaFX canvas: the screen, and PNG export through an off-screen snapshot. */
public final class FxCanvas2D implements Canvas2D {
    private final GraphicsContext gc;
    private final TextAdvances advances = new TextAdvances();
    private final String family;
    /** The stroke as last set, so that a solid straight line can be filled as a rectangle. */
    private Color strokeColor = Color.BLACK;
    private int strokeArgb = 0xFF000000;
    private double[] dashes;
    private final java.util.Map<String, WritableImage> dashImages = new java.util.HashMap<>();
    private double strokeWidth = 1;
    /** The fill as last set, and as saved with the context's state. */
    private int fillArgb = 0xFF000000;
    /** What save() keeps of the fields above, for restore(): the context restores its own paint only. */
    private record Kept(int fillArgb, Color strokeColor, int strokeArgb, double strokeWidth, double[] dashes) {
    }

    private final java.util.ArrayDeque<Kept> saved = new java.util.ArrayDeque<>();
    private final java.util.Map<Integer, Color> colors = new java.util.HashMap<>();
    /** Fonts by size and weight: labels and the axis use a few, over and over. */
    private final java.util.Map<Double, Font[]> fonts = new java.util.HashMap<>();

    public FxCanvas2D(GraphicsContext gc, String fontFamily) {
        this.gc = gc;
        this.family = fontFamily;
        gc.setTextBaseline(VPos.BASELINE);
    }

    /** Colours repeat from frame to frame; a map lookup is cheaper than a new colour each time. */
    private Color cached(int argb) {
        Color c = colors.get(argb);
        if (c == null) {
            if (colors.size() > 4096) {
                colors.clear();
            }
            c = color(argb);
            colors.put(argb, c);
        }
        return c;
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    private Font font(double size, boolean bold) {
        Font[] weights = fonts.computeIfAbsent(size, s -> new Font[2]);
        int slot = bold ? 1 : 0;
        if (weights[slot] == null) {
            weights[slot] = Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        }
        return weights[slot];
    }

    @Override
    public void setFill(int argb) {
        fillArgb = argb;
        gc.setFill(cached(argb));
    }

    @Override
    public void setStroke(int argb, double width) {
        strokeColor = cached(argb);
        strokeArgb = argb;
        strokeWidth = width;
        gc.setStroke(strokeColor);
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDash(double... dashes) {
        if (dashes.length == 0 && this.dashes == null) {
            return;
        }
        this.dashes = dashes.length > 0 ? dashes.clone() : null;
        gc.setLineDashes(this.dashes);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    /**
     * A long opaque bar is a rectangle between two short rounded caps, each drawn only when in view: the software
     * rasteriser fills a rounded rectangle as a path, at a cost that grows with its area, and a rectangle at almost
     * none. The caps meet the rectangle on whole pixels, so no pixel is drawn twice.
     */
    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        if ((fillArgb >>> 24) != 0xFF || w <= 4 * arc + 4 || h < arc) {
            gc.fillRoundRect(x, y, w, h, arc, arc);
            return;
        }
        double[] view = visibleX();
        double left = Math.ceil(x + arc);
        double right = Math.floor(x + w - arc);
        double from = Math.max(left, Math.floor(view[0]));
        double to = Math.min(right, Math.ceil(view[1]));
        if (to > from) {
            gc.fillRect(from, y, to - from, h);
        }
        double radius = arc / 2;
        if (x < view[1] && left > view[0]) {
            gc.beginPath();
            gc.moveTo(left, y);
            gc.lineTo(x + radius, y);
            gc.arcTo(x, y, x, y + radius, radius);
            gc.lineTo(x, y + h - radius);
            gc.arcTo(x, y + h, x + radius, y + h, radius);
            gc.lineTo(left, y + h);
            gc.closePath();
            gc.fill();
        }
        if (right < view[1] && x + w > view[0]) {
            double end = x + w;
            gc.beginPath();
            gc.moveTo(right, y);
            gc.lineTo(end - radius, y);
            gc.arcTo(end, y, end, y + radius, radius);
            gc.lineTo(end, y + h - radius);
            gc.arcTo(end, y + h, end - radius, y + h, radius);
            gc.lineTo(right, y + h);
            gc.closePath();
            gc.fill();
        }
    }

    /**
     * A long opaque rounded outline is its two straight edges, drawn as lines (filled rectangles, or dash patterns), and
     * two short rounded ends stroked as paths, each only in view: stroking the whole outline as one path costs the
     * software rasteriser in proportion to its length, across the view for an interval that outlasts it.
     */
    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        // Translucent, the ends' square caps and the edges would overlap and darken at the four joints.
        if ((strokeArgb >>> 24) != 0xFF || w <= 4 * arc + 4 || h < arc) {
            gc.strokeRoundRect(x, y, w, h, arc, arc);
            return;
        }
        double[] view = visibleX();
        strokeLine(x + arc / 2, y, x + w - arc / 2, y);
        strokeLine(x + arc / 2, y + h, x + w - arc / 2, y + h);
        strokeEnds(x, y, w, h, arc, view);
    }

    /**
     * An outline of at most two pixels on whole pixels, between opaque colours, has its straight edges drawn as
     * rows: a line centred on the boundary between two rows covers the same part of each, so each row is the
     * stroke's colour blended beforehand over what lies under it there. Opaque rows cost the software rasteriser a
     * fraction of a line it must blend pixel by pixel (66 bars across the view: 1.5 ms against 0.4, measured).
     */
    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, int inside, int outside) {
        if (dashes != null || strokeWidth > 2 || (strokeArgb >>> 24) != 0xFF || (inside >>> 24) != 0xFF
                || (outside >>> 24) != 0xFF || w <= 4 * arc + 4 || h < arc || !onWholePixels(y, h)) {
            strokeRoundRect(x, y, w, h, arc);
            return;
        }
        double[] view = visibleX();
        double from = Math.max(x + arc / 2, Math.floor(view[0]));
        double to = Math.min(x + w - arc / 2, Math.ceil(view[1]));
        if (to > from) {
            javafx.scene.paint.Paint fill = gc.getFill();
            int covered = CategoryPalette.withAlpha(strokeArgb, strokeWidth / 2);
            gc.setFill(cached(CategoryPalette.over(covered, outside)));
            gc.fillRect(from, y - 1, to - from, 1);
            gc.fillRect(from, y + h, to - from, 1);
            gc.setFill(cached(CategoryPalette.over(covered, inside)));
            gc.fillRect(from, y, to - from, 1);
            gc.fillRect(from, y + h - 1, to - from, 1);
            gc.setFill(fill);
        }
        strokeEnds(x, y, w, h, arc, view);
    }

    /**
     * Whether a shape from {@code y} to {@code y + h} has its edges on whole pixels of the canvas's buffer. JavaFX
     * keeps a canvas at the highest scale of the screens, so any screen scaled makes the answer no.
     */
    private boolean onWholePixels(double y, double h) {
        if (!unscaled()) {
            return false;
        }
        double top = y + gc.getTransform().getTy();
        return top == Math.rint(top) && h == Math.rint(h);
    }

    /** Whether the canvas's pixels are the layout's: no scale or rotation, and no screen scaled. */
    private boolean unscaled() {
        javafx.scene.transform.Affine t = gc.getTransform();
        if (t.getMxx() != 1 || t.getMyy() != 1 || t.getMxy() != 0 || t.getMyx() != 0) {
            return false;
        }
        for (javafx.stage.Screen screen : javafx.stage.Screen.getScreens()) {
            if (screen.getOutputScaleX() != 1 || screen.getOutputScaleY() != 1) {
                return false;
            }
        }
        return true;
    }

    /** The rounded ends of an outline, each stroked as a path when in view. */
    private void strokeEnds(double x, double y, double w, double h, double arc, double[] view) {
        double radius = arc / 2;
        if (x < view[1] && x + radius > view[0]) {
            gc.beginPath();
            gc.moveTo(x + radius, y);
            gc.arcTo(x, y, x, y + radius, radius);
            gc.lineTo(x, y + h - radius);
            gc.arcTo(x, y + h, x + radius, y + h, radius);
            gc.stroke();
        }
        double end = x + w;
        if (end - radius < view[1] && end > view[0]) {
            gc.beginPath();
            gc.moveTo(end - radius, y);
            gc.arcTo(end, y, end, y + radius, radius);
            gc.lineTo(end, y + h - radius);
            gc.arcTo(end, y + h, end - radius, y + h, radius);
            gc.stroke();
        }
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
        // Dashes are drawn from an image only where its pixels are the canvas's: scaled, the rasteriser samples the
        // one-pixel-thick image past its edge, and a pixel of whatever the texture held before showed on the line.
        if (x1 != x2 && y1 != y2 || dashes != null && !unscaled()) {
            gc.strokeLine(x1, y1, x2, y2);
            return;
        }
        // A straight line is a thin rectangle, filled with a pattern of its dashes if it has any: the software
        // rasteriser fills a rectangle far faster than it strokes a path (a grid line the height of a screen
        // costs a third of a millisecond stroked, a dashed line across it several).
        javafx.scene.paint.Paint fill = gc.getFill();
        double half = strokeWidth / 2;
        if (y1 == y2) {
            double[] view = visibleX();
            double from = Math.max(Math.min(x1, x2), view[0]);
            double to = Math.min(Math.max(x1, x2), view[1]);
            if (to > from) {
                gc.setFill(dashes == null ? strokeColor : dashPattern(true, Math.min(x1, x2), y1 - half));
                gc.fillRect(from, y1 - half, to - from, strokeWidth);
            }
        } else {
            gc.setFill(dashes == null ? strokeColor : dashPattern(false, x1 - half, Math.min(y1, y2)));
            gc.fillRect(x1 - half, Math.min(y1, y2), strokeWidth, Math.abs(y2 - y1));
        }
        gc.setFill(fill);
    }

    /** The current stroke's dashes as a repeating image, starting with a dash at ({@code x}, {@code y}). */
    private ImagePattern dashPattern(boolean horizontal, double x, double y) {
        String key = (horizontal ? "h" : "v") + Integer.toHexString(strokeArgb) + java.util.Arrays.toString(dashes);
        WritableImage image = dashImages.get(key);
        if (image == null) {
            int[] runs = new int[dashes.length % 2 == 0 ? dashes.length : dashes.length * 2];
            int period = 0;
            for (int i = 0; i < runs.length; i++) {
                runs[i] = Math.max(1, (int) Math.round(dashes[i % dashes.length]));
                period += runs[i];
            }
            image = new WritableImage(horizontal ? period : 1, horizontal ? 1 : period);
            int p = 0;
            for (int i = 0; i < runs.length; i++) {
                for (int k = 0; k < runs[i]; k++, p++) {
                    int argb = i % 2 == 0 ? strokeArgb : 0;
                    image.getPixelWriter().setArgb(horizontal ? p : 0, horizontal ? 0 : p, argb);
                }
            }
            dashImages.put(key, image);
        }
        return new ImagePattern(image, x, y, image.getWidth(), image.getHeight(), false);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        gc.fillPolygon(xs, ys, xs.length);
    }

    /**
     * The fades are drawn as narrow opaque steps, each the colour blended over the ground at a rising opacity,
     * rather than as a gradient, which the software rasteriser paints several times slower; steps of
     * {@value #FADE_STEP} pixels cannot be told from a gradient at these opacities. Opaque, because it writes an
     * opaque rectangle many times faster than it blends a translucent one. Only the part in view is drawn: a month
     * seen at the scale of a day is thirty screens wide.
     */
    @Override
    public void fillFadedRect(double x, double y, double w, double h, int argb, int under, double fadeLeft,
                              double fadeRight) {
        if (w <= 0) {
            return;
        }
        double[] view = visibleX();
        double left = Math.max(0, Math.min(fadeLeft, w / 2));
        double right = Math.max(0, Math.min(fadeRight, w / 2));
        fillSpan(x + left, x + w - right, y, h, CategoryPalette.onGround(argb, under), view);
        double alpha = (argb >>> 24) / 255.0;
        int leftSteps = (int) Math.ceil(left / FADE_STEP);
        for (int k = 0; k < leftSteps; k++) {
            fillSpan(x + k * left / leftSteps, x + (k + 1) * left / leftSteps, y, h,
                    CategoryPalette.onGround(CategoryPalette.withAlpha(argb, alpha * (k + 0.5) / leftSteps), under),
                    view);
        }
        int rightSteps = (int) Math.ceil(right / FADE_STEP);
        for (int k = 0; k < rightSteps; k++) {
            double end = x + w - k * right / rightSteps;
            fillSpan(end - right / rightSteps, end, y, h,
                    CategoryPalette.onGround(CategoryPalette.withAlpha(argb, alpha * (k + 0.5) / rightSteps), under),
                    view);
        }
    }

    static final double FADE_STEP = 3;

    /** Steps meet on whole pixels: overlapping or gapped anti-aliased edges would show as stripes. */
    private void fillSpan(double x0, double x1, double y, double h, int argb, double[] view) {
        double from = Math.rint(Math.max(x0, view[0]));
        double to = Math.rint(Math.min(x1, view[1]));
        if (to > from && (argb >>> 24) != 0) {
            fillArgb = argb;
            gc.setFill(cached(argb));
            gc.fillRect(from, y, to - from, h);
        }
    }

    /** The canvas's horizontal extent in user coordinates, with a pixel to spare on each side. */
    private double[] visibleX() {
        javafx.scene.transform.Affine t = gc.getTransform();
        double width = gc.getCanvas().getWidth();
        if (t.getMxy() != 0 || t.getMxx() <= 0) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        return new double[] {(-t.getTx()) / t.getMxx() - 1, (width - t.getTx()) / t.getMxx() + 1};
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
        return advances.width(text, font(size, bold));
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
        saved.push(new Kept(fillArgb, strokeColor, strokeArgb, strokeWidth, dashes));
    }

    @Override
    public void restore() {
        gc.restore();
        if (!saved.isEmpty()) {
            Kept kept = saved.pop();
            fillArgb = kept.fillArgb();
            strokeColor = kept.strokeColor();
            strokeArgb = kept.strokeArgb();
            strokeWidth = kept.strokeWidth();
            dashes = kept.dashes();
        }
    }
}
