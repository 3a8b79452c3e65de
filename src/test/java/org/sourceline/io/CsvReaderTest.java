package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Citation;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;

class CsvReaderTest {
    private static LoadedTimeline read(String name) throws Exception {
        return CsvReader.read(name, name, Fixtures.open(name), Fixtures.TODAY);
    }

    private static Map<String, Event> events(LoadedTimeline timeline) {
        return timeline.dataset().events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    private static Source source(LoadedTimeline timeline, String id) {
        return timeline.dataset().sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theTimelineJsTemplateWithAByteOrderMarkAndSemicolons() throws Exception {
        LoadedTimeline timeline = read("csv-timelinejs.csv");
        Map<String, Event> events = events(timeline);

        assertThat(timeline.dataset().title()).isEqualTo("Rome and the World Cup");
        assertThat(timeline.dataset().description()).isEqualTo("A spreadsheet timeline");
        assertThat(events).containsOnlyKeys("ides-of-march", "a-month", "opening", "about-february");
        Event ides = events.get("ides-of-march");
        assertThat(ides.date()).hasToString("-0043-03-15");
        assertThat(ides.summary()).isEqualTo("Caesar; stabbed in the Senate");
        assertThat(ides.category()).isEqualTo("rome");
        assertThat(ides.citations()).containsExactly(new Citation("museum", "The painting \"La Mort de César\""));
        assertThat(source(timeline, "museum").url()).isEqualTo("https://img.example.org/c.jpg");
        assertThat(events.get("a-month").date()).hasToString("2022-05");
    }

    @Test
    void aQuotedCellKeepsTheSpacesAtItsEndsAndAnUnquotedOneLosesThem() throws Exception {
        String csv = "type,id,date,title,summary\nevent,e1,2022-01-01,  Typed loosely  ,\"  Indented, kept  \"\n";
        LoadedTimeline timeline = CsvReader.read("spaces.csv", "spaces.csv",
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Fixtures.TODAY);

        Event e1 = events(timeline).get("e1");
        assertThat(e1.title()).isEqualTo("Typed loosely");
        assertThat(e1.summary()).isEqualTo("  Indented, kept  ");
    }

    @Test
    void aTextWithSpacesAtItsEndsComesBackFromOurCsvExportExactly() throws Exception {
        String summary = " a summary that starts and ends with a space ";
        String csv = "type,id,date,title,summary\nevent,e1,2022-01-01,Title," + CsvWriter.field(summary) + "\n";
        LoadedTimeline timeline = CsvReader.read("exported.csv", "exported.csv",
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Fixtures.TODAY);

        assertThat(events(timeline).get("e1").summary()).isEqualTo(summary);
    }

    @Test
    void aLineBreakInsideACellWrittenOnWindowsOrAnOldMacIsALineFeed() throws Exception {
        String csv = "type,id,date,title,summary\r\nevent,e1,2022-01-01,Title,\"First line\r\nsecond\rthird\"\r\n";
        LoadedTimeline timeline = CsvReader.read("crlf.csv", "crlf.csv",
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Fixtures.TODAY);

        assertThat(events(timeline).get("e1").summary()).isEqualTo("First line\nsecond\nthird");
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaksAndTimesTakeAmPm() throws Exception {
        Event opening = events(read("csv-timelinejs.csv")).get("opening");

        assertThat(opening.date()).hasToString("2022-11-20T14:30/2022-11-20T16:00");
        // The Text column is HTML, where a line break is a space.
        assertThat(opening.summary()).isEqualTo("First line. Second line; with a semicolon.");
        assertThat(opening.category()).isEqualTo("world-cup");
    }

    @Test
    void aDisplayDateThatSaysAQualifierGivesItBack() throws Exception {
        Event february = events(read("csv-timelinejs.csv")).get("about-february");

        assertThat(february.date()).hasToString("2022-02~");
        assertThat(february.displayDate()).isNull();
    }

    @Test
    void anEraRowIsAnEraWithItsBackgroundColour() throws Exception {
        assertThat(read("csv-timelinejs.csv").dataset().eras()).containsExactly(new Era("world-cup", "World Cup",
                EdtfDate.parse("2022-11-20/2022-12-18"), "sport", "#1f6feb"));
    }

    @Test
    void theSimpleLayoutTakesEdtfAndAddsCitationsFromTheRowsBelow() throws Exception {
        LoadedTimeline timeline = read("csv-simple.csv");
        Map<String, Event> events = events(timeline);

        Event ides = events.get("ides-of-march");
        assertThat(ides.date()).hasToString("-0043-03-15");
        assertThat(ides.summary()).isEqualTo("Caesar is killed, in the Senate.");
        assertThat(ides.citations()).containsExactly(
                new Citation("https-annals-example-org-caesar", "Caesar died, stabbed, on the Ides of March."),
                new Citation("https-annals-example-org-caesar", "Brutus fled."));
        assertThat(source(timeline, "https-annals-example-org-caesar").url())
                .isEqualTo("https://annals.example.org/caesar");
        assertThat(events.get("a-month").date()).hasToString("2022-05");
        assertThat(events.get("a-month").citations()).containsExactly(new Citation("csv-simple-csv", "A month"));
        Event fair = events.get("milipol");
        assertThat(fair.date()).hasToString("2022-05-24/2022-05-26");
        assertThat(fair.summary()).isEqualTo("A fair.\nThree days.");
        assertThat(events.get("agreement").date()).hasToString("[..2022-06]");
    }

    @Test
    void everyMalformedRowIsReportedByItsNumber() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("csv-malformed.csv"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "csv-malformed.csv:1: unknown column \"colour\" (the columns are type, id, date, end, display_date,"
                        + " title, summary, category, color, source, source_url, quote)",
                "csv-malformed.csv:2: this row gives only a source or a quote, but there is no event above it to"
                        + " add them to",
                "csv-malformed.csv:3: date \"2022-13\" is not a valid EDTF date: month 13 is out of range",
                "csv-malformed.csv:4: title is empty: every event needs one",
                "csv-malformed.csv:5: source_url \"ftp://files.example.org/a\" must start with http:// or https://",
                "csv-malformed.csv:6: the row has 7 cells but the header names only 6 columns (a separator too"
                        + " many, or a text with a comma that needs quotes?)");
    }

    @Test
    void aQuoteLeftOpenIsReportedAtTheRowItOpensIn() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("csv-unclosed.csv"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "csv-unclosed.csv:3: a quoted field is never closed (its opening quote is in this row)");
    }

    @Test
    void textThatIsNotUtf8OrNotATimelineIsRefused() {
        byte[] latin1 = "date,title\n2022,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException notUtf8 = catchThrowableOfType(InvalidInputException.class,
                () -> CsvReader.read("x.csv", "x.csv", new ByteArrayInputStream(latin1), Fixtures.TODAY));
        assertThat(notUtf8.problems()).extracting(Problem::toString)
                .containsExactly("x.csv:1: the file is not UTF-8 text: save the spreadsheet as \"CSV UTF-8\"");

        byte[] other = "name,price\nbread,2\n".getBytes(StandardCharsets.UTF_8);
        InvalidInputException foreign = catchThrowableOfType(InvalidInputException.class,
                () -> CsvReader.read("x.csv", "x.csv", new ByteArrayInputStream(other), Fixtures.TODAY));
        assertThat(foreign.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("the header is neither TimelineJS's");
    }
}
