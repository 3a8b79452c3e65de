package org.sourceline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourceline.i18n.Messages;
import org.sourceline.layout.LayoutStyle;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineLayout;

/**
 * Lays out an exported image: title, caption, the timeline as the window draws it, the legend and the numbered
 * sources, one under the other. The same composition is painted to PNG or written as SVG.
 */
public final class ExportComposer {
    private static final double PAD = 16;
    private static final double TITLE_SIZE = 22;
    private static final double CAPTION_SIZE = 13;
    private static final double TEXT_SIZE = 12;
    private static final double LINE = 18;

    /** A composed image: its size and how to paint it. */
    public record Composition(double width, double height, TimelineLayout timeline, double timelineTop,
                              ExportContent content, ExportOptions options, List<String> sourceLines,
                              String sourcesHeading, List<double[]> legendPositions) {
        public void paint(Canvas2D g) {
            ExportComposer.paint(g, this);
        }
    }

    private ExportComposer() {
    }

    public static Composition compose(ExportContent content, TimeScale scale, ExportOptions options, Locale locale,
                                      Canvas2D measure) {
        double width = scale.width();
        double y = 0;
        if (options.title() != null) {
            y += PAD + TITLE_SIZE + 8;
        }
        if (options.caption()) {
            y += (options.title() == null ? PAD : 0) + CAPTION_SIZE + 10;
        }
        TimelineLayout layout = TimelineLayout.compute(scale, content.items(), content.lanes(), LayoutStyle.DEFAULT,
                locale, new TextWidths(text -> measure.textWidth(text, PaintStyle.DEFAULT.fontSize(), false)));
        double timelineTop = y;
        y += layout.height() + 8;
        List<double[]> legend = new ArrayList<>();
        if (options.legend() && !content.legend().isEmpty()) {
            double x = PAD;
            y += 6;
            for (ExportContent.LegendEntry entry : content.legend()) {
                double w = 16 + measure.textWidth(entry.label(), TEXT_SIZE, false) + 18;
                if (x + w > width - PAD && x > PAD) {
                    x = PAD;
                    y += LINE + 4;
                }
                legend.add(new double[] {x, y});
                x += w;
            }
            y += LINE + 6;
        }
        List<String> lines = new ArrayList<>();
        if (options.sources() && !content.sources().isEmpty()) {
            y += 8 + LINE;
            for (int i = 0; i < content.sources().size(); i++) {
                String line = (i + 1) + ". " + content.sources().get(i);
                lines.addAll(wrap(line, width - 2 * PAD, measure));
            }
            y += lines.size() * LINE;
        }
        y += PAD / 2;
        return new Composition(width, Math.ceil(y), layout, timelineTop, content, options, lines,
                Messages.of(locale).get("export.sources.heading"), legend);
    }

    private static List<String> wrap(String text, double maxWidth, Canvas2D measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measure.textWidth(candidate, TEXT_SIZE, false) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder("    " + word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static void paint(Canvas2D g, Composition c) {
        PaintStyle style = PaintStyle.DEFAULT;
        g.setFill(style.background());
        g.fillRect(0, 0, c.width(), c.height());
        double y = 0;
        if (c.options().title() != null) {
            y += PAD + TITLE_SIZE;
            g.setFill(style.text());
            g.fillText(c.options().title(), PAD, y, TITLE_SIZE, true, Canvas2D.Align.LEFT);
            y += 8;
        }
        if (c.options().caption()) {
            y += (c.options().title() == null ? PAD : 0) + CAPTION_SIZE;
            g.setFill(style.axisText());
            g.fillText(c.content().caption(), PAD, y, CAPTION_SIZE, false, Canvas2D.Align.LEFT);
        }
        g.save();
        g.translate(0, c.timelineTop());
        TimelinePainter.paint(g, c.timeline(), c.content().items(), c.content().eras(), c.content().colors(), style,
                TimelinePainter.Highlights.NONE, c.width(),
                c.timeline().height(), 0);
        g.restore();
        List<ExportContent.LegendEntry> legend = c.content().legend();
        for (int i = 0; i < c.legendPositions().size(); i++) {
            double[] at = c.legendPositions().get(i);
            g.setFill(legend.get(i).argb());
            g.fillOval(at[0], at[1] + 3, 10, 10);
            g.setFill(style.text());
            g.fillText(legend.get(i).label(), at[0] + 16, at[1] + 12, TEXT_SIZE, false, Canvas2D.Align.LEFT);
        }
        if (!c.sourceLines().isEmpty()) {
            double top = c.height() - PAD / 2 - c.sourceLines().size() * LINE;
            g.setFill(style.text());
            g.fillText(c.sourcesHeading(), PAD, top - 6, TEXT_SIZE + 1, true, Canvas2D.Align.LEFT);
            for (int i = 0; i < c.sourceLines().size(); i++) {
                g.fillText(c.sourceLines().get(i), PAD, top + (i + 1) * LINE - 4, TEXT_SIZE, false,
                        Canvas2D.Align.LEFT);
            }
        }
    }
}
