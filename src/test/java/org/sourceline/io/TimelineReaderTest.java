package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;

class TimelineReaderTest {
    @TempDir
    Path dir;

    private List<Problem> problems(TimelineFixture fixture) throws IOException {
        Path file = fixture.write(dir);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.problems();
    }

    private Problem onlyProblem(TimelineFixture fixture) throws IOException {
        List<Problem> problems = problems(fixture);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void readsAValidTimelineWithTheArticleBodyCutFromItsPage() throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1")).write(dir);

        LoadedTimeline timeline = TimelineReader.read(file);

        Event event = timeline.dataset().events().get(0);
        assertThat(event.id()).isEqualTo("e1");
        assertThat(event.date().toString()).isEqualTo("2022-05-25");
        assertThat(event.actors()).containsExactly("directeur");
        assertThat(timeline.articles().get("src-a").body()).isEqualTo(
                "Le 25 mai 2022, le directeur a été reçu à Doha par le ministre.\n\n"
                        + "Il a visité le centre de commandement de l’équipe.");
    }

    @Test
    void malformedJsonIsLocated() throws Exception {
        TimelineFixture fixture = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1"));
        Path file = fixture.write(dir);
        List<String> lines = Files.readAllLines(file);
        int line = fixture.lineOf("\"version\"");
        lines.set(line - 1, "  \"version\": 1");   // the comma is gone
        Files.write(file, lines);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));

        assertThat(e.problems()).hasSize(1);
        Problem p = e.problems().get(0);
        assertThat(p.line()).isEqualTo(line + 1);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p.message()).startsWith("malformed JSON");
        assertThat(p.toString()).startsWith(file + ":" + (line + 1) + ":3: ");
    }

    @Test
    void impossibleDateIsLocatedAtTheDay() throws Exception {
        TimelineFixture fixture = new TimelineFixture().withEvent(TimelineFixture.event("e1", "2022-02-30", "le ministre"));

        Problem p = onlyProblem(fixture);

        assertThat(p.line()).isEqualTo(fixture.lineOf("2022-02-30"));
        assertThat(p.column()).isEqualTo(fixture.columnOf("30\""));
        assertThat(p.message()).contains("2022-02-30").contains("30");
    }

    @Test
    void intervalEndingBeforeItStartsIsRefused() throws Exception {
        TimelineFixture fixture = new TimelineFixture()
                .withEvent(TimelineFixture.event("e1", "2022-05-26/2022-05-24", "le ministre"));

        Problem p = onlyProblem(fixture);

        assertThat(p.line()).isEqualTo(fixture.lineOf("2022-05-26/2022-05-24"));
        assertThat(p.column()).isBetween(fixture.columnOf("\"2022-05-26/"), fixture.columnOf("2022-05-24\""));
        assertThat(p.message()).contains("before");
    }

    @Test
    void unknownSourceIsLocatedAtItsId() throws Exception {
        String event = TimelineFixture.goodEvent("e1").replace("\"source\": \"src-a\"", "\"source\": \"src-zz\"");
        TimelineFixture fixture = new TimelineFixture().withEvent(event);

        Problem p = onlyProblem(fixture);

        assertThat(p.line()).isEqualTo(fixture.lineOf("src-zz"));
        assertThat(p.column()).isEqualTo(fixture.columnOf("\"src-zz\""));
        assertThat(p.message()).isEqualTo("unknown source \"src-zz\"");
    }

    @Test
    void quoteNotInTheArticleIsRefused() throws Exception {
        TimelineFixture fixture = new TimelineFixture()
                .withEvent(TimelineFixture.event("e1", "2022-05-25", "le directeur a été reçu à Rabat"));

        Problem p = onlyProblem(fixture);

        assertThat(p.line()).isEqualTo(fixture.lineOf("reçu à Rabat"));
        assertThat(p.column()).isEqualTo(fixture.columnOf("\"le directeur a été reçu à Rabat\""));
        assertThat(p.message()).isEqualTo("quote not found verbatim in source \"src-a\"");
    }

    @Test
    void quoteFromTheReaderCommentsIsNotTheArticle() throws Exception {
        TimelineFixture fixture = new TimelineFixture()
                .withEvent(TimelineFixture.event("e1", "2022-05-25", "Bravo pour cet article"));

        Problem p = onlyProblem(fixture);

        assertThat(p.message()).contains("not in the body").contains("comments");
    }

    @Test
    void quoteWithAStraightApostropheWhereTheArticleHasATypographicOneIsRefusedWithTheReason() throws Exception {
        TimelineFixture fixture = new TimelineFixture()
                .withEvent(TimelineFixture.event("e1", "2022-05-25", "commandement de l'équipe"));

        Problem p = onlyProblem(fixture);

        assertThat(p.message()).contains("only by apostrophes");
    }

    @Test
    void duplicateEventIdsPointAtTheSecond() throws Exception {
        TimelineFixture fixture = new TimelineFixture()
                .withEvent(TimelineFixture.goodEvent("e1"))
                .withEvent(TimelineFixture.goodEvent("e1").replace("Rencontre e1", "Rencontre bis"));

        Problem p = onlyProblem(fixture);

        assertThat(p.line()).isEqualTo(fixture.lineOf("Rencontre bis"));
        assertThat(p.message()).contains("duplicate event id \"e1\"").contains("line " + fixture.lineOf("Rencontre e1"));
    }

    @Test
    void missingRequiredFieldPointsAtItsObject() throws Exception {
        String event = TimelineFixture.goodEvent("e1").replace("\"summary\": \"Une rencontre.\", ", "");
        TimelineFixture fixture = new TimelineFixture().withEvent(event);

        Problem p = onlyProblem(fixture);

        assertThat(p.line()).isEqualTo(fixture.lineOf("Rencontre e1"));
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("event is missing required \"summary\"");
    }

    @Test
    void wrongTypeIsLocatedAtTheValue() throws Exception {
        String event = TimelineFixture.goodEvent("e1").replace("\"title\": \"Rencontre e1\"", "\"title\": 42");
        TimelineFixture fixture = new TimelineFixture().withEvent(event);

        Problem p = onlyProblem(fixture);

        assertThat(p.column()).isEqualTo(fixture.columnOf("42"));
        assertThat(p.message()).isEqualTo("\"title\" must be a string, found a number");
    }

    @Test
    void unknownActorIsRefused() throws Exception {
        String event = TimelineFixture.goodEvent("e1").replace("[\"directeur\"]", "[\"ministre\"]");
        TimelineFixture fixture = new TimelineFixture().withEvent(event);

        Problem p = onlyProblem(fixture);

        assertThat(p.column()).isEqualTo(fixture.columnOf("\"ministre\"]"));
        assertThat(p.message()).isEqualTo("unknown actor \"ministre\"");
    }

    @Test
    void missingArticleFileIsLocatedAtTheFileName() throws Exception {
        TimelineFixture fixture = new TimelineFixture()
                .withSource(TimelineFixture.SOURCE.replace("src-a", "src-b").replace("a.txt", "absent.txt"));

        Problem p = onlyProblem(fixture.withEvent(TimelineFixture.goodEvent("e1")));

        assertThat(p.line()).isEqualTo(fixture.lineOf("absent.txt"));
        assertThat(p.column()).isEqualTo(fixture.columnOf("\"absent.txt\""));
        assertThat(p.message()).contains("absent.txt").contains("not found");
    }

    @Test
    void aMissingArticleIsOneProblemNotOnePerCitation() throws Exception {
        TimelineFixture fixture = new TimelineFixture()
                .withSource(TimelineFixture.SOURCE.replace("src-a", "src-b").replace("a.txt", "absent.txt"))
                .withEvent(TimelineFixture.goodEvent("e1").replace("\"source\": \"src-a\"", "\"source\": \"src-b\""))
                .withEvent(TimelineFixture.goodEvent("e2").replace("\"source\": \"src-a\"", "\"source\": \"src-b\""));

        List<Problem> problems = problems(fixture);

        assertThat(problems).extracting(Problem::message).containsExactly(
                "article file \"absent.txt\" not found beside the timeline");
    }

    @Test
    void articleThatIsNotUtf8IsRefused() throws Exception {
        TimelineFixture fixture = new TimelineFixture()
                .withSource(TimelineFixture.SOURCE.replace("src-a", "src-b").replace("a.txt", "latin1.txt"))
                .withEvent(TimelineFixture.goodEvent("e1"));
        Files.write(dir.resolve("latin1.txt"), "Le ministre a été reçu.\n".getBytes(StandardCharsets.ISO_8859_1));

        Problem p = onlyProblem(fixture);

        assertThat(p.line()).isEqualTo(fixture.lineOf("latin1.txt"));
        assertThat(p.message()).contains("not valid UTF-8");
    }

    @Test
    void everyProblemOfAFileIsReportedInFileOrder() throws Exception {
        TimelineFixture fixture = new TimelineFixture()
                .withEvent(TimelineFixture.event("e1", "2022-13", "le ministre"))
                .withEvent(TimelineFixture.goodEvent("e2"))
                .withEvent(TimelineFixture.event("e3", "2022-05-25", "absent du texte"));

        List<Problem> problems = problems(fixture);

        assertThat(problems).extracting(Problem::line)
                .containsExactly(fixture.lineOf("2022-13"), fixture.lineOf("absent du texte"));
    }

    @Test
    void controlCharactersInTextAreRefused() throws Exception {
        String event = TimelineFixture.goodEvent("e1").replace("Rencontre e1", "Rencontre\\u0007 e1");
        TimelineFixture fixture = new TimelineFixture().withEvent(event);

        Problem p = onlyProblem(fixture);

        assertThat(p.message()).contains("control character U+0007");
    }

    @Test
    void aFileThatIsNotATimelineIsRefused() throws Exception {
        Path file = dir.resolve("list.json");
        Files.writeString(file, "[1, 2]\n");

        assertThatThrownBy(() -> TimelineReader.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ":1:1: a timeline must be a JSON object, found an array");
    }

    @Test
    void aTenThousandCharacterTitleIsRefusedWithItsLength() throws Exception {
        String event = TimelineFixture.goodEvent("e1").replace("Rencontre e1", "t".repeat(10_000));
        TimelineFixture fixture = new TimelineFixture().withEvent(event);

        Problem p = onlyProblem(fixture);

        assertThat(p.column()).isEqualTo(fixture.columnOf("\"ttt"));
        assertThat(p.message()).isEqualTo("\"title\" is 10000 characters long; at most 500 are accepted");
    }

    @Test
    void aHandWrittenFileMayListItsEventsBeforeItsSources() throws Exception {
        Path file = dir.resolve("events-first.json");
        Files.writeString(dir.resolve("a.txt"), TimelineFixture.ARTICLE);
        Files.writeString(file, "{\"events\": [" + TimelineFixture.goodEvent("e1") + "],\n"
                + "\"format\": \"sourceline\", \"version\": 1,\n"
                + "\"places\": [" + TimelineFixture.PLACE + "], \"actors\": [" + TimelineFixture.ACTOR + "],\n"
                + "\"sources\": [" + TimelineFixture.SOURCE + "]}\n");

        LoadedTimeline timeline = TimelineReader.read(file);

        assertThat(timeline.dataset().events()).extracting(Event::id).containsExactly("e1");
    }

    @Test
    void aTimelineWithoutEventsIsRefused() throws Exception {
        Path file = dir.resolve("no-events.json");
        Files.writeString(file, "{\"format\": \"sourceline\", \"version\": 1, \"sources\": []}");

        assertThatThrownBy(() -> TimelineReader.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ":1:1: timeline is missing required \"events\"");
    }
}
