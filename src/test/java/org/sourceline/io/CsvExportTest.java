package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.model.EdtfDate;

class CsvExportTest {
    /**
     * Splits RFC 4180 text strictly: CRLF ends a record; a field is either free of quotes, commas and line breaks,
     * or quoted with its quotes doubled. Anything else fails the test.
     */
    private static List<List<String>> strictRecords(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            StringBuilder field = new StringBuilder();
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    assertThat(i).as("an unclosed quoted field").isLessThan(text.length());
                    if (text.charAt(i) == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(text.charAt(i++));
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    assertThat(text.charAt(i)).as("a bare quote or line feed in an unquoted field")
                            .isNotIn('"', '\n');
                    field.append(text.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
                continue;
            }
            assertThat(text.startsWith("\r\n", i)).as("records end with CRLF").isTrue();
            i += 2;
            records.add(fields);
            fields = new ArrayList<>();
        }
        return records;
    }

    @Test
    void theSeedDatasetExportIsStrictCsvInSourcelinesLayout() throws Exception {
        String text = new String(CsvWriter.toBytes(InteropSamples.seedsWithEras().dataset()), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF");
        List<List<String>> records = strictRecords(text.substring(1));
        assertThat(records.get(0)).containsExactlyElementsOf(CsvWriter.COLUMNS);
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(CsvWriter.COLUMNS.size()));
        int events = 0;
        int citations = 0;
        for (List<String> r : records.subList(1, records.size())) {
            switch (r.get(0)) {
                case "event" -> {
                    events++;
                    citations++;
                    EdtfDate.parse(r.get(2));
                    assertThat(r.get(4)).isNotBlank();
                }
                case "era" -> EdtfDate.parse(r.get(2));
                case "title" -> assertThat(r.get(4)).startsWith("Maroc-Qatar");
                case "" -> {
                    citations++;
                    assertThat(r.subList(1, 8)).allMatch(String::isEmpty);
                    assertThat(r.get(10)).isNotBlank();
                }
                default -> throw new AssertionError("unexpected type " + r.get(0));
            }
        }
        assertThat(events).isEqualTo(13);
        assertThat(citations).isEqualTo(InteropSamples.seedsWithEras().dataset().events().stream()
                .mapToInt(e -> e.citations().size()).sum());
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(CsvWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvWriter.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.field("a; b")).isEqualTo("\"a; b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field(" padded")).isEqualTo("\" padded\"");
        assertThat(CsvWriter.field(null)).isEmpty();
    }
}
