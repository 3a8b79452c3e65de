package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Place;

/** A place may list the other spellings the sources use for it, as an actor does; a file without any is as before. */
class PlaceFormatTest {
    private static final String PLACE_WITHOUT_ALIASES = "\"places\": [\n    {\n      \"id\": \"doha\",\n"
            + "      \"name\": \"Doha\",\n      \"country\": \"Qatar\"\n    }\n  ]";

    @TempDir
    Path dir;

    /** The fixture with its place described by these members instead of {@code "country": "Qatar"}. */
    private Path withPlace(String members) throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1")).write(dir);
        String json = Files.readString(file);
        String described = TimelineFixture.PLACE.replace("\"country\": \"Qatar\"", members);
        Files.writeString(file, json.replace(TimelineFixture.PLACE, described), StandardCharsets.UTF_8);
        return file;
    }

    private static String written(LoadedTimeline timeline) {
        return new String(TimelineWriter.toBytes(timeline.dataset()), StandardCharsets.UTF_8);
    }

    @Test
    void placeAliasesAreReadAndWrittenBackAfterTheNameAndReadAgainTheSame() throws Exception {
        Path file = withPlace("\"aliases\": [\"Dawha\", \"الدوحة\"], \"country\": \"Qatar\"");

        LoadedTimeline timeline = TimelineReader.read(file);

        assertThat(timeline.dataset().places())
                .containsExactly(new Place("doha", "Doha", List.of("Dawha", "الدوحة"), "Qatar"));
        String written = written(timeline);
        assertThat(written).contains("\"places\": [\n    {\n      \"id\": \"doha\",\n      \"name\": \"Doha\",\n"
                + "      \"aliases\": [\n        \"Dawha\",\n        \"الدوحة\"\n      ],\n"
                + "      \"country\": \"Qatar\"\n    }\n  ]");
        Path again = dir.resolve("again.json");
        Files.writeString(again, written, StandardCharsets.UTF_8);
        LoadedTimeline reread = TimelineReader.read(again);
        assertThat(reread.dataset()).isEqualTo(timeline.dataset());
        assertThat(written(reread)).isEqualTo(written);
    }

    @Test
    void aPlaceWithoutAliasesIsWrittenAsBeforePlacesHadThem() throws Exception {
        LoadedTimeline plain = TimelineReader.read(withPlace("\"country\": \"Qatar\""));
        LoadedTimeline emptyList = TimelineReader.read(withPlace("\"aliases\": [], \"country\": \"Qatar\""));

        assertThat(plain.dataset().places()).singleElement()
                .satisfies(p -> assertThat(p.aliases()).isEmpty());
        assertThat(emptyList.dataset()).isEqualTo(plain.dataset());
        assertThat(written(plain)).contains(PLACE_WITHOUT_ALIASES).isEqualTo(written(emptyList));
    }

    @Test
    void aPlaceAliasListedTwiceOrEmptyIsRefusedWhereItIsAsForAnActor() throws Exception {
        Path file = withPlace("\"aliases\": [\"Dawha\", \"Dawha\", \"\"], \"country\": \"Qatar\"");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));

        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "\"Dawha\" is listed twice in \"aliases\"",
                "\"aliases\" must hold non-empty strings, found a string");
    }

    @Test
    void anUnknownKeyInAPlaceIsStillRefused() throws Exception {
        Path file = withPlace("\"spellings\": [\"Dawha\"], \"country\": \"Qatar\"");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));

        assertThat(e.problems()).extracting(Problem::message).containsExactly("unknown key \"spellings\" in a place");
    }
}
