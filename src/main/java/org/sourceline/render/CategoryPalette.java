package org.sourceline.render;

/** Colour arithmetic for painting: blending over a known ground, changing alpha. */
public final class CategoryPalette {
    private CategoryPalette() {
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
