package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Citation;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;

class VisReaderTest {
    private static LoadedTimeline read(String name) throws Exception {
        return VisReader.read(name, name, Fixtures.open(name), Fixtures.TODAY);
    }

    private static Map<String, Event> events(LoadedTimeline timeline) {
        return timeline.dataset().events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    @Test
    void isoDatesKeepThePrecisionTheyAreWrittenWith() throws Exception {
        Map<String, Event> events = events(read("vis-items.json"));

        assertThat(events.get("1").date()).hasToString("2022-11-20T16:00:00Z");
        assertThat(events.get("final").date()).hasToString("2022-12-18");
        assertThat(events.get("month").date()).hasToString("2022-05");
        assertThat(events.get("millis").date()).hasToString("2022-05-25T10:00:00Z");
        assertThat(events.get("bce").date()).hasToString("-0044-03-15");
    }

    @Test
    void aRangeEndsWhereVisDrawsIt() throws Exception {
        Map<String, Event> events = events(read("vis-items.json"));

        // vis draws "2022-12-03" as the first moment of 3 December: the stage's last day is the 2nd.
        assertThat(events.get("2").date()).hasToString("2022-11-20/2022-12-02");
        Map<String, Event> array = events(read("vis-array.json"));
        assertThat(array.get("b").date()).hasToString("2022-05-25T10:00/2022-05-25T11:30");
    }

    @Test
    void groupsNameTheCategoriesAndAClassStandsInWithoutOne() throws Exception {
        Map<String, Event> events = events(read("vis-items.json"));

        assertThat(events.get("1").category()).isEqualTo("ceremonies");
        assertThat(events.get("2").category()).isEqualTo("matches");
        assertThat(events.get("bce").category()).isEqualTo("rome");
        assertThat(events(read("vis-array.json")).get("a").category()).isEqualTo("event");
    }

    @Test
    void theTooltipIsTheSummaryAndItsQuotesTheCitations() throws Exception {
        LoadedTimeline timeline = read("vis-items.json");
        Event opening = events(timeline).get("1");
        Event last = events(timeline).get("final");

        assertThat(opening.title()).isEqualTo("Opening match");
        assertThat(opening.summary()).isEqualTo("Qatar v Ecuador");
        assertThat(opening.citations()).containsExactly(new Citation("vis-items-json", "Opening match"));
        assertThat(last.summary()).isEqualTo("Argentina beat France.");
        assertThat(last.citations()).containsExactly(new Citation("news", "Messi lifts the trophy."));
        assertThat(timeline.dataset().sources()).filteredOn(s -> s.id().equals("news")).singleElement()
                .satisfies(s -> assertThat(s.url()).isEqualTo("https://news.example.org/final"));
    }

    @Test
    void aBackgroundItemIsAnEraWithItsColour() throws Exception {
        List<Era> eras = read("vis-items.json").dataset().eras();

        assertThat(eras).containsExactly(new Era("tournament", "World Cup", EdtfDate.parse("2022-11-20/2022-12-18"),
                null, "#1F6FEB"));
    }

    @Test
    void everyProblemIsReportedWhereItIs() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.path("vis-broken.json"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("vis-broken.json"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                at(lines, "\"x\"", "{") + ": item is missing required \"start\"",
                at(lines, "\"y\"", "\"25/05") + ": \"start\": \"25/05/2022\" is not an ISO 8601 date such as"
                        + " 2022-05-25 or 2022-05-25T14:30:00Z",
                at(lines, "\"z\"", "\"2022-05-25T09") + ": \"end\" 2022-05-25T09:00 is before \"start\""
                        + " 2022-05-25T10:00",
                at(lines, "\"w\"", "\"h\"") + ": group \"h\" is not in \"groups\"",
                at(lines, "\"v\"", "\"dot\"") + ": unknown item type \"dot\" (vis-timeline knows box, point, range"
                        + " and background)",
                at(lines, "not an item", "\"not") + ": an item must be an object, found a string");
    }

    @Test
    void millisecondsBeyondAnyDateAreRefusedWithoutTurningIntoAnotherNumber() {
        String items = "[{\"start\": 99999999999999999999999999, \"content\": \"a\"},\n"
                + " {\"start\": 0, \"end\": -1e300, \"content\": \"b\"},\n"
                + " {\"start\": 9999999999999999, \"content\": \"c\"}]";

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> VisReader.read("v.json",
                "v.json", new java.io.ByteArrayInputStream(items.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Fixtures.TODAY));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "v.json:1:12: \"start\" is a number of milliseconds too far from 1970 for any date",
                "v.json:2:22: \"end\" is a number of milliseconds too far from 1970 for any date",
                "v.json:3:12: \"start\": 9999999999999999 milliseconds is too far from 1970");
    }

    /** "vis-broken.json:LINE:COLUMN" of {@code marker} on the line holding {@code line}. */
    private static String at(List<String> lines, String line, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(line)) {
                return "vis-broken.json:" + (i + 1) + ":" + (lines.get(i).indexOf(marker) + 1);
            }
        }
        throw new AssertionError(line);
    }
}
