package org.sourceline.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes opaque RGB pixels as a PNG, fast rather than small: every row filtered by the pixel above it ("Up", which
 * turns the long runs of a timeline's lanes and labels into zeros), compressed at the fastest level, in bands of
 * rows compressed on every core at once. Each band is its own run of deflate blocks, ended on a byte boundary, so
 * the bands laid end to end form the one zlib stream PNG asks for.
 */
public final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Uncompressed bytes per band: enough that a band is worth a task, small enough to share out. */
    private static final int BAND_BYTES = 1 << 20;
    private static final byte FILTER_UP = 2;

    private PngWriter() {
    }

    /**
     * @param rgb {@code width × height} pixels, row after row, as {@code 0xRRGGBB} (any alpha byte is ignored)
     */
    public static void write(int width, int height, int[] rgb, OutputStream out) throws IOException {
        if (width <= 0 || height <= 0 || (long) width * height != rgb.length) {
            throw new IllegalArgumentException("a " + width + "×" + height + " image needs " + (long) width * height
                    + " pixels, got " + rgb.length);
        }
        int rowBytes = 3 * width + 1;
        int rowsPerBand = Math.max(1, BAND_BYTES / rowBytes);
        int bands = (height + rowsPerBand - 1) / rowsPerBand;
        List<Band> compressed = IntStream.range(0, bands).parallel()
                .mapToObj(b -> Band.of(rgb, width, b * rowsPerBand, Math.min(height, (b + 1) * rowsPerBand),
                        b == bands - 1))
                .toList();

        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;      // bits per channel
        header[9] = 2;      // colour type: RGB
        chunk(out, "IHDR", header, 0, header.length);
        // The zlib header (deflate, 32K window, fastest) opens the first IDAT; the Adler-32 of every band's bytes,
        // in order, closes the last.
        chunk(out, "IDAT", new byte[] {0x78, 0x01}, 0, 2);
        long adler = 1;
        for (Band band : compressed) {
            chunk(out, "IDAT", band.deflated, 0, band.deflated.length);
            adler = combine(adler, band.adler, band.length);
        }
        byte[] trailer = new byte[4];
        putInt(trailer, 0, (int) adler);
        chunk(out, "IDAT", trailer, 0, 4);
        chunk(out, "IEND", new byte[0], 0, 0);
    }

    /** Rows [y0, y1) filtered and deflated, with the Adler-32 and length of the filtered bytes. */
    private record Band(byte[] deflated, long adler, long length) {
        static Band of(int[] rgb, int width, int y0, int y1, boolean last) {
            byte[] raw = new byte[(y1 - y0) * (3 * width + 1)];
            int p = 0;
            for (int y = y0; y < y1; y++) {
                raw[p++] = FILTER_UP;
                int row = y * width;
                int above = row - width;
                for (int x = 0; x < width; x++) {
                    int c = rgb[row + x];
                    int u = y == 0 ? 0 : rgb[above + x];
                    raw[p++] = (byte) ((c >> 16) - (u >> 16));
                    raw[p++] = (byte) ((c >> 8) - (u >> 8));
                    raw[p++] = (byte) (c - u);
                }
            }
            Adler32 adler = new Adler32();
            adler.update(raw);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            try {
                deflater.setInput(raw);
                if (last) {
                    deflater.finish();
                }
                ByteArrayOutputStream deflated = new ByteArrayOutputStream(raw.length / 8 + 64);
                byte[] buffer = new byte[64 * 1024];
                // A band that is not the last ends with a sync flush: its blocks stop on a byte boundary and are
                // not marked final, so the next band's blocks follow on.
                int flush = last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH;
                while (true) {
                    int n = deflater.deflate(buffer, 0, buffer.length, flush);
                    deflated.write(buffer, 0, n);
                    if (last ? deflater.finished() : n < buffer.length) {
                        break;
                    }
                }
                return new Band(deflated.toByteArray(), adler.getValue(), raw.length);
            } finally {
                deflater.end();
            }
        }
    }

    private static final int ADLER_BASE = 65521;

    /** The Adler-32 of two byte runs laid end to end, from each run's checksum and the second run's length. */
    static long combine(long first, long second, long secondLength) {
        long rem = secondLength % ADLER_BASE;
        long a1 = first & 0xFFFF;
        long b1 = first >>> 16;
        long a2 = second & 0xFFFF;
        long b2 = second >>> 16;
        long a = (a1 + a2 + ADLER_BASE - 1) % ADLER_BASE;
        long b = (b1 + b2 + rem * a1 + ADLER_BASE - rem) % ADLER_BASE;
        return (b << 16) | a;
    }

    private static void chunk(OutputStream out, String type, byte[] data, int offset, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, offset, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(head);
        out.write(data, offset, length);
        out.write(tail);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }
}
