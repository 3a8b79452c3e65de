package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Rules;

/** Every format refuses what our own format refuses, with the same message: one set of rules for all. */
class SharedRulesTest {
    private static final String LONG_SUMMARY = "s".repeat(Rules.maxLength("summary") + 1);
    private static final String EXPECTED = Rules.text("summary", LONG_SUMMARY).orElseThrow().message();

    @TempDir
    Path dir;

    private static String problem(InvalidInputException e) {
        assertThat(e).as("the file should be refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).message();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ourOwnFormat() throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1")
                .replace("\"Une rencontre.\"", "\"" + LONG_SUMMARY + "\"")).write(dir);

        assertThat(problem(catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file))))
                .isEqualTo(EXPECTED);
    }

    @Test
    void csv() {
        String csv = "date,title,summary\n2022-05-25,Rencontre," + LONG_SUMMARY + "\n";

        assertThat(problem(catchThrowableOfType(InvalidInputException.class,
                () -> CsvReader.read("t.csv", "t.csv", bytes(csv), Fixtures.TODAY)))).isEqualTo(EXPECTED);
    }

    @Test
    void timelineJs() {
        String json = "{\"events\": [{\"start_date\": {\"year\": 2022}, \"text\": {\"headline\": \"Rencontre\","
                + " \"text\": \"" + LONG_SUMMARY + "\"}}]}";

        assertThat(problem(catchThrowableOfType(InvalidInputException.class,
                () -> TimelineJsReader.read("t.json", "t.json", bytes(json), Fixtures.TODAY)))).isEqualTo(EXPECTED);
    }

    @Test
    void visTimeline() {
        String json = "[{\"id\": 1, \"content\": \"Rencontre\", \"start\": \"2022-05-25\","
                + " \"title\": \"<p>" + LONG_SUMMARY + "</p>\"}]";

        assertThat(problem(catchThrowableOfType(InvalidInputException.class,
                () -> VisReader.read("t.json", "t.json", bytes(json), Fixtures.TODAY)))).isEqualTo(EXPECTED);
    }
}
