package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** A JSON file the parser cannot read is refused with a located problem in the file's terms, not the parser's. */
class JsonSyntaxTest {
    private static Problem timelineJs(String text) {
        return only(catchThrowableOfType(InvalidInputException.class, () -> TimelineJsReader.read("f.json",
                "f.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Fixtures.TODAY)));
    }

    private static Problem vis(String text) {
        return only(catchThrowableOfType(InvalidInputException.class, () -> VisReader.read("f.json", "f.json",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Fixtures.TODAY)));
    }

    private static Problem sourceline(String text) {
        return only(catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read("f.json",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name -> {
                    throw new NoSuchFileException(name);
                })));
    }

    private static Problem only(InvalidInputException refused) {
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    @Test
    void arraysNestedDeeperThanTheParserTakesAreAProblemAtTheirLine() {
        String deep = "{\"events\": [\n" + "[".repeat(2000) + "]".repeat(2000) + "]}";

        assertThat(timelineJs(deep)).hasToString(
                "f.json:2:1000: arrays and objects are nested more than 1000 deep, more than this reader takes");
        assertThat(vis("[" + deep + "]").message()).isEqualTo(
                "arrays and objects are nested more than 1000 deep, more than this reader takes");
        assertThat(sourceline(deep).toString()).startsWith("f.json:2:");
    }

    @Test
    void aNumberOfMoreDigitsThanTheParserTakesIsAProblemAtItsLine() {
        String year = "{\"events\": [{\"start_date\": {\"year\":\n" + "9".repeat(1001) + "}}]}";

        assertThat(timelineJs(year).message()).isEqualTo(
                "a number is written with more than 1000 digits, more than this reader takes");
        assertThat(timelineJs(year).line()).isEqualTo(2);
        assertThat(vis("[{\"start\": " + "1".repeat(1001) + "}]").message()).isEqualTo(
                "a number is written with more than 1000 digits, more than this reader takes");
    }

    @Test
    void aTextLongerThanTheParserTakesIsAProblem() {
        String text = "{\"title\": \"" + "a".repeat(20_000_001) + "\"}";

        assertThat(sourceline(text).message()).isEqualTo(
                "a text is longer than 20000000 characters, more than this reader takes");
    }

    @Test
    void syntaxErrorsSayWhereABracketOpenedWithoutTheParsersOwnTerms() {
        assertThat(timelineJs("{\"events\": [")).hasToString("f.json:1:13: malformed JSON: Unexpected end-of-input:"
                + " expected close marker for Array (opened at line 1, column 12)");
        assertThat(vis("[{\"start\": NaN}]").message()).isEqualTo("malformed JSON: Non-standard token 'NaN'");
        assertThat(sourceline("{\"a\": +1}").message()).isEqualTo("malformed JSON: Unexpected character ('+' (code"
                + " 43)) in numeric value: JSON spec does not allow numbers to have plus signs");
        assertThat(sourceline("// a comment\n{}").message()).isEqualTo("malformed JSON: Unexpected character ('/'"
                + " (code 47)): maybe a (non-standard) comment?");
    }
}
