package org.sourceline.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Source;

/**
 * Writes the sources as CSL-JSON, the form Zotero, Pandoc and citeproc read: an array of {@code
 * article-newspaper} items with their headline, outlet ({@code container-title}), author, URL, language and
 * publication date.
 *
 * <p>The date says no more than the source does. A day, month or year known exactly is its {@code date-parts}; a
 * day somewhere in a range ({@code [2022-05-21..2022-05-31]}) gives what both ends share (the month); an interval
 * gives its two ends; an approximate or uncertain date is marked {@code circa}. A date with nothing exact to give
 * (an open end, a range over several years) is kept as its EDTF text in {@code literal}. An author is given as
 * written, in {@code literal}: a name is not split into given and family names by guesswork.
 */
public final class CslJsonWriter {
    private static final Pattern PARTS = Pattern.compile("^-?(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private CslJsonWriter() {
    }

    public static byte[] toBytes(Dataset dataset) {
        return InMemory.bytes(out -> write(dataset, out));
    }

    public static void write(Dataset dataset, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartArray();
            for (Source s : dataset.sources().stream().sorted(Comparator.comparing(Source::id)).toList()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("type", "article-newspaper");
                g.writeStringField("title", s.title());
                if (s.outlet() != null) {
                    g.writeStringField("container-title", s.outlet());
                }
                if (s.author() != null) {
                    g.writeArrayFieldStart("author");
                    g.writeStartObject();
                    g.writeStringField("literal", s.author());
                    g.writeEndObject();
                    g.writeEndArray();
                }
                writeDate(g, "issued", s.published());
                if (s.url() != null) {
                    g.writeStringField("URL", s.url());
                }
                g.writeStringField("language", s.language());
                if (s.note() != null) {
                    g.writeStringField("note", s.note());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    /** A CSL date for an EDTF date, never more precise than it. */
    static void writeDate(JsonGenerator g, String field, EdtfDate date) throws IOException {
        List<List<Integer>> parts = dateParts(date);
        g.writeObjectFieldStart(field);
        if (parts.isEmpty()) {
            g.writeStringField("literal", date.toString());
        } else {
            g.writeArrayFieldStart("date-parts");
            for (List<Integer> end : parts) {
                g.writeStartArray();
                for (int part : end) {
                    g.writeNumber(part);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            if (date.isApproximate() || date.isUncertain()) {
                g.writeBooleanField("circa", true);
            }
        }
        g.writeEndObject();
    }

    /** One list of parts for a known date, two for an interval; none when nothing exact can be given. */
    static List<List<Integer>> dateParts(EdtfDate date) {
        if (date.start().isEmpty() || date.end().isEmpty()) {
            return List.of();
        }
        List<Integer> start = parts(date.start().get());
        List<Integer> end = parts(date.end().get());
        if (start.isEmpty() || end.isEmpty()) {
            return List.of();
        }
        if (!date.isInterval() && !date.isOneOfRange()) {
            return List.of(start);
        }
        if (date.isInterval()) {
            return List.of(start, end);
        }
        List<Integer> shared = new ArrayList<>();
        for (int i = 0; i < Math.min(start.size(), end.size()) && start.get(i).equals(end.get(i)); i++) {
            shared.add(start.get(i));
        }
        // A day in 2022-05-21..31 is in May; two months of different years share nothing exact.
        return shared.isEmpty() ? List.of() : List.of(shared);
    }

    /** Year, month and day as far as the digits are known ({@code 2022-05-XX} gives year and month). */
    private static List<Integer> parts(EdtfDate single) {
        Matcher m = PARTS.matcher(single.toString());
        List<Integer> parts = new ArrayList<>();
        if (!m.find() || single.toString().startsWith("-")) {
            return parts;
        }
        for (int i = 1; i <= 3 && m.group(i) != null; i++) {
            parts.add(Integer.parseInt(m.group(i)));
        }
        return parts;
    }
}
