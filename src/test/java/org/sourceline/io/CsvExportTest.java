package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;

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

    @Test
    void everyCellThatWouldStartAFormulaIsWrittenAfterAnApostrophe() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x.example\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x.example\"\")\"");
        assertThat(CsvWriter.field("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvWriter.field("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvWriter.field("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvWriter.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvWriter.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvWriter.field("-0043-03-15")).isEqualTo("'-0043-03-15");
        assertThat(CsvWriter.field("-44")).isEqualTo("'-44");
    }

    @Test
    void aTextThatReallyStartsWithApostrophesBeforeAFormulaGetsOneMoreAndOthersAreLeftAlone() {
        assertThat(CsvWriter.field("'=1+1")).isEqualTo("''=1+1");
        assertThat(CsvWriter.field("'''@x")).isEqualTo("''''@x");
        assertThat(CsvWriter.field("'tis the season")).isEqualTo("'tis the season");
        assertThat(CsvWriter.field("'")).isEqualTo("'");
        assertThat(CsvWriter.field("a = b - c")).isEqualTo("a = b - c");
        assertThat(CsvWriter.field(" =1+1")).isEqualTo("\" =1+1\"");
        assertThat(CsvWriter.field("")).isEmpty();
    }

    /** Texts that start like formulas in every column a timeline fills, some after apostrophes of their own. */
    static final String FORMULAS = String.join("\r\n",
            "type,id,date,display_date,title,summary,category,color,source,source_url,quote",
            "title,,,,'=Title,@description,,,,,",
            "event,e1,-0043-03-15,'=display,\"=HYPERLINK(\"\"http://x.example\"\")\",+sum,,,'-source,,@quote",
            ",,,,,,,,'+second,,'-minus",
            "event,e2,2022-05-25,\"'\t-tab\",'''-three,''=two,,,,,",
            "era,r1,-0043/-0040,,'''@era,,,,,,") + "\r\n";

    private static LoadedTimeline readCsv(byte[] bytes) throws Exception {
        return CsvReader.read("f.csv", "f.csv", new ByteArrayInputStream(bytes), Fixtures.TODAY);
    }

    @Test
    void noExportedCellStartsAFormulaAndEveryTextIsReadBackExactly() throws Exception {
        Dataset dataset = readCsv(FORMULAS.getBytes(StandardCharsets.UTF_8)).dataset();
        Map<String, Event> events = dataset.events().stream()
                .collect(Collectors.toMap(Event::id, Function.identity()));
        assertThat(dataset.title()).isEqualTo("=Title");
        assertThat(dataset.description()).isEqualTo("@description");
        assertThat(events.get("e1").title()).isEqualTo("=HYPERLINK(\"http://x.example\")");
        assertThat(events.get("e1").summary()).isEqualTo("+sum");
        assertThat(events.get("e1").displayDate()).isEqualTo("=display");
        assertThat(events.get("e1").date()).hasToString("-0043-03-15");
        assertThat(events.get("e1").citations()).extracting(Citation::quote)
                .containsExactlyInAnyOrder("@quote", "-minus");
        assertThat(events.get("e2").title()).isEqualTo("''-three");
        assertThat(events.get("e2").summary()).isEqualTo("'=two");
        assertThat(events.get("e2").displayDate()).isEqualTo("\t-tab");
        assertThat(dataset.eras()).extracting(Era::label).containsExactly("''@era");
        assertThat(dataset.sources()).extracting(Source::title).contains("-source", "+second");

        byte[] written = CsvWriter.toBytes(dataset);

        List<List<String>> records = strictRecords(new String(written, StandardCharsets.UTF_8).substring(1));
        assertThat(records).allSatisfy(r -> assertThat(r).noneMatch(FormulaText::startsLikeAFormula));
        assertThat(records).contains(
                List.of("title", "", "", "", "'=Title", "'@description", "", "", "", "", ""),
                List.of("event", "e1", "'-0043-03-15", "'=display", "'=HYPERLINK(\"http://x.example\")", "'+sum",
                        "event", "", "'+second", "", "'-minus"),
                List.of("", "", "", "", "", "", "", "", "'-source", "", "'@quote"),
                List.of("event", "e2", "2022-05-25", "'\t-tab", "'''-three", "''=two", "event", "", "f.csv", "",
                        "'''-three"),
                List.of("era", "r1", "'-0043/-0040", "", "'''@era", "", "", "", "", "", ""));
        Dataset back = readCsv(written).dataset();
        assertThat(back.title()).isEqualTo(dataset.title());
        assertThat(back.description()).isEqualTo(dataset.description());
        assertThat(back.events()).usingElementComparator(CsvExportTest::compareIgnoringCitationOrder)
                .isEqualTo(dataset.events());
        assertThat(CsvWriter.toBytes(back)).isEqualTo(written);
        assertThat(back.eras()).isEqualTo(dataset.eras());
        assertThat(back.sources()).extracting(Source::title)
                .containsExactlyInAnyOrderElementsOf(dataset.sources().stream().map(Source::title).toList());
    }

    private static int compareIgnoringCitationOrder(Event a, Event b) {
        return List.of(a.id(), a.title(), a.summary(), a.date(), String.valueOf(a.displayDate()), a.category())
                .equals(List.of(b.id(), b.title(), b.summary(), b.date(), String.valueOf(b.displayDate()),
                        b.category()))
                && a.citations().size() == b.citations().size() && a.citations().containsAll(b.citations()) ? 0 : 1;
    }
}
