package org.sourceline.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Writes what the painter draws as SVG: text as {@code <text>}, shapes as shapes, each event a {@code <g>} with its
 * id and title. Text is measured by the same function as on screen, so the layout is the same.
 */
public final class SvgCanvas2D implements Canvas2D {
    /** Measures text of a size and weight, as the screen does. */
    public interface TextMeasure {
        double width(String text, double size, boolean bold);
    }

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private final String fontFamily;
    private final TextMeasure measure;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(0xFF000000, 0xFF000000, 1, new double[0], 0, 0, 0);
    private int clipCount;
    private int gradientCount;
    private int openGroups;
    private final java.util.Map<String, Integer> groupIds = new java.util.HashMap<>();

    private record State(int fill, int stroke, double lineWidth, double[] dashes, double tx, double ty, int openClips) {
    }

    public SvgCanvas2D(double width, double height, String fontFamily, TextMeasure measure) {
        this.width = width;
        this.height = height;
        this.fontFamily = fontFamily;
        this.measure = measure;
    }

    public static SvgCanvas2D measuringWith(double width, double height, String fontFamily,
                                            ToDoubleFunction<String> regular) {
        return new SvgCanvas2D(width, height, fontFamily, (t, s, b) -> regular.applyAsDouble(t));
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String rgb(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }


    private String fillAttrs() {
        int a = (state.fill() >>> 24) & 0xFF;
        return " fill=\"" + rgb(state.fill()) + "\"" + (a == 255 ? "" : String.format(Locale.ROOT,
                " fill-opacity=\"%.3f\"", a / 255.0));
    }

    private String strokeAttrs() {
        int a = (state.stroke() >>> 24) & 0xFF;
        StringBuilder s = new StringBuilder(" fill=\"none\" stroke=\"").append(rgb(state.stroke())).append('"')
                .append(" stroke-width=\"").append(num(state.lineWidth())).append('"');
        if (a != 255) {
            s.append(String.format(Locale.ROOT, " stroke-opacity=\"%.3f\"", a / 255.0));
        }
        if (state.dashes().length > 0) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < state.dashes().length; i++) {
                s.append(i == 0 ? "" : " ").append(num(state.dashes()[i]));
            }
            s.append('"');
        }
        return s.toString();
    }

    private double x(double v) {
        return v + state.tx();
    }

    private double y(double v) {
        return v + state.ty();
    }

    /** Escapes text for XML content and attributes; drops characters XML 1.0 cannot hold. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Every shape stays in the document: one may hide the events and see the lanes whole. */
    @Override
    public boolean isRaster() {
        return false;
    }

    @Override
    public void setFill(int argb) {
        state = new State(argb, state.stroke(), state.lineWidth(), state.dashes(), state.tx(), state.ty(),
                state.openClips());
    }

    @Override
    public void setStroke(int argb, double w) {
        state = new State(state.fill(), argb, w, state.dashes(), state.tx(), state.ty(), state.openClips());
    }

    @Override
    public void setLineDash(double... dashes) {
        state = new State(state.fill(), state.stroke(), state.lineWidth(), dashes.clone(), state.tx(), state.ty(),
                state.openClips());
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        body.append("<rect x=\"").append(num(x(x))).append("\" y=\"").append(num(y(y))).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append('"').append(fillAttrs()).append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        roundRect(x, y, w, h, arc, fillAttrs());
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        roundRect(x, y, w, h, arc, strokeAttrs());
    }

    private void roundRect(double x, double y, double w, double h, double arc, String attrs) {
        body.append("<rect x=\"").append(num(x(x))).append("\" y=\"").append(num(y(y))).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" rx=\"").append(num(arc / 2))
                .append('"').append(attrs).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        oval(x, y, w, h, fillAttrs());
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        oval(x, y, w, h, strokeAttrs());
    }

    private void oval(double x, double y, double w, double h, String attrs) {
        body.append("<ellipse cx=\"").append(num(x(x + w / 2))).append("\" cy=\"").append(num(y(y + h / 2)))
                .append("\" rx=\"").append(num(w / 2)).append("\" ry=\"").append(num(h / 2)).append('"')
                .append(attrs).append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(num(x(x1))).append("\" y1=\"").append(num(y(y1))).append("\" x2=\"")
                .append(num(x(x2))).append("\" y2=\"").append(num(y(y2))).append('"').append(strokeAttrs())
                .append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        body.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            body.append(i == 0 ? "" : " ").append(num(x(xs[i]))).append(',').append(num(y(ys[i])));
        }
        body.append('"').append(fillAttrs()).append("/>\n");
    }

    @Override
    public void fillFadedRect(double x, double y, double w, double h, int argb, int under, double fadeLeft,
                              double fadeRight) {
        if (w <= 0) {
            return;
        }
        String id = "fade" + (++gradientCount);
        double left = Math.min(0.5, fadeLeft / w);
        double right = Math.min(0.5, fadeRight / w);
        body.append("<defs><linearGradient id=\"").append(id).append("\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">");
        if ((under >>> 24) == 0xFF) {
            String color = rgb(CategoryPalette.over(argb, under));
            String ground = rgb(under);
            body.append(stop(0, left > 0 ? ground : color, 1)).append(stop(left, color, 1))
                    .append(stop(1 - right, color, 1)).append(stop(1, right > 0 ? ground : color, 1));
        } else {
            double a = ((argb >>> 24) & 0xFF) / 255.0;
            String color = rgb(argb);
            body.append(stop(0, color, left > 0 ? 0 : a)).append(stop(left, color, a)).append(stop(1 - right, color, a))
                    .append(stop(1, color, right > 0 ? 0 : a));
        }
        body.append("</linearGradient></defs>\n");
        body.append("<rect x=\"").append(num(x(x))).append("\" y=\"").append(num(y(y))).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"url(#").append(id)
                .append(")\"/>\n");
    }

    private static String stop(double offset, String color, double opacity) {
        return String.format(Locale.ROOT, "<stop offset=\"%.4f\" stop-color=\"%s\" stop-opacity=\"%.3f\"/>", offset,
                color, opacity);
    }

    @Override
    public void fillText(String text, double x, double y, double size, boolean bold, Align align) {
        String anchor = align == Align.CENTER ? "middle" : align == Align.RIGHT ? "end" : "start";
        body.append("<text x=\"").append(num(x(x))).append("\" y=\"").append(num(y(y))).append("\" font-size=\"")
                .append(num(size)).append('"').append(bold ? " font-weight=\"bold\"" : "")
                .append(anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"").append(fillAttrs())
                .append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return measure.width(text, size, bold);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "clip" + (++clipCount);
        body.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(x(x))).append("\" y=\"")
                .append(num(y(y))).append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                .append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        state = new State(state.fill(), state.stroke(), state.lineWidth(), state.dashes(), state.tx(), state.ty(),
                state.openClips() + 1);
    }

    @Override
    public void translate(double dx, double dy) {
        state = new State(state.fill(), state.stroke(), state.lineWidth(), state.dashes(), state.tx() + dx,
                state.ty() + dy, state.openClips());
    }

    @Override
    public void beginGroup(String id, String title) {
        // An event drawn in several lanes (by actor) keeps unique ids: event-x, event-x-2, …
        int seen = groupIds.merge(id, 1, Integer::sum);
        String unique = seen == 1 ? id : id + "-" + seen;
        body.append("<g class=\"event\" id=\"event-").append(escape(unique)).append("\" data-event=\"")
                .append(escape(id)).append("\"><title>").append(escape(title)).append("</title>\n");
        openGroups++;
    }

    @Override
    public void endGroup() {
        if (openGroups > 0) {
            body.append("</g>\n");
            openGroups--;
        }
    }

    @Override
    public void save() {
        saved.push(state);
    }

    @Override
    public void restore() {
        State previous = saved.isEmpty() ? state : saved.pop();
        for (int i = state.openClips(); i > previous.openClips(); i--) {
            body.append("</g>\n");
        }
        state = previous;
    }

    /** The complete SVG document. */
    public String document() {
        StringBuilder doc = new StringBuilder();
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" font-family=\"").append(escape(fontFamily)).append(", sans-serif\">\n")
                .append(body);
        for (int i = state.openClips(); i > 0; i--) {
            doc.append("</g>\n");
        }
        doc.append("</svg>\n");
        return doc.toString();
    }
}
