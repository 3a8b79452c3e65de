package org.sourceline.ui.export;

import java.util.Locale;
import java.util.Optional;
import org.sourceline.i18n.Messages;
import org.sourceline.layout.TimeScale;
import org.sourceline.model.DateQuery;
import org.sourceline.model.EdtfDate;
import org.sourceline.render.ExportOptions;
import org.sourceline.ui.Settings;

/** The choices of File ▸ Export image…, remembered between exports. */
public record ImageExportSettings(Range range, String from, String to, int width, int density, boolean svg,
                                  String title, boolean caption, boolean legend, boolean sources) {
    public enum Range { VIEW, ALL, DATES }

    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 60_000;

    public ImageExportSettings {
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        title = title == null ? "" : title;
    }

    public static ImageExportSettings load(Settings s, int defaultWidth) {
        Range range;
        try {
            range = Range.valueOf(s.get("export.range", Range.VIEW.name()));
        } catch (IllegalArgumentException e) {
            range = Range.VIEW;
        }
        return new ImageExportSettings(range, s.get("export.from", ""), s.get("export.to", ""),
                (int) s.getDouble("export.width", defaultWidth), (int) s.getDouble("export.density", 1),
                Boolean.parseBoolean(s.get("export.svg", "false")), s.get("export.title", ""),
                Boolean.parseBoolean(s.get("export.caption", "true")), Boolean.parseBoolean(s.get("export.legend", "true")),
                Boolean.parseBoolean(s.get("export.sources", "false")));
    }

    public void save(Settings s) {
        s.put("export.range", range.name());
        s.put("export.from", from);
        s.put("export.to", to);
        s.putDouble("export.width", width);
        s.putDouble("export.density", density);
        s.put("export.svg", Boolean.toString(svg));
        s.put("export.title", title);
        s.put("export.caption", Boolean.toString(caption));
        s.put("export.legend", Boolean.toString(legend));
        s.put("export.sources", Boolean.toString(sources));
    }

    public ExportOptions options() {
        return new ExportOptions(title, caption, legend, sources);
    }

    public String extension() {
        return svg ? "svg" : "png";
    }

    /** What is wrong with these choices, in the interface language, or empty when they can be exported. */
    public Optional<String> problem(Locale locale) {
        Messages messages = Messages.of(locale);
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return Optional.of(messages.get("export.problem.width", MIN_WIDTH, MAX_WIDTH));
        }
        if (density < 1 || density > 3) {
            return Optional.of(messages.get("export.problem.scale"));
        }
        if ((long) width * density * 1500L * density > org.sourceline.render.ImageRenderer.MAX_PIXELS) {
            return Optional.of(messages.get("export.problem.too-large"));
        }
        if (range == Range.DATES) {
            Optional<EdtfDate> f = DateQuery.parse(from);
            Optional<EdtfDate> t = DateQuery.parse(to);
            if (f.isEmpty()) {
                return Optional.of(messages.get("export.problem.from", from));
            }
            if (t.isEmpty()) {
                return Optional.of(messages.get("export.problem.to", to));
            }
            if (t.get().latestEpochSecond() <= f.get().earliestEpochSecond()) {
                return Optional.of(messages.get("export.problem.order"));
            }
        }
        return Optional.empty();
    }

    /** The time range to export: the view, the whole dataset, or the typed dates. Assumes {@link #problem} is empty. */
    public double[] timeRange(TimeScale view, double[] extent) {
        return switch (range) {
            case VIEW -> new double[] {view.start(), view.end()};
            case ALL -> extent;
            case DATES -> new double[] {DateQuery.parse(from).orElseThrow().earliestEpochSecond(),
                DateQuery.parse(to).orElseThrow().latestEpochSecond()};
        };
    }
}
