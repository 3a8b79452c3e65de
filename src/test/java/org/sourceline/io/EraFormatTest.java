package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Era;
import org.sourceline.model.LoadedTimeline;

class EraFormatTest {
    @TempDir
    Path dir;

    private static final String WORLD_CUP = "{\"id\": \"coupe-du-monde\", \"label\": \"Coupe du monde 2022\","
            + " \"date\": \"2022-11-20/2022-12-18\", \"category\": \"tournoi\", \"color\": \"#1f6feb\"}";
    private static final String ANTIQUITY = "{\"id\": \"antiquite\", \"label\": \"Fin de la République\","
            + " \"date\": \"-0048/-0043\"}";

    @Test
    void erasListedAfterTheStreamedEventsAreRead() throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1"))
                .withEra(WORLD_CUP).withEra(ANTIQUITY).write(dir);

        LoadedTimeline timeline = TimelineReader.read(file);

        assertThat(timeline.dataset().eras()).extracting(Era::id).containsExactly("coupe-du-monde", "antiquite");
        Era cup = timeline.dataset().eras().get(0);
        assertThat(cup.label()).isEqualTo("Coupe du monde 2022");
        assertThat(cup.date().toString()).isEqualTo("2022-11-20/2022-12-18");
        assertThat(cup.category()).isEqualTo("tournoi");
        assertThat(cup.color()).isEqualTo("#1f6feb");
        assertThat(timeline.dataset().eras().get(1).color()).isNull();
    }

    @Test
    void everyProblemOfAnEraIsLocated() throws Exception {
        String bad = "{\"id\": \"Mandat\", \"date\": \"2022-13\", \"color\": \"blue\", \"colour\": \"x\"}";
        TimelineFixture fixture = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1")).withEra(bad);
        Path file = fixture.write(dir);
        int line = fixture.lineOf("\"Mandat\"");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));

        String at = file + ":" + line + ":";
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                at + fixture.columnOf("{\"id\": \"Mandat") + ": era is missing required \"label\"",
                at + fixture.columnOf("\"Mandat\"") + ": \"id\" \"Mandat\" must be lowercase letters, digits and dashes",
                // the month itself: the date's opening quote, then "2022-"
                at + (fixture.columnOf("\"2022-13\"") + 6) + ": invalid EDTF date \"2022-13\": " + monthMessage(),
                at + fixture.columnOf("\"blue\"") + ": \"color\" must be a colour written #rrggbb, found \"blue\"",
                at + fixture.columnOf("\"x\"") + ": unknown key \"colour\" in an era");
    }

    private static String monthMessage() {
        try {
            org.sourceline.model.EdtfDate.parse("2022-13");
            throw new AssertionError("2022-13 should not parse");
        } catch (org.sourceline.model.EdtfException e) {
            return e.getMessage();
        }
    }

    @Test
    void duplicateEraIdsPointAtTheSecond() throws Exception {
        TimelineFixture fixture = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1"))
                .withEra(ANTIQUITY).withEra(ANTIQUITY.replace("Fin", "Chute"));
        Path file = fixture.write(dir);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));

        assertThat(e.problems()).singleElement().extracting(Problem::message)
                .isEqualTo("duplicate era id \"antiquite\" (first defined at line " + fixture.lineOf("Fin de") + ")");
        assertThat(e.problems().get(0).line()).isEqualTo(fixture.lineOf("Chute"));
    }

    @Test
    void erasAreWrittenAfterTheEventsInTimeOrderAndComeBackByteIdentical() throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1"))
                .withEra(WORLD_CUP).withEra(ANTIQUITY).write(dir);

        byte[] first = TimelineWriter.toBytes(TimelineReader.read(file).dataset());
        Path copy = dir.resolve("copy.json");
        Files.write(copy, first);
        byte[] second = TimelineWriter.toBytes(TimelineReader.read(copy).dataset());

        assertThat(second).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).contains("  ],\n  \"eras\": [\n    {\n      \"id\": \"antiquite\",\n"
                + "      \"label\": \"Fin de la République\",\n      \"date\": \"-0048/-0043\"\n    },\n"
                + "    {\n      \"id\": \"coupe-du-monde\",\n      \"label\": \"Coupe du monde 2022\",\n"
                + "      \"date\": \"2022-11-20/2022-12-18\",\n      \"category\": \"tournoi\",\n"
                + "      \"color\": \"#1f6feb\"\n    }\n  ]\n}\n");
    }

    @Test
    void aTimelineWithoutErasIsWrittenWithoutTheKey() throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1")).write(dir);

        String text = new String(TimelineWriter.toBytes(TimelineReader.read(file).dataset()), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("eras").endsWith("    }\n  ]\n}\n");
    }
}
