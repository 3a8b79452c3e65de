package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Rules;

/**
 * One set of limits for every format: each field a CSV, TimelineJS or vis-timeline file can fill is refused past the
 * length our own format accepts for what it becomes, with our own format's message, at the value (or row) that
 * holds it. Just under the limit, it is accepted.
 */
class FieldLimitsTest {
    @TempDir
    Path dir;

    /** A text one character longer than {@code field} accepts. */
    private static String tooLong(String field) {
        return "x".repeat(Rules.maxLength(field) + 1);
    }

    /** An address one character longer than a source's {@code url} accepts. */
    private static final String LONG_URL = "https://example.org/" + "a".repeat(Rules.maxLength("url") - 19);

    private static String message(String field, String value) {
        return (field.equals("url") ? Rules.url(field, value) : Rules.text(field, value)).orElseThrow().message();
    }

    /** "file:line:column" of the first occurrence of {@code marker}. */
    private static String at(String file, String text, String marker) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(marker);
            if (column >= 0) {
                return file + ":" + (i + 1) + ":" + (column + 1);
            }
        }
        throw new AssertionError("no line holds " + marker);
    }

    private static List<String> problems(String format, String text) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(format, text));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static LoadedTimeline read(String format, String text) throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return switch (format) {
            case "csv" -> CsvReader.read("f.csv", "f.csv", in, Fixtures.TODAY);
            case "timelinejs" -> TimelineJsReader.read("f.json", "f.json", in, Fixtures.TODAY);
            default -> VisReader.read("f.json", "f.json", in, Fixtures.TODAY);
        };
    }

    private static String csv(String header, String row) {
        return header + "\n" + row + "\n";
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /**
     * Each field of each format: the file, the field our format names (whose limit and message apply), and what
     * locates the problem: a CSV row, or the marker at which the JSON value starts.
     */
    static Stream<Arguments> fields() {
        String title = tooLong("title");
        String summary = tooLong("summary");
        String display = tooLong("display_date");
        String label = tooLong("label");
        String description = tooLong("description");
        String simple = "type,id,date,title,summary,display_date,category,source,source_url,quote";
        String template = "Year,Headline,Text,Display Date,Group,Media,Media Credit,Type";
        return Stream.of(
                Arguments.of("csv", "title", title, csv(simple, "event,e,2022,\"" + title + "\",s,,,,,"), "2"),
                Arguments.of("csv", "summary", summary, csv(simple, "event,e,2022,T," + summary + ",,,,,"), "2"),
                Arguments.of("csv", "display_date", display, csv(simple, "event,e,2022,T,s," + display + ",,,,"),
                        "2"),
                Arguments.of("csv", "label", label, csv(simple, "event,e,2022,T,s,," + label + ",,,"), "2"),
                Arguments.of("csv", "url", LONG_URL, csv(simple, "event,e,2022,T,s,,,AP," + LONG_URL + ",q"), "2"),
                Arguments.of("csv", "title", title, csv(simple, "title,,," + title + ",,,,,,\nevent,e,2022,T,s,,,,,"),
                        "2"),
                Arguments.of("csv", "description", description,
                        csv(simple, "title,,,T," + description + ",,,,,\nevent,e,2022,T,s,,,,,"), "2"),
                Arguments.of("csv", "label", label, csv(simple, "era,,2022,\"" + label + "\",,,,,,"), "2"),
                Arguments.of("csv", "title", title, csv(template, "2022," + title + ",t,,,,,"), "2"),
                Arguments.of("csv", "summary", summary, csv(template, "2022,H," + summary + ",,,,,"), "2"),
                Arguments.of("csv", "display_date", display, csv(template, "2022,H,t," + display + ",,,,"), "2"),
                Arguments.of("csv", "label", label, csv(template, "2022,H,t,," + label + ",,,"), "2"),
                Arguments.of("csv", "url", LONG_URL, csv(template, "2022,H,t,,," + LONG_URL + ",AP,"), "2"),
                Arguments.of("csv", "description", description, csv(template, "2022,H," + quoted(description)
                        + ",,,,,title\n2022,H,t,,,,,"), "2"),
                Arguments.of("timelinejs", "title", title, slide("\"headline\": \"" + title + "\", \"text\": \"t\"",
                        ""), "\"xxx"),
                Arguments.of("timelinejs", "summary", summary, slide("\"headline\": \"H\",\n \"text\": \"<p>" + summary
                        + "</p>\"", ""), "\"<p>xxx"),
                Arguments.of("timelinejs", "display_date", display, slide("\"headline\": \"H\"",
                        ",\n \"display_date\": \"" + display + "\""), "\"xxx"),
                Arguments.of("timelinejs", "label", label, slide("\"headline\": \"H\"",
                        ",\n \"group\": \"" + label + "\""), "\"xxx"),
                Arguments.of("timelinejs", "url", LONG_URL, slide("\"headline\": \"H\"",
                        ",\n \"media\": {\"url\": \"" + LONG_URL + "\"}"), "{\"url\""),
                Arguments.of("timelinejs", "title", title, "{\"title\": {\"text\": {\"headline\": \"" + title
                        + "\"}},\n \"events\": [{\"start_date\": {\"year\": 2022}, \"text\": {\"headline\": \"H\"}}]}",
                        "\"xxx"),
                Arguments.of("timelinejs", "description", description, "{\"title\": {\"text\": {\"headline\": \"T\","
                        + "\n \"text\": \"" + description + "\"}},\n \"events\": [{\"start_date\": {\"year\": 2022},"
                        + " \"text\": {\"headline\": \"H\"}}]}", "\"xxx"),
                Arguments.of("timelinejs", "label", label, "{\"events\": [{\"start_date\": {\"year\": 2022},"
                        + " \"text\": {\"headline\": \"H\"}}],\n \"eras\": [{\"start_date\": {\"year\": 2020},"
                        + " \"end_date\": {\"year\": 2021}, \"text\": {\"headline\": \"" + label + "\"}}]}", "\"xxx"),
                Arguments.of("vis", "title", title, "[{\"id\": \"a\", \"start\": \"2022\",\n \"content\": \"" + title
                        + "\"}]", "\"xxx"),
                Arguments.of("vis", "summary", summary, "[{\"id\": \"a\", \"start\": \"2022\", \"content\": \"C\",\n"
                        + " \"title\": \"<p>" + summary + "</p>\"}]", "\"<p>"),
                Arguments.of("vis", "display_date", display, "[{\"id\": \"a\", \"start\": \"2022\", \"content\": \"C\","
                        + "\n \"title\": \"<p><time datetime='2022'>" + display + "</time></p>\"}]", "\"<p>"),
                Arguments.of("vis", "url", LONG_URL, "[{\"id\": \"a\", \"start\": \"2022\", \"content\": \"C\",\n"
                        + " \"title\": \"<blockquote><p>q</p><cite><a href='" + LONG_URL + "'>AP</a></cite>"
                        + "</blockquote>\"}]", "\"<blockquote>"),
                Arguments.of("vis", "label", label, "{\"groups\": [{\"id\": \"g\", \"content\": \"" + label + "\"}],\n"
                        + " \"items\": [{\"id\": \"a\", \"start\": \"2022\", \"content\": \"C\",\n \"group\": \"g\"}]}",
                        "\"g\"}"),
                Arguments.of("vis", "label", label, "[{\"id\": \"a\", \"start\": \"2022\", \"end\": \"2023\","
                        + " \"type\": \"background\",\n \"content\": \"" + label + "\"}]", "\"xxx"));
    }

    /** A TimelineJS file of one slide: {@code text} inside its text object, {@code more} after it. */
    private static String slide(String text, String more) {
        return "{\"events\": [{\"start_date\": {\"year\": 2022},\n \"text\": {" + text + "}" + more + "}]}";
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fields")
    void aFieldTooLongIsRefusedWithOurOwnFormatsMessageWhereItIs(String format, String field, String value,
                                                                  String file, String where) {
        String location = format.equals("csv") ? "f.csv:" + where : at("f.json", file, where);

        assertThat(problems(format, file)).containsExactly(location + ": " + message(field, value));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fields")
    void theSameFieldAtItsLimitIsAcceptedAndReadBackByOurOwnFormat(String format, String field, String value,
                                                                    String file, String where) throws Exception {
        String fits = value.substring(0, value.length() - 1);

        LoadedTimeline timeline = read(format, file.replace(value, fits));

        ForeignImportsReadBackTest.assertOurFormatReadsItBack(timeline);
    }

    @Test
    void ourOwnFormatSaysTheSameOfTheSameFields() throws Exception {
        String title = tooLong("title");
        String display = tooLong("display_date").replace('x', 'd');
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1")
                .replace("\"Rencontre e1\"", "\"" + title + "\"")
                .replace("\"tags\": []", "\"tags\": [], \"display_date\": \"" + display + "\"")).write(dir);
        String text = Files.readString(file);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                at(file.toString(), text, "\"" + title) + ": " + message("title", title),
                at(file.toString(), text, "\"" + display) + ": " + message("display_date", display));
    }

    @Test
    void aSourceNamedOnlyByALongAddressIsTitledByItsStartWhichOurFormatReadsBack() throws Exception {
        String url = "https://example.org/" + "a".repeat(1500);
        String csv = "date,title,source_url,quote\n2022,T," + url + ",q\n";

        LoadedTimeline timeline = read("csv", csv);

        assertThat(timeline.dataset().sources().get(0).url()).isEqualTo(url);
        assertThat(timeline.dataset().sources().get(0).title()).hasSize(Rules.maxLength("title"))
                .startsWith("https://example.org/aaa").endsWith("\u2026");
        ForeignImportsReadBackTest.assertOurFormatReadsItBack(timeline);
    }

    @Test
    void aFileWhoseNameIsNoTitleStillGivesASourceOurFormatReadsBack() throws Exception {
        LoadedTimeline timeline = CsvReader.read("f.csv", "a\u0001b\uD800" + "c".repeat(600) + ".csv",
                new ByteArrayInputStream("date,title\n2022,T\n".getBytes(StandardCharsets.UTF_8)), Fixtures.TODAY);

        assertThat(timeline.dataset().sources().get(0).title()).startsWith("a b\uFFFDccc").hasSize(500);
        ForeignImportsReadBackTest.assertOurFormatReadsItBack(timeline);
    }
}
