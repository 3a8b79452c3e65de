package org.sourceline.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.sourceline.io.AtomicFiles;

/** Writes exported images whole or not at all: a failed export leaves no file and an existing one intact. */
public final class ImageFiles {
    private ImageFiles() {
    }

    public static void writePng(BufferedImage image, Path out) throws IOException {
        AtomicFiles.write(out, stream -> {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    public static void writeSvg(String svg, Path out) throws IOException {
        AtomicFiles.write(out, svg.getBytes(StandardCharsets.UTF_8));
    }
}
