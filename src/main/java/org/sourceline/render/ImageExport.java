package org.sourceline.render;

import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import org.sourceline.layout.TimeScale;

/** Composes and renders an export off-screen; shared by the window and the command line. */
public final class ImageExport {
    /** The rendered image: its pixels for PNG, or an SVG document. */
    public record Rendered(ImagePixels pixels, String svg, int eventCount) {
    }

    private ImageExport() {
    }

    /** Must run on the JavaFX thread; writing the result to a file is left to the caller, off that thread. */
    public static Rendered render(ExportContent content, TimeScale scale, ExportOptions options, Locale locale,
                                  boolean svg, int density) {
        String family = Font.getDefault().getFamily();
        FxCanvas2D measure = new FxCanvas2D(new Canvas(1, 1).getGraphicsContext2D(), family);
        ExportComposer.Composition c = ExportComposer.compose(content, scale, options, locale, measure);
        int events = content.items().size();
        return svg ? new Rendered(null, ImageRenderer.toSvg(c, family, measure), events)
                : new Rendered(ImageRenderer.snapshot(c, density, family), null, events);
    }
}
