package org.sourceline.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.Source;

/**
 * Writes a timeline as a TimelineJS 3 JSON file that TimelineJS loads as it is: a title slide, one slide per event
 * and the eras. Dates are numbers as precise as the event's date; what numbers cannot say (about, by, one day in a
 * range) is said by the date's phrase. An event's citations are its media: the quoted passages in a
 * {@code <blockquote>} (TimelineJS's quote media), each group followed by a {@code <cite>} naming its source.
 */
public final class TimelineJsWriter {
    private TimelineJsWriter() {
    }

    public static byte[] toBytes(Dataset dataset) {
        return InMemory.bytes(out -> write(dataset, out));
    }

    public static void write(Dataset dataset, OutputStream out) throws IOException {
        Locale locale = DatePhrases.localeOf(dataset);
        Map<String, Source> sources = dataset.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            if (needsCosmologicalScale(dataset)) {
                g.writeStringField("scale", "cosmological");
            }
            if (dataset.title() != null || dataset.description() != null) {
                g.writeObjectFieldStart("title");
                g.writeObjectFieldStart("text");
                g.writeStringField("headline", dataset.title() == null ? "" : HtmlText.escape(dataset.title()));
                g.writeStringField("text", dataset.description() == null ? ""
                        : HtmlText.paragraphs(dataset.description()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeArrayFieldStart("events");
            for (Event event : dataset.events().stream().sorted(TimelineWriter.EVENT_ORDER).toList()) {
                writeEvent(g, event, sources, locale);
            }
            g.writeEndArray();
            if (!dataset.eras().isEmpty()) {
                g.writeArrayFieldStart("eras");
                for (Era era : dataset.eras().stream().sorted(TimelineWriter.ERA_ORDER).toList()) {
                    writeEra(g, era);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeEvent(JsonGenerator g, Event event, Map<String, Source> sources, Locale locale)
            throws IOException {
        EdtfDate date = event.date();
        EdtfDate start = date.start().orElseGet(() -> date.end().orElseThrow());
        EdtfDate end = date.start().isPresent() ? date.end().orElse(null) : null;
        boolean exact = isExact(date);
        String phrase = exact ? null : DatePhrases.phrase(date, locale);
        DateParts startParts = DateParts.of(start);
        DateParts endParts = end == null || end.equals(start) ? null : DateParts.of(end);
        if (endParts == null && DateParts.lastYear(start) != startParts.year()) {
            endParts = new DateParts(DateParts.lastYear(start), null, null, null, null, null);
        }
        g.writeStartObject();
        g.writeStringField("unique_id", event.id());
        writeDate(g, "start_date", startParts, phrase);
        if (endParts != null) {
            writeDate(g, "end_date", endParts, null);
        }
        String display = event.displayDate() != null ? event.displayDate() : phrase;
        if (display != null) {
            g.writeStringField("display_date", display);
        }
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", HtmlText.escape(event.title()));
        g.writeStringField("text", HtmlText.paragraphs(event.summary()));
        g.writeEndObject();
        g.writeStringField("group", event.category());
        writeMedia(g, event.citations(), sources);
        g.writeEndObject();
    }

    /**
     * Whether a year lies beyond what a JavaScript date holds; TimelineJS then needs its "cosmological" scale, on
     * which it reads years only.
     */
    static boolean needsCosmologicalScale(Dataset dataset) {
        List<EdtfDate> dates = new ArrayList<>();
        dataset.events().forEach(e -> dates.add(e.date()));
        dataset.eras().forEach(e -> dates.add(e.date()));
        for (EdtfDate date : dates) {
            for (EdtfDate part : List.of(date.start(), date.end()).stream().flatMap(java.util.Optional::stream)
                    .toList()) {
                long year = DateParts.of(part).year();
                if (year < -271_819 || year > 275_759) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Dates TimelineJS says exactly with numbers: plain single dates and plain intervals between two of them. */
    static boolean isExact(EdtfDate date) {
        if (date.isOneOfRange() || date.hasOpenStart() || date.hasOpenEnd()) {
            return false;
        }
        return DateParts.isPlain(date.start().orElseThrow()) && DateParts.isPlain(date.end().orElseThrow());
    }

    /**
     * @param phrase written as the date's own {@code display_date}, so that an import can give the exact date back
     *     even when the event's display date says it otherwise; TimelineJS shows the event's instead
     */
    private static void writeDate(JsonGenerator g, String key, DateParts parts, String phrase) throws IOException {
        writeDate(g, key, parts, phrase, false);
    }

    private static void writeDate(JsonGenerator g, String key, DateParts parts, String phrase,
                                  boolean lastMillisecond) throws IOException {
        g.writeObjectFieldStart(key);
        // TimelineJS counts years before year 1 as people do: ISO year 0 is its -1 (1 BC).
        g.writeNumberField("year", parts.year() <= 0 ? parts.year() - 1 : parts.year());
        if (parts.month() != null) {
            g.writeNumberField("month", parts.month());
        }
        if (parts.day() != null) {
            g.writeNumberField("day", parts.day());
        }
        if (parts.hour() != null) {
            g.writeNumberField("hour", parts.hour());
            g.writeNumberField("minute", parts.minute());
        }
        if (parts.second() != null) {
            g.writeNumberField("second", parts.second());
        }
        if (lastMillisecond) {
            g.writeNumberField("millisecond", 999);
        }
        if (phrase != null) {
            g.writeStringField("display_date", phrase);
        }
        g.writeEndObject();
    }

    private static void writeMedia(JsonGenerator g, List<Citation> citations, Map<String, Source> sources)
            throws IOException {
        if (citations.isEmpty()) {
            return;
        }
        Set<String> credits = new LinkedHashSet<>();
        citations.stream().map(Citation::sourceId).sorted()
                .forEach(id -> credits.add(CitationHtml.cite(sources.get(id), id)));
        g.writeObjectFieldStart("media");
        g.writeStringField("url", CitationHtml.write(citations, sources));
        g.writeStringField("credit", String.join("; ", credits));
        g.writeEndObject();
    }

    private static void writeEra(JsonGenerator g, Era era) throws IOException {
        EdtfDate date = era.date();
        EdtfDate start = date.start().orElseGet(() -> date.end().orElseThrow());
        EdtfDate end = date.start().isPresent() && date.end().isPresent() ? date.end().get() : start;
        DateParts startParts = DateParts.of(start);
        DateParts endParts = end.equals(start) ? lastOf(startParts) : DateParts.of(end);
        g.writeStartObject();
        writeDate(g, "start_date", startParts, null);
        // A lone second can only differ from its start by its last millisecond.
        writeDate(g, "end_date", endParts, null, endParts.equals(startParts));
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", HtmlText.escape(era.label()));
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The last moment of a period given by its start, in finer numbers: TimelineJS drops an era end equal to its
     * start and then refuses the era. The import reads such an era back as the period alone.
     */
    static DateParts lastOf(DateParts p) {
        if (Math.abs(p.year()) > 9999) {
            return new DateParts(p.year() + 1, null, null, null, null, null);
        }
        if (p.month() == null) {
            return new DateParts(p.year(), 12, 31, null, null, null);
        }
        if (p.day() == null) {
            return new DateParts(p.year(), p.month(), YearMonth.of((int) p.year(), p.month()).lengthOfMonth(),
                    null, null, null);
        }
        if (p.hour() == null) {
            return new DateParts(p.year(), p.month(), p.day(), 23, 59, null);
        }
        if (p.second() == null) {
            return new DateParts(p.year(), p.month(), p.day(), p.hour(), p.minute(), 59);
        }
        return p;
    }
}
