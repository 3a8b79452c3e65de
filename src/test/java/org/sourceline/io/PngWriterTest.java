package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What the PNG writer writes decodes, with the JDK's own reader, to exactly the pixels it was given. */
class PngWriterTest {
    private static int[] decoded(int width, int height, int[] argb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(width, height, argb, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(image.getColorModel().hasAlpha()).isFalse();
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    private static int[] opaque(int[] argb) {
        int[] rgb = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            rgb[i] = 0xFF000000 | argb[i];
        }
        return rgb;
    }

    /** Lanes of flat colour, some lines, and noise: like a timeline, and the worst case for each filter. */
    private static int[] picture(int width, int height, long seed) {
        Random random = new Random(seed);
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            int lane = (y / 37) % 2 == 0 ? 0xFFFFFFFF : 0xFFF3F5F8;
            for (int x = 0; x < width; x++) {
                int c = lane;
                if (x % 97 == 0) {
                    c = 0xFFD0D4DA;
                } else if ((x / 13 + y / 11) % 5 == 0) {
                    c = 0xFF000000 | random.nextInt(0x1000000);
                }
                argb[y * width + x] = c;
            }
        }
        return argb;
    }

    @Test
    void anImageOfManyBandsDecodesToTheSamePixels() throws IOException {
        // 1,000 rows of 3,001 bytes: several bands, the last one short.
        int[] argb = picture(1000, 1000, 1);

        assertThat(decoded(1000, 1000, argb)).isEqualTo(opaque(argb));
    }

    @Test
    void rowsLongerThanABandAndTheSmallestImageDecodeToTheSamePixels() throws IOException {
        int[] wide = picture(400_000, 3, 2);
        assertThat(decoded(400_000, 3, wide)).isEqualTo(opaque(wide));

        assertThat(decoded(1, 1, new int[] {0xFF123456})).containsExactly(0xFF123456);
    }

    @Test
    void theAlphaByteIsIgnored() throws IOException {
        int[] argb = {0x00FF0000, 0x8000FF00, 0xFF0000FF, 0x12345678};

        assertThat(decoded(2, 2, argb)).containsExactly(0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFF345678);
    }

    @Test
    void theChecksumOfBandsLaidEndToEndIsTheChecksumOfTheWhole() {
        byte[] data = new byte[200_000];
        new Random(3).nextBytes(data);
        for (int split : new int[] {0, 1, 65_521, 100_000, 200_000}) {
            Adler32 first = new Adler32();
            first.update(data, 0, split);
            Adler32 second = new Adler32();
            second.update(data, split, data.length - split);
            Adler32 whole = new Adler32();
            whole.update(data);

            assertThat(PngWriter.combine(first.getValue(), second.getValue(), data.length - split))
                    .as("split at %d", split).isEqualTo(whole.getValue());
        }
    }

    @Test
    void pixelsThatDoNotFillTheImageAreRefused() {
        assertThatThrownBy(() -> PngWriter.write(3, 3, new int[8], new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 9 pixels, got 8");
    }
}
