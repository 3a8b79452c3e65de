package org.sourceline.render;

import java.util.Map;

/** One colour per category: fixed for the known ones, derived from the name for others, so it never changes. */
public final class CategoryPalette {
    private static final Map<String, Integer> KNOWN = Map.of(
            "coordination", 0xFF0F7C8C,
            "meeting", 0xFF2F6DB5,
            "visit", 0xFF2E8B57,
            "exhibition", 0xFF7B4FB0,
            "agreement", 0xFFC0392B,
            "training", 0xFFD9822B,
            "statement", 0xFF8A6D3B,
            "tour", 0xFFC2418C);
    private static final int[] OTHERS = {0xFF4E79A7, 0xFF59A14F, 0xFF9C755F, 0xFFB07AA1, 0xFF76B7B2, 0xFFEDC948,
        0xFFFF9DA7, 0xFFBAB0AC};

    private CategoryPalette() {
    }

    public static int colorOf(String category) {
        Integer known = KNOWN.get(category);
        if (known != null) {
            return known;
        }
        return OTHERS[Math.floorMod(category.hashCode(), OTHERS.length)];
    }

    /**
     * The opaque colour that {@code argb}, translucent or not, makes over the opaque colour {@code under}. Bands are
     * drawn so: the software rasteriser writes an opaque rectangle many times faster than it blends one.
     */
    public static int over(int argb, int under) {
        int a = argb >>> 24;
        int r = blend((argb >> 16) & 0xFF, (under >> 16) & 0xFF, a);
        int g = blend((argb >> 8) & 0xFF, (under >> 8) & 0xFF, a);
        int b = blend(argb & 0xFF, under & 0xFF, a);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    /** The colour blended over an opaque ground, or left translucent over a ground not known (0). */
    public static int onGround(int argb, int under) {
        return (under >>> 24) == 0xFF ? over(argb, under) : argb;
    }

    private static int blend(int top, int under, int alpha) {
        return (top * alpha + under * (255 - alpha) + 127) / 255;
    }

    /** The colour with a new alpha, 0–1. */
    public static int withAlpha(int argb, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        return (a << 24) | (argb & 0x00FFFFFF);
    }
}
