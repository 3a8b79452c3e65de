package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.sourceline.cli.SourcelineCommand;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Rule;
import org.sourceline.model.Violation;

/**
 * Half of a UTF-16 surrogate pair without its other half (a JSON {@code \ud800} escape) is no character: no file can
 * store it. Every format refuses it in every text it reads, at the value that holds it, and nothing of ours cuts a
 * text between the two halves of a character.
 */
class LoneSurrogateTest {
    /** What a JSON file writes for a lone high surrogate: backslash, u, D800. */
    private static final String HIGH = "\\ud800";
    private static final String LOW = "\\udc00";

    @TempDir
    Path dir;

    private static String message(String field, String codeUnit) {
        return Violation.of(field, Rule.LONE_SURROGATE, field, codeUnit).message();
    }

    /** Where a value stands in a file: line and column of its opening quote, 1-based. */
    private static String at(String file, List<String> lines, String value) {
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(value);
            if (column >= 0) {
                return file + ":" + (i + 1) + ":" + (column + 1);
            }
        }
        throw new AssertionError("no line holds " + value);
    }

    /**
     * Every text of our own format: the file's, a source's, an actor's, a place's, an event's, a citation's, an
     * era's; free texts, ids, dates and language tags alike.
     *
     * @return what the fixture holds, what it is replaced with, the field named by the message, its code unit
     */
    static Stream<Arguments> ourTexts() {
        return Stream.of(
                Arguments.of("\"title\": \"Essai\"", "\"Essai " + HIGH + "\"", "title", "D800"),
                Arguments.of("\"id\": \"e1\"", "\"e1" + LOW + "\"", "id", "DC00"),
                Arguments.of("\"title\": \"Rencontre e1\"", "\"Rencontre " + HIGH + " e1\"", "title", "D800"),
                Arguments.of("\"summary\": \"Une rencontre.\"", "\"Une rencontre." + LOW + "\"", "summary", "DC00"),
                Arguments.of("\"date\": \"2022-05-25\"", "\"2022-05-25" + HIGH + "\"", "date", "D800"),
                Arguments.of("\"category\": \"meeting\"", "\"meeting" + HIGH + "\"", "category", "D800"),
                Arguments.of("\"tags\": []", "[\"a" + HIGH + "\"]", "tags", "D800"),
                Arguments.of("\"tags\": []", "[], \"note\": \"n" + HIGH + "\"", "note", "D800"),
                Arguments.of("\"tags\": []", "[], \"display_date\": \"mai" + HIGH + "\"", "display_date", "D800"),
                Arguments.of("\"source\": \"src-a\"", "\"src-a" + HIGH + "\"", "source", "D800"),
                Arguments.of("\"quote\": \"le directeur a été reçu à Doha\"",
                        "\"le directeur a été reçu à Doha" + HIGH + "\"", "quote", "D800"),
                Arguments.of("\"title\": \"Une rencontre\"", "\"Une " + LOW + "rencontre\"", "title", "DC00"),
                Arguments.of("\"file\": \"a.txt\"", "\"a" + HIGH + ".txt\"", "file", "D800"),
                Arguments.of("\"published\": \"2022-05-26\"", "\"2022-05-26" + HIGH + "\"", "published", "D800"),
                Arguments.of("\"language\": \"fr\"", "\"fr" + HIGH + "\"", "language", "D800"),
                Arguments.of("\"language\": \"fr\"", "\"fr\", \"url\": \"https://x.org/" + HIGH + "\"", "url",
                        "D800"),
                Arguments.of("\"language\": \"fr\"", "\"fr\", \"outlet\": \"L" + HIGH + "\"", "outlet", "D800"),
                Arguments.of("\"language\": \"fr\"", "\"fr\", \"author\": \"A" + HIGH + "\"", "author", "D800"),
                Arguments.of("\"language\": \"fr\"", "\"fr\", \"note\": \"N" + HIGH + "\"", "note", "D800"),
                Arguments.of("\"name\": \"Le directeur\"", "\"Le " + HIGH + "directeur\"", "name", "D800"),
                Arguments.of("\"aliases\": []", "[\"Dir" + HIGH + "\"]", "aliases", "D800"),
                Arguments.of("\"aliases\": []", "[], \"description\": \"D" + HIGH + "\"", "description", "D800"),
                Arguments.of("\"country\": \"Qatar\"", "\"Qatar" + HIGH + "\"", "country", "D800"),
                Arguments.of("\"name\": \"Doha\"", "\"Doha\", \"aliases\": [\"" + LOW + "\"]", "aliases", "DC00"),
                Arguments.of("\"label\": \"Mandat\"", "\"Mandat" + HIGH + "\"", "label", "D800"),
                Arguments.of("\"label\": \"Rencontre\"", "\"Rencontre" + HIGH + "\"", "label", "D800"),
                Arguments.of("\"label\": \"Rencontre\"", "\"Rencontre\", \"label_en\": \"M" + HIGH + "\"",
                        "label_en", "D800"));
    }

    @ParameterizedTest
    @MethodSource("ourTexts")
    void ourOwnFormatRefusesItInEveryTextAtItsValue(String key, String value, String field, String codeUnit)
            throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1"))
                .withEra("{\"id\": \"mandat\", \"label\": \"Mandat\", \"date\": \"2022\"}").write(dir);
        String text = Files.readString(file).replace("\"events\": [", "\"categories\": [{\"id\": \"meeting\","
                + " \"label\": \"Rencontre\", \"color\": \"#2f6db5\"}],\n  \"events\": [");
        String keyName = key.substring(0, key.indexOf(':') + 2);
        assertThat(text).contains(key);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(key),
                java.util.regex.Matcher.quoteReplacement(keyName + value)));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));

        assertThat(e).as("the file should be refused").isNotNull();
        // An actor or place refused is not defined either: the events that name it are refused too.
        assertThat(e.problems()).extracting(Problem::toString).first().isEqualTo(
                stringHoldingTheEscape(file) + ": " + message(field, codeUnit));
        assertThat(e.problems()).extracting(Problem::message).filteredOn(m -> !m.startsWith("unknown")).hasSize(1);
    }

    /** Where the one string holding a surrogate escape stands in a file: line and column of its opening quote. */
    private static String stringHoldingTheEscape(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int escape = Math.max(lines.get(i).indexOf(HIGH), lines.get(i).indexOf(LOW));
            if (escape >= 0) {
                return file + ":" + (i + 1) + ":" + (lines.get(i).lastIndexOf('"', escape) + 1);
            }
        }
        throw new AssertionError("no surrogate escape in " + file);
    }

    /** TimelineJS: every text it reads, HTML or not, refused where the file has it. */
    static Stream<Arguments> timelineJsTexts() {
        return Stream.of(
                Arguments.of("\"headline\": \"Ides" + HIGH + "\"", "headline"),
                Arguments.of("\"text\": \"<p>Caesar" + LOW + "</p>\"", "text"),
                Arguments.of("\"caption\": \"Death" + HIGH + "\"", "caption"),
                Arguments.of("\"credit\": \"G" + HIGH + "r\\u00f4me\"", "credit"),
                Arguments.of("\"url\": \"https://x.org/" + HIGH + "\"", "url"),
                Arguments.of("\"group\": \"Rome" + HIGH + "\"", "group"),
                Arguments.of("\"unique_id\": \"c" + HIGH + "\"", "unique_id"),
                Arguments.of("\"display_date\": \"Ides" + HIGH + "\"", "display_date"));
    }

    @ParameterizedTest
    @MethodSource("timelineJsTexts")
    void timelineJsRefusesItWhereItIs(String member, String key) {
        String slide = "{\"start_date\": {\"year\": -44, \"month\": 3, \"day\": 15},\n"
                + "   \"text\": {\"headline\": \"Ides\", \"text\": \"<p>Caesar</p>\"},\n"
                + "   \"media\": {\"caption\": \"Death\", \"credit\": \"Gérôme\"}}";
        String changed = switch (key) {
            case "headline" -> slide.replace("\"headline\": \"Ides\"", member);
            case "text" -> slide.replace("\"text\": \"<p>Caesar</p>\"", member);
            case "caption" -> slide.replace("\"caption\": \"Death\"", member);
            case "credit" -> slide.replace("\"credit\": \"Gérôme\"", member);
            case "url" -> slide.replace("\"caption\"", member + ", \"caption\"");
            default -> slide.replace("{\"start_date\"", "{" + member + ",\n   \"start_date\"");
        };
        String json = "{\"title\": {\"text\": {\"headline\": \"Rome\"}},\n \"events\": [\n  " + changed + "]}\n";

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineJsReader.read(
                "t.json", "t.json", bytes(json), Fixtures.TODAY));

        assertThat(e).as("the file should be refused").isNotNull();
        String value = member.substring(member.indexOf(": ") + 2);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                at("t.json", json.lines().toList(), value) + ": " + message(key,
                        value.contains(HIGH) ? "D800" : "DC00"));
    }

    @Test
    void timelineJsRefusesItInTheTitleSlideAndAnEra() {
        String json = "{\"title\": {\"text\": {\"headline\": \"Rome" + HIGH + "\", \"text\": \"x\"}},\n"
                + " \"events\": [{\"start_date\": {\"year\": 2022}, \"text\": {\"headline\": \"a\"}}],\n"
                + " \"eras\": [{\"start_date\": {\"year\": 2020}, \"end_date\": {\"year\": 2022},"
                + " \"text\": {\"headline\": \"Era" + LOW + "\"}}]}";

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineJsReader.read(
                "t.json", "t.json", bytes(json), Fixtures.TODAY));

        List<String> lines = json.lines().toList();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                at("t.json", lines, "\"Rome" + HIGH) + ": " + message("headline", "D800"),
                at("t.json", lines, "\"Era" + LOW) + ": " + message("headline", "DC00"));
    }

    @Test
    void visTimelineRefusesItWhereItIs() {
        String json = "{\"groups\": [{\"id\": \"g\", \"content\": \"<b>Ceremonies" + HIGH + "</b>\"}],\n"
                + " \"items\": [\n"
                + "  {\"id\": \"a" + LOW + "\", \"content\": \"A\", \"start\": \"2022-05-25\", \"group\": \"g\"},\n"
                + "  {\"id\": \"b\", \"content\": \"B" + HIGH + "\", \"start\": \"2022-05-25\", \"group\": \"g\"},\n"
                + "  {\"id\": \"c\", \"content\": \"C\", \"start\": \"2022-05-25\","
                + " \"title\": \"<blockquote><p>q" + HIGH + "</p></blockquote>\"},\n"
                + "  {\"id\": \"d\", \"content\": \"D\", \"start\": \"2022-05-25\", \"className\": \"x" + LOW + "\"},\n"
                + "  {\"id\": \"e\", \"content\": \"E\", \"start\": \"2022-05-25\", \"type\": \"background\","
                + " \"style\": \"color: #aaaaaa" + HIGH + "\"}]}";

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> VisReader.read(
                "v.json", "v.json", bytes(json), Fixtures.TODAY));

        List<String> lines = json.lines().toList();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                at("v.json", lines, "\"<b>Ceremonies") + ": " + message("content", "D800"),
                at("v.json", lines, "\"a" + LOW) + ": " + message("id", "DC00"),
                at("v.json", lines, "\"B" + HIGH) + ": " + message("content", "D800"),
                at("v.json", lines, "\"<blockquote>") + ": " + message("title", "D800"),
                at("v.json", lines, "\"x" + LOW) + ": " + message("className", "DC00"),
                at("v.json", lines, "\"color: ") + ": " + message("style", "D800"));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsWholeAndKept() throws Exception {
        String json = "{\"events\": [{\"start_date\": {\"year\": 2022}, \"text\": {\"headline\": \"F\\ud83d\\ude00te"
                + " 😀 \\ud835\\udc00\"}}]}";

        LoadedTimeline timeline = TimelineJsReader.read("t.json", "t.json", bytes(json), Fixtures.TODAY);

        assertThat(timeline.dataset().events()).extracting(Event::title).containsExactly("F😀te 😀 𝐀");
    }

    @Test
    void aTitleCutFromALongTextNeverSplitsACharacter() throws Exception {
        // The 119th and 120th code units are an emoji: a title cut to 120 with its ellipsis keeps it whole or
        // drops it whole.
        String text = "a".repeat(118) + "😀" + " and more words after it";
        String json = "{\"events\": [{\"start_date\": {\"year\": 2022}, \"text\": {\"text\": \"" + text + "\"}}]}";

        LoadedTimeline timeline = TimelineJsReader.read("t.json", "t.json", bytes(json), Fixtures.TODAY);

        String title = timeline.dataset().events().get(0).title();
        assertThat(title).isEqualTo("a".repeat(118) + "\u2026");
        assertThat(org.sourceline.model.Rules.text("title", title)).isEmpty();
    }

    @Test
    void aSourceNameCutToATitleNeverSplitsACharacter() throws Exception {
        String credit = "b".repeat(498) + "𝐀" + "c".repeat(10);
        String csv = "date,title,source,quote\n2022-05-25,Rencontre," + credit + ",le directeur\n";

        LoadedTimeline timeline = CsvReader.read("t.csv", "t.csv", bytes(csv), Fixtures.TODAY);

        String title = timeline.dataset().sources().get(0).title();
        assertThat(title).isEqualTo("b".repeat(498) + "\u2026");
        assertThat(org.sourceline.model.Rules.text("title", title)).isEmpty();
    }

    @Test
    void theCommandLineRefusesTheFileAndTheStoreHoldsNothing() throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1").replace("Rencontre e1",
                "Rencontre e1 " + HIGH)).write(dir);
        Path db = dir.resolve("s.db");
        StringWriter err = new StringWriter();

        int code = SourcelineCommand.run(new String[] {"import", file.toString(), "--db", db.toString()}, p -> { },
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(stringHoldingTheEscape(file) + ": " + message("title", "D800"))
                .contains("nothing was imported");
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
