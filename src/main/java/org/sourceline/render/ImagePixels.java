package org.sourceline.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;

/**
 * A rendered image as plain pixels: {@code width × height} opaque {@code 0xAARRGGBB} values, row after row. Plain
 * memory, so it can be written or shown from any thread.
 */
public record ImagePixels(int width, int height, int[] argb) {
    public ImagePixels {
        if (width <= 0 || height <= 0 || (long) width * height != argb.length) {
            throw new IllegalArgumentException("a " + width + "×" + height + " image needs " + (long) width * height
                    + " pixels, got " + argb.length);
        }
    }

    /** The same pixels seen as an AWT image (for a preview), without copying them. */
    public BufferedImage toBufferedImage() {
        DirectColorModel rgb = new DirectColorModel(24, 0xFF0000, 0xFF00, 0xFF);
        var raster = Raster.createPackedRaster(new DataBufferInt(argb, argb.length), width, height, width,
                rgb.getMasks(), null);
        return new BufferedImage(rgb, raster, false, null);
    }
}
