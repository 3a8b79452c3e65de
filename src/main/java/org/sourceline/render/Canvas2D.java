package org.sourceline.render;

/**
 * The few drawing operations the timeline painter uses. One implementation draws on a JavaFX canvas (the screen and
 * PNG export), another writes SVG, so every output comes from the same painter. Colours are ARGB ints.
 */
public interface Canvas2D {
    enum Align { LEFT, CENTER, RIGHT }

    void setFill(int argb);

    /**
     * Whether the drawing is made of pixels, each painted over by what comes after it: a painter may then leave
     * out what will be covered. A vector drawing keeps every shape, to be seen once others are hidden.
     */
    default boolean isRaster() {
        return true;
    }

    void setStroke(int argb, double width);

    /** Dash lengths for strokes; no argument for a solid line. */
    void setLineDash(double... dashes);

    void fillRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    /**
     * The same outline as {@link #strokeRoundRect}, of a shape filled with the opaque colour {@code inside} standing
     * on the opaque colour {@code outside}. Knowing both, a raster canvas may draw the straight edges as rows of
     * colour blended beforehand, the pixels the line covers in part: the same picture, without blending each pixel.
     */
    default void strokeRoundRect(double x, double y, double w, double h, double arc, int inside, int outside) {
        strokeRoundRect(x, y, w, h, arc);
    }

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys);

    /**
     * A band of colour {@code argb} (translucent or not) laid on the opaque colour {@code under}, into which it fades
     * over {@code fadeLeft} and {@code fadeRight} pixels at its ends. The band is opaque: what lies under it is
     * {@code under}. With {@code under} 0 (what lies under it is not one colour), the band is translucent and fades
     * to transparent.
     */
    void fillFadedRect(double x, double y, double w, double h, int argb, int under, double fadeLeft, double fadeRight);

    /** Draws text with its baseline at {@code y}. */
    void fillText(String text, double x, double y, double size, boolean bold, Align align);

    double textWidth(String text, double size, boolean bold);

    void clipRect(double x, double y, double w, double h);

    void translate(double dx, double dy);

    /** Starts a group for one event (SVG keeps it as a {@code <g>} with its id and title); screens ignore it. */
    default void beginGroup(String id, String title) {
    }

    default void endGroup() {
    }

    void save();

    void restore();
}
