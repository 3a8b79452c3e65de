package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Rule;
import org.sourceline.model.Violation;

/**
 * Every format refuses a date outside the supported years (Y-99999999 to Y99999999) with the same message, which
 * states the range, at the date; a date at either end of the range is read, and comes back through every format.
 */
class SupportedYearsFormatTest {
    @TempDir
    Path dir;

    private static String outside(String edtf) {
        return Violation.of("date", Rule.DATE_OUT_OF_RANGE, "date", edtf, "Y-99999999", "Y99999999", 100_000_000,
                99_999_999).message();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** "file:line:column" of {@code marker}, plus {@code shift} columns. */
    private static String at(String file, String text, String marker, int shift) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(marker);
            if (column >= 0) {
                return file + ":" + (i + 1) + ":" + (column + 1 + shift);
            }
        }
        throw new AssertionError("no line holds " + marker);
    }

    private static List<String> refused(ThrowingRead read) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read::read);
        assertThat(e).as("the file should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private interface ThrowingRead {
        void read() throws Exception;
    }

    @Test
    void ourOwnFormatRefusesItAtThePartOfTheDateOutside() throws Exception {
        Path file = new TimelineFixture()
                .withEvent(TimelineFixture.event("e1", "Y100000000", "le directeur a été reçu à Doha"))
                .withEvent(TimelineFixture.event("e2", "2022/Y999999999", "le directeur a été reçu à Doha"))
                .withEra("{\"id\": \"ere\", \"label\": \"Ère\", \"date\": \"[Y-100000000..2022]\"}").write(dir);
        String text = Files.readString(file);

        assertThat(refused(() -> TimelineReader.read(file))).containsExactly(
                at(file.toString(), text, "\"Y100000000\"", 1) + ": " + outside("Y100000000"),
                at(file.toString(), text, "\"2022/Y999999999\"", 1 + 5) + ": " + outside("2022/Y999999999"),
                at(file.toString(), text, "\"[Y-100000000..2022]\"", 1 + 1) + ": "
                        + outside("[Y-100000000..2022]"));
    }

    @Test
    void aCsvFileRefusesItAtItsRowInBothLayouts() {
        String simple = "type,id,date,title,summary\nevent,e1,Y999999999,Far,x\nevent,e2,2022-01-01,Near,x\n"
                + "event,e3,2022,Ends far,x\n";
        String withEnd = "date,end,title\n2022,Y100000000,T\n";
        String template = "Year,Headline\n100000000,Far\n-100000001,Before\n-100000000,First\n";

        assertThat(refused(() -> CsvReader.read("f.csv", "f.csv", bytes(simple), Fixtures.TODAY)))
                .containsExactly("f.csv:2: " + outside("Y999999999"));
        assertThat(refused(() -> CsvReader.read("f.csv", "f.csv", bytes(withEnd), Fixtures.TODAY)))
                .containsExactly("f.csv:2: " + outside("Y100000000"));
        // TimelineJS counts years before the era from -1: its -100000000 is ISO Y-99999999, the first year.
        assertThat(refused(() -> CsvReader.read("f.csv", "f.csv", bytes(template), Fixtures.TODAY)))
                .containsExactly("f.csv:2: " + outside("Y100000000"), "f.csv:3: " + outside("Y-100000000"));
    }

    @Test
    void aTimelineJsFileRefusesItAtTheDate() {
        String json = "{\"events\": [\n"
                + " {\"start_date\": {\"year\": 100000000}, \"text\": {\"headline\": \"Far\"}},\n"
                + " {\"start_date\": {\"year\": 2022}, \"end_date\": {\"year\": 999999999},"
                + " \"text\": {\"headline\": \"To\"}},\n"
                + " {\"start_date\": {\"year\": -100000000}, \"text\": {\"headline\": \"First\"}}],\n"
                + " \"eras\": [{\"start_date\": {\"year\": -100000001}, \"end_date\": {\"year\": 2022}}]}";

        assertThat(refused(() -> TimelineJsReader.read("t.json", "t.json", bytes(json), Fixtures.TODAY)))
                .containsExactly(
                        at("t.json", json, "{\"year\": 100000000}", 0) + ": " + outside("Y100000000"),
                        at("t.json", json, "{\"year\": 999999999}", 0) + ": " + outside("Y999999999"),
                        at("t.json", json, "{\"year\": -100000001}", 0) + ": " + outside("Y-100000000"));
    }

    @Test
    void aVisFileRefusesItAtTheDate() {
        String json = "[\n"
                + " {\"id\": \"a\", \"content\": \"Far\", \"start\": \"+100000000-01-01\"},\n"
                + " {\"id\": \"b\", \"content\": \"Exact\", \"start\": \"2022\","
                + " \"title\": \"<p><time datetime='Y-100000000'>far back</time></p>\"},\n"
                + " {\"id\": \"c\", \"content\": \"Edge\", \"start\": \"-99999999-01-01\"},\n"
                + " {\"id\": \"d\", \"content\": \"Last\", \"start\": \"+99999999-01-01\","
                + " \"end\": \"+100000000-01-01\"},\n"
                + " {\"id\": \"e\", \"content\": \"Beyond\", \"start\": \"+99999999-01-01\","
                + " \"end\": \"+100000001-01-01\"}]";

        assertThat(refused(() -> VisReader.read("v.json", "v.json", bytes(json), Fixtures.TODAY)))
                .containsExactly(
                        at("v.json", json, "\"+100000000", 0) + ": " + outside("Y100000000"),
                        at("v.json", json, "\"<p><time", 0) + ": " + outside("Y-100000000"),
                        at("v.json", json, "\"+100000001", 0) + ": " + outside("Y99999999/Y100000000"));
    }

    /** Events and an era at both ends of the supported years. */
    private static LoadedTimeline atBothEnds() throws Exception {
        String csv = "type,id,date,title,summary\n"
                + "event,first,Y-99999999,The first year,x\n"
                + "event,last,Y99999999,The last year,x\n"
                + "era,all,Y-99999999,The first era,\n";
        return CsvReader.read("f.csv", "f.csv", bytes(csv), Fixtures.TODAY);
    }

    @Test
    void theEndsOfTheSupportedYearsAreReadByEveryFormat() throws Exception {
        String rows = "date,title\nY-99999999,a\nY99999999,b\n-9999-01-01,c\n9999-12-31T23:59:59Z,d\n"
                + "Y-99999999/Y99999999,e\n";
        LoadedTimeline csv = CsvReader.read("f.csv", "f.csv", bytes(rows), Fixtures.TODAY);
        assertThat(csv.dataset().events()).extracting(e -> e.date().toString()).containsExactly("Y-99999999",
                "Y99999999", "-9999-01-01", "9999-12-31T23:59:59Z", "Y-99999999/Y99999999");

        String timelineJs = "{\"events\": [{\"start_date\": {\"year\": -100000000}, \"text\": {\"headline\": \"a\"}},"
                + " {\"start_date\": {\"year\": 99999999}, \"text\": {\"headline\": \"b\"}}]}";
        assertThat(TimelineJsReader.read("t", "t", bytes(timelineJs), Fixtures.TODAY).dataset().events())
                .extracting(e -> e.date().toString()).containsExactly("Y-99999999", "Y99999999");

        String vis = "[{\"id\": \"a\", \"content\": \"a\", \"start\": \"-99999999-01-01\"},"
                + " {\"id\": \"b\", \"content\": \"b\", \"start\": \"+99999999-01-01\"}]";
        assertThat(VisReader.read("v", "v", bytes(vis), Fixtures.TODAY).dataset().events())
                .extracting(e -> e.date().toString()).containsExactly("Y-99999999", "Y99999999");

        ForeignImportsReadBackTest.assertOurFormatReadsItBack(csv);
    }

    @ParameterizedTest
    @EnumSource(names = {"SOURCELINE", "TIMELINEJS", "VIS", "CSV"})
    void theEndsOfTheSupportedYearsComeBackThroughEveryFormat(DataFormat format) throws Exception {
        LoadedTimeline original = atBothEnds();
        Path out = dir.resolve("out." + format.extension());

        TimelineFiles.write(original, out, format);
        LoadedTimeline back = TimelineFiles.read(out, format, Fixtures.TODAY).timeline();

        assertThat(back.dataset().events()).extracting(Event::id, e -> e.date().toString())
                .containsExactlyInAnyOrder(tuple("first", "Y-99999999"), tuple("last", "Y99999999"));
        if (format != DataFormat.TIMELINEJS) {
            // TimelineJS needs an era to end on another day than it starts; a year alone beyond 9999 cannot be
            // given a last day there, so it comes back as two years.
            assertThat(back.dataset().eras()).extracting(Era::date).containsExactly(EdtfDate.parse("Y-99999999"));
        }
    }
}
