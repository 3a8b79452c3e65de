package org.sourceline.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourceline.model.Article;
import org.sourceline.model.Citation;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;

/**
 * Writes every citation as a W3C Web Annotation (JSON-LD, {@code http://www.w3.org/ns/anno.jsonld}), all in one
 * {@code AnnotationCollection}, so that annotation tools can anchor each quote in its article.
 *
 * <p>An annotation's target is the article (its URL, or {@code urn:sourceline:source:ID} for a source without
 * one) with two selectors: a {@code TextQuoteSelector} (the quote exactly, with up to {@value #CONTEXT}
 * characters of the body before and after it) and a {@code TextPositionSelector} (its start and end, in UTF-16
 * code units, into the article's body as Sourceline shows it: the lines the source keeps, joined by a blank line).
 * Those positions count in Sourceline's text of the article, not in the live page at its URL; tools that anchor
 * by position check the words there against the quote and fall back on the quote selector when they differ.
 * Its body is the event: its title and date ({@code describing}), its summary ({@code commenting}) and a
 * {@code tagging} body per tag. Each annotation's id is a name-based UUID of the event and the citation's
 * position in it, the same at every export.
 */
public final class AnnotationWriter {
    /** Characters of context on each side of a quote, as annotation tools commonly take. */
    public static final int CONTEXT = 32;

    private AnnotationWriter() {
    }

    public static byte[] toBytes(LoadedTimeline timeline) {
        return InMemory.bytes(out -> write(timeline, out));
    }

    public static void write(LoadedTimeline timeline, OutputStream out) throws IOException {
        Map<String, Source> sources = timeline.dataset().sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        List<Event> events = timeline.dataset().events().stream().sorted(TimelineWriter.EVENT_ORDER).toList();
        int total = events.stream().mapToInt(e -> e.citations().size()).sum();
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeStringField("@context", "http://www.w3.org/ns/anno.jsonld");
            g.writeStringField("type", "AnnotationCollection");
            if (timeline.dataset().title() != null) {
                g.writeStringField("label", timeline.dataset().title());
            }
            g.writeNumberField("total", total);
            g.writeObjectFieldStart("first");
            g.writeStringField("type", "AnnotationPage");
            g.writeArrayFieldStart("items");
            for (Event event : events) {
                for (int i = 0; i < event.citations().size(); i++) {
                    Citation c = event.citations().get(i);
                    writeAnnotation(g, event, i, sources.get(c.sourceId()), timeline.articles().get(c.sourceId()),
                            c.quote());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void writeAnnotation(JsonGenerator g, Event event, int index, Source source, Article article,
                                        String quote) throws IOException {
        String body = article.body();
        int start = body.indexOf(quote);
        if (start < 0) {
            throw new IllegalStateException("the quote of " + event.id() + " is not in " + source.id());
        }
        int end = start + quote.length();
        g.writeStartObject();
        g.writeStringField("id", "urn:uuid:" + UUID.nameUUIDFromBytes(("sourceline:" + event.id() + "#" + index)
                .getBytes(StandardCharsets.UTF_8)));
        g.writeStringField("type", "Annotation");
        g.writeStringField("motivation", "describing");
        g.writeArrayFieldStart("body");
        textualBody(g, "describing", event.title() + " (" + event.date() + ")", source.language());
        textualBody(g, "commenting", event.summary(), source.language());
        for (String tag : event.tags()) {
            textualBody(g, "tagging", tag, null);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("target");
        g.writeStringField("source", source.url() != null ? source.url() : "urn:sourceline:source:" + source.id());
        g.writeArrayFieldStart("selector");
        g.writeStartObject();
        g.writeStringField("type", "TextQuoteSelector");
        g.writeStringField("exact", quote);
        g.writeStringField("prefix", body.substring(safeStart(body, start - CONTEXT), start));
        g.writeStringField("suffix", body.substring(end, safeEnd(body, end + CONTEXT)));
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("type", "TextPositionSelector");
        g.writeNumberField("start", start);
        g.writeNumberField("end", end);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void textualBody(JsonGenerator g, String purpose, String value, String language)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "TextualBody");
        g.writeStringField("purpose", purpose);
        g.writeStringField("value", value);
        g.writeStringField("format", "text/plain");
        if (language != null) {
            g.writeStringField("language", language);
        }
        g.writeEndObject();
    }

    /** An index at or after {@code at}, never inside a surrogate pair. */
    private static int safeStart(String text, int at) {
        int i = Math.max(0, at);
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }

    /** An index at or before {@code at}, never inside a surrogate pair. */
    private static int safeEnd(String text, int at) {
        int i = Math.min(text.length(), at);
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }
}
