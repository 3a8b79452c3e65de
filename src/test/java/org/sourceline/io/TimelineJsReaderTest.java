package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Citation;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;

class TimelineJsReaderTest {
    private static LoadedTimeline history() throws Exception {
        return TimelineJsReader.read("history.json", "timelinejs-history.json",
                Fixtures.open("timelinejs-history.json"), Fixtures.TODAY);
    }

    private static Map<String, Event> events(LoadedTimeline timeline) {
        return timeline.dataset().events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    private static Source source(LoadedTimeline timeline, String id) {
        return timeline.dataset().sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theTitleSlideNamesTheTimeline() throws Exception {
        LoadedTimeline timeline = history();

        assertThat(timeline.dataset().title()).isEqualTo("Rome & its ends");
        assertThat(timeline.dataset().description()).isEqualTo("From the Ides of March to the fall of the West.");
    }

    @Test
    void aBceYearIsCountedAsTimelineJsShowsIt() throws Exception {
        Event caesar = events(history()).get("caesar");

        // TimelineJS's -44 is shown "44 BCE": ISO year -0043.
        assertThat(caesar.date()).hasToString("-0043-03-15");
        assertThat(caesar.title()).isEqualTo("Assassination of Julius Caesar");
        assertThat(caesar.category()).isEqualTo("roman-republic");
    }

    @Test
    void htmlTextKeepsItsWordsAndNeverItsScript() throws Exception {
        Event caesar = events(history()).get("caesar");

        assertThat(caesar.summary()).isEqualTo("Caesar is stabbed in the Senate\u00A0house.\n\nBrutus & Cassius flee.");
        assertThat(caesar.summary()).doesNotContain("alert").doesNotContain("color");
    }

    @Test
    void aMediaIsASourceWhoseArticleIsItsCaptionQuotedVerbatim() throws Exception {
        LoadedTimeline timeline = history();
        Event caesar = events(timeline).get("caesar");

        assertThat(caesar.citations()).containsExactly(
                new Citation("jean-leon-gerome", "The Death of Caesar, painted in 1867"));
        Source gerome = source(timeline, "jean-leon-gerome");
        assertThat(gerome.title()).isEqualTo("Jean-Léon Gérôme");
        assertThat(gerome.url()).isEqualTo("https://upload.example.org/caesar.jpg");
        assertThat(timeline.articles().get("jean-leon-gerome").body()).isEqualTo("The Death of Caesar, painted in 1867");
    }

    @Test
    void aYearAndAMonthMakeAMonthNotItsFirstDay() throws Exception {
        Event month = events(history()).get("a-month-not-its-first-day");

        assertThat(month.date()).hasToString("2022-05");
    }

    @Test
    void aSlideWithoutMediaCitesItsHeadlineInTheFileItself() throws Exception {
        LoadedTimeline timeline = history();
        Event month = events(timeline).get("a-month-not-its-first-day");

        assertThat(month.citations()).containsExactly(
                new Citation("timelinejs-history-json", "A month, not its first day"));
        assertThat(source(timeline, "timelinejs-history-json").title()).isEqualTo("timelinejs-history.json");
    }

    @Test
    void aQuoteMediaWithItsCiteAndARepeatedIdMadeUnique() throws Exception {
        Event fall = events(history()).get("caesar-2");

        assertThat(fall.date()).hasToString("0476");
        assertThat(fall.summary()).isEqualTo("Romulus Augustulus is deposed.");
        assertThat(fall.category()).isEqualTo("event");
        assertThat(fall.citations()).containsExactly(
                new Citation("a-history-textbook", "The Western Empire ended in 476."));
    }

    @Test
    void anHourAloneIsTheWholeHourAndTheDisplayDateIsKept() throws Exception {
        Event cup = events(history()).get("world-cup");

        assertThat(cup.date()).hasToString("2022-11-20T19:00/2022-12-18");
        assertThat(cup.displayDate()).isEqualTo("Winter 2022");
    }

    @Test
    void erasBecomeShadedPeriods() throws Exception {
        List<Era> eras = history().dataset().eras();

        assertThat(eras).containsExactly(new Era("the-republic", "The Republic",
                org.sourceline.model.EdtfDate.parse("-0508/-0026"), null, null));
    }

    @Test
    void everyProblemIsReportedWhereItIs() throws Exception {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineJsReader.read(
                "broken.json", "broken.json", Fixtures.open("timelinejs-broken.json"), Fixtures.TODAY));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "broken.json:4:21: \"start_date\": month 13 is not between 1 and 12",
                "broken.json:8:21: \"start_date\" is missing required \"year\"",
                "broken.json:11:5: event is missing required \"start_date\"",
                "broken.json:16:19: end_date 2022-05-10 is before start_date 2022-05-20",
                "broken.json:20:21: \"start_date\": day 29 does not exist in February 2023",
                "broken.json:21:15: \"text\" must be an object, found a string");
    }

    @Test
    void malformedJsonIsOneLocatedProblem() {
        byte[] json = "{\"events\": [\n  {\"start_date\": {\"year\": 2022,}}\n]}".getBytes(StandardCharsets.UTF_8);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineJsReader.read(
                "x.json", "x.json", new ByteArrayInputStream(json), Fixtures.TODAY));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void numbersThatAreNotWholeAreRefused() {
        byte[] json = ("{\"events\": [{\"start_date\": {\"year\": 2022.5}, \"text\": {\"headline\": \"x\"}},\n"
                + "{\"start_date\": {\"year\": 1e400, \"month\": \"May\"}, \"text\": {\"headline\": \"y\"}}]}")
                .getBytes(StandardCharsets.UTF_8);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineJsReader.read(
                "x.json", "x.json", new ByteArrayInputStream(json), Fixtures.TODAY));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "x.json:1:37: \"year\" must be a whole number, found \"2022.5\"",
                "x.json:2:25: \"year\" must be a whole number, found \"Infinity\"",
                "x.json:2:41: \"month\" must be a whole number, found \"May\"");
    }

    @Test
    void aFileWithoutEventsIsRefused() {
        byte[] json = "{\"title\": {\"text\": {\"headline\": \"x\"}}}".getBytes(StandardCharsets.UTF_8);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineJsReader.read(
                "x.json", "x.json", new ByteArrayInputStream(json), Fixtures.TODAY));

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("x.json:1:1: a TimelineJS file needs \"events\", a list of slides");
    }
}
