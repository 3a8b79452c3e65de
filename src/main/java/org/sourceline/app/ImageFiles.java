package org.sourceline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sourceline.io.AtomicFiles;
import org.sourceline.io.PngWriter;
import org.sourceline.render.ImagePixels;

/** Writes exported images whole or not at all: a failed export leaves no file and an existing one intact. */
public final class ImageFiles {
    private ImageFiles() {
    }

    public static void writePng(ImagePixels image, Path out) throws IOException {
        AtomicFiles.write(out, stream -> PngWriter.write(image.width(), image.height(), image.argb(), stream));
    }

    public static void writeSvg(String svg, Path out) throws IOException {
        AtomicFiles.write(out, svg.getBytes(StandardCharsets.UTF_8));
    }
}
