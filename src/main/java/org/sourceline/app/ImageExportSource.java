package org.sourceline.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sourceline.i18n.Messages;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.Navigation;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.ZoomLimits;
import org.sourceline.layout.Lanes;
import org.sourceline.layout.TimelineItem;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Source;
import org.sourceline.render.ExportContent;
import org.sourceline.render.ExportOptions;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/** Reads from a store what an image export of a time range shows. Runs off the JavaFX thread. */
public final class ImageExportSource {
    private ImageExportSource() {
    }

    /** The time range of every event in the store, or null when it has none. */
    public static double[] extent(Store store) throws StoreException {
        return store.eventTimeRange().map(span -> new double[] {span.start(), span.end()}).orElse(null);
    }

    /** The time range of the events {@code eventFilter} accepts, or null when there are none. */
    public static double[] extent(Store store, Predicate<String> eventFilter) throws StoreException {
        TimelineData shown = TimelineData.of(store.eventColumns(), Map.of(), Map.of(), Locale.ROOT).only(eventFilter);
        return shown.isEmpty() ? null : new double[] {shown.minTime(), shown.maxTime()};
    }

    /**
     * The events overlapping [t0, t1), with their lanes, legend, caption and, when asked, numbered sources.
     */
    public static ExportContent read(Store store, double t0, double t1, LaneMode mode, ExportOptions options,
                                     Locale locale) throws StoreException {
        return read(store, t0, t1, mode, options, locale, id -> true);
    }

    /**
     * The events overlapping [t0, t1) that {@code eventFilter} accepts (what the window shows through its
     * filters), with their lanes, legend, caption and, when the options list them, numbered sources.
     */
    public static ExportContent read(Store store, double t0, double t1, LaneMode mode, ExportOptions options,
                                     Locale locale, Predicate<String> eventFilter) throws StoreException {
        Messages messages = Messages.of(locale);
        // The events as the window holds them: the store's kept columns, items built only for what is drawn.
        TimelineData data = TimelineData.load(store, locale).overlapping(t0, t1).only(eventFilter);
        List<TimelineItem> items = data.items();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Source> sources = Map.of();
        if (options.sources()) {
            // Citations and sources are read for every event of the store at once: only when they are listed.
            Map<String, List<String>> sourcesOf = store.sourcesOfEvents();
            sources = store.sourcesById();
            for (TimelineItem item : items) {
                for (String source : sourcesOf.getOrDefault(item.id(), List.of())) {
                    numbers.putIfAbsent(source, numbers.size() + 1);
                }
            }
            List<TimelineItem> numbered = new ArrayList<>(items.size());
            for (TimelineItem item : items) {
                // Numbers first, so that shortening a long title never cuts them off.
                String label = "[" + sourcesOf.getOrDefault(item.id(), List.of()).stream()
                        .map(numbers::get).sorted().map(String::valueOf).collect(Collectors.joining(", ")) + "] "
                        + item.label();
                numbered.add(new TimelineItem(item.id(), label, item.start(), item.end(), item.shape(),
                        item.category(), item.approximate(), item.uncertain(), item.openEnd()));
            }
            items = numbered;
        }
        var lanes = Lanes.build(items, mode, item -> data.actorsOf(item.id()),
                key -> mode == LaneMode.ACTOR ? data.actorName(key) : data.categoryLabel(key),
                mode == LaneMode.ACTOR ? messages.get("timeline.lane.no-actor")
                        : messages.get("timeline.lane.all-events"));
        List<ExportContent.LegendEntry> legend = data.categories().stream()
                .map(c -> new ExportContent.LegendEntry(c, data.categoryLabel(c), data.categoryColors().argb(c)))
                .toList();
        List<String> sourceLines = new ArrayList<>();
        for (String id : numbers.keySet()) {
            Source s = sources.get(id);
            StringBuilder line = new StringBuilder(s.title());
            if (s.outlet() != null) {
                line.append(" — ").append(s.outlet());
            }
            if (s.author() != null) {
                line.append(", ").append(s.author());
            }
            line.append(", ").append(DatePhrase.format(s.published(), locale));
            if (s.url() != null) {
                line.append(" — ").append(s.url());
            }
            sourceLines.add(line.toString());
        }
        return new ExportContent(items, lanes, legend, sourceLines, caption(t0, t1, locale), data.eras(),
                data.categoryColors());
    }

    /** The scale that shows [t0, t1) across {@code width}, with room at the right for the last labels. */
    public static TimeScale scaleFor(double t0, double t1, double width) {
        double room = Math.min(Navigation.LABEL_ROOM, width / 4);
        return TimeScale.fit(t0, t1, width - room, 0.02,
                ZoomLimits.DEFAULT.including((t1 - t0) * 1.2)).withWidth(width);
    }

    private static final double FIRST_SECOND = LocalDate.MIN.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final double LAST_SECOND = LocalDate.MAX.atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    static String caption(double t0, double t1, Locale locale) {
        String from = DatePhrase.format(day(t0), locale);
        String to = DatePhrase.format(day(Math.max(t0, t1 - 1)), locale);
        return Messages.of(locale).get("export.caption.range", from, to);
    }

    /**
     * The day of an instant; a year beyond 9999 either side, which EDTF only writes alone, as that year. An
     * instant past either end of the calendar (the end of year 999,999,999, which a double cannot tell from the
     * second before it) is the calendar's first or last day.
     */
    private static EdtfDate day(double epochSecond) {
        double second = Math.max(FIRST_SECOND, Math.min(LAST_SECOND, Math.floor(epochSecond)));
        LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond((long) second), ZoneOffset.UTC);
        int year = date.getYear();
        if (Math.abs(year) > 9999) {
            return EdtfDate.parse("Y" + year);
        }
        return EdtfDate.parse(String.format(Locale.ROOT, "%s%04d-%02d-%02d", year < 0 ? "-" : "", Math.abs(year),
                date.getMonthValue(), date.getDayOfMonth()));
    }
}
