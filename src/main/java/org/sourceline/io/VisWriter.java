package org.sourceline.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.Source;

/**
 * Writes a timeline as vis-timeline data, {@code {"items": [...], "groups": [...]}}: one item per event in the
 * group of its category, one background item per era. The start and end are as precise as the date; a year or a
 * month is drawn as the range it covers. Each item's {@code title} (its tooltip) says the date in words inside a
 * {@code <time datetime="EDTF">}, which also gives the exact date back on import, then the summary and the
 * citations.
 */
public final class VisWriter {
    private VisWriter() {
    }

    public static byte[] toBytes(Dataset dataset) {
        return InMemory.bytes(out -> write(dataset, out));
    }

    public static void write(Dataset dataset, OutputStream out) throws IOException {
        Locale locale = DatePhrases.localeOf(dataset);
        Map<String, Source> sources = dataset.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        Slugs.Unique ids = new Slugs.Unique();
        dataset.events().forEach(e -> ids.claim(e.id()));
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (Event event : dataset.events().stream().sorted(TimelineWriter.EVENT_ORDER).toList()) {
                g.writeStartObject();
                g.writeStringField("id", event.id());
                g.writeStringField("content", HtmlText.escape(event.title()));
                writeSpan(g, event.date(), false);
                g.writeStringField("group", event.category());
                g.writeStringField("className", event.category());
                String display = event.displayDate() != null ? event.displayDate()
                        : DatePhrases.phrase(event.date(), locale);
                g.writeStringField("title", time(event.date(), display) + HtmlText.paragraphs(event.summary())
                        + CitationHtml.write(event.citations(), sources));
                g.writeEndObject();
            }
            for (Era era : dataset.eras().stream().sorted(TimelineWriter.ERA_ORDER).toList()) {
                g.writeStartObject();
                g.writeStringField("id", ids.claim(era.id()));
                g.writeStringField("content", HtmlText.escape(era.label()));
                writeSpan(g, era.date(), true);
                if (era.category() != null) {
                    g.writeStringField("className", era.category());
                }
                if (era.color() != null) {
                    g.writeStringField("style", "background-color: " + era.color());
                }
                g.writeStringField("title", time(era.date(), DatePhrases.phrase(era.date(), locale)));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groups");
            for (String category : new TreeSet<>(dataset.events().stream().map(Event::category).toList())) {
                g.writeStartObject();
                g.writeStringField("id", category);
                g.writeStringField("content", HtmlText.escape(category));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static String time(EdtfDate date, String words) {
        return "<p><time datetime=\"" + HtmlText.escape(date.toString()) + "\">" + HtmlText.escape(words)
                + "</time></p>";
    }

    /**
     * The start, the end vis draws to, and the type. A date known to a day or better is a box unless it has an
     * end; a year or a month is the range it covers; a background always needs an end.
     */
    private static void writeSpan(JsonGenerator g, EdtfDate date, boolean background) throws IOException {
        EdtfDate start = date.start().orElseGet(() -> date.end().orElseThrow());
        EdtfDate end = date.start().isPresent() ? date.end().orElse(null) : null;
        String endText = null;
        if (end != null && !end.equals(start)) {
            endText = DateParts.of(end).hour() != null ? VisDates.start(end) : VisDates.after(end);
        } else {
            DateParts parts = DateParts.of(start);
            if (background || parts.day() == null || DateParts.lastYear(start) != parts.year()) {
                endText = VisDates.after(start);
            }
        }
        g.writeStringField("start", VisDates.start(start));
        if (endText != null) {
            g.writeStringField("end", endText);
        }
        g.writeStringField("type", background ? "background" : endText != null ? "range" : "box");
    }
}
