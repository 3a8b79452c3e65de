package org.sourceline.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.Source;

/**
 * Writes a timeline as a CSV file in Sourceline's layout, for spreadsheets: dates in EDTF, one row per event with
 * its first citation, one more row per further citation (only its source and quote filled in), a row per era, and
 * a first row for the title. UTF-8 with a byte-order mark (so that Excel reads the accents), commas, CRLF, as RFC
 * 4180 has it. A cell that a spreadsheet would run as a formula is written after an apostrophe, which the reader
 * takes off.
 */
public final class CsvWriter {
    static final List<String> COLUMNS = List.of("type", "id", "date", "display_date", "title", "summary",
            "category", "color", "source", "source_url", "quote");

    private CsvWriter() {
    }

    public static byte[] toBytes(Dataset dataset) {
        return InMemory.bytes(out -> write(dataset, out));
    }

    public static void write(Dataset dataset, OutputStream out) throws IOException {
        Map<String, Source> sources = dataset.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        row(w, COLUMNS.toArray(String[]::new));
        if (dataset.title() != null || dataset.description() != null) {
            row(w, "title", "", "", "", dataset.title(), dataset.description(), "", "", "", "", "");
        }
        for (Event e : dataset.events().stream().sorted(TimelineWriter.EVENT_ORDER).toList()) {
            List<Citation> citations = e.citations().stream().sorted(Comparator.comparing(Citation::sourceId))
                    .toList();
            for (int i = 0; i < citations.size(); i++) {
                Citation c = citations.get(i);
                Source s = sources.get(c.sourceId());
                String title = s == null ? c.sourceId() : s.title();
                String url = s == null ? null : s.url();
                if (i == 0) {
                    row(w, "event", e.id(), e.date().toString(), e.displayDate(), e.title(), e.summary(),
                            e.category(), "", title, url, c.quote());
                } else {
                    row(w, "", "", "", "", "", "", "", "", title, url, c.quote());
                }
            }
        }
        for (Era era : dataset.eras().stream().sorted(TimelineWriter.ERA_ORDER).toList()) {
            row(w, "era", era.id(), era.date().toString(), "", era.label(), "", era.category(), era.color(), "", "",
                    "");
        }
        w.flush();
    }

    private static void row(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(cells[i]));
        }
        w.write("\r\n");
    }

    /**
     * After an apostrophe when a spreadsheet would take it for a formula ({@link FormulaText}); quoted when it must
     * be: a comma, a quote, a line break, or spaces a spreadsheet would trim.
     */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        String value = FormulaText.escape(text);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || !value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
