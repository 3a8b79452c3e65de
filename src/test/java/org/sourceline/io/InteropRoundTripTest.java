package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;

/** sourceline → another format → sourceline: what docs/format.md says each format keeps comes back, exactly. */
class InteropRoundTripTest {
    @TempDir
    Path dir;

    private LoadedTimeline through(LoadedTimeline timeline, DataFormat format) throws Exception {
        Path file = dir.resolve("out." + format.extension());
        TimelineFiles.write(timeline, file, format);
        TimelineFiles.Imported back = TimelineFiles.read(file, null, Fixtures.TODAY);
        assertThat(back.format()).isEqualTo(format);
        return back.timeline();
    }

    private static Map<String, Event> byId(Dataset d) {
        return d.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    /** Each citation as its source's title and address and the quote: source ids are not kept. */
    private static List<String> citations(Event e, Dataset d) {
        Map<String, Source> sources = d.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        return e.citations().stream().map(c -> sources.get(c.sourceId()).title() + " | "
                + sources.get(c.sourceId()).url() + " | " + c.quote()).sorted().toList();
    }

    @ParameterizedTest
    @EnumSource(names = {"TIMELINEJS", "VIS", "CSV"})
    void theSeedDatasetKeepsIdsTitlesDatesCategoriesAndCitations(DataFormat format) throws Exception {
        LoadedTimeline original = InteropSamples.seedsWithEras();

        LoadedTimeline back = through(original, format);

        Map<String, Event> before = byId(original.dataset());
        Map<String, Event> after = byId(back.dataset());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (Event e : before.values()) {
            Event f = after.get(e.id());
            assertThat(f.title()).as(e.id()).isEqualTo(e.title());
            assertThat(f.summary()).as(e.id()).isEqualTo(e.summary());
            assertThat(f.date()).as(e.id()).isEqualTo(e.date());
            assertThat(f.displayDate()).as(e.id()).isEqualTo(e.displayDate());
            assertThat(f.category()).as(e.id()).isEqualTo(e.category());
            assertThat(citations(f, back.dataset())).as(e.id()).isEqualTo(citations(e, original.dataset()));
            // What none of these formats holds.
            assertThat(f.titleEn()).isNull();
            assertThat(f.actors()).isEmpty();
            assertThat(f.places()).isEmpty();
            assertThat(f.tags()).isEmpty();
            assertThat(f.note()).isNull();
        }
        assertThat(back.dataset().actors()).isEmpty();
        assertThat(back.dataset().places()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"TIMELINEJS", "VIS", "CSV"})
    void erasComeBackWithWhatTheFormatHolds(DataFormat format) throws Exception {
        List<Era> eras = through(InteropSamples.seedsWithEras(), format).dataset().eras();

        List<Era> expected = InteropSamples.ERAS.stream().sorted(TimelineWriter.ERA_ORDER)
                .map(e -> format == DataFormat.TIMELINEJS
                        ? new Era(Slugs.slug(e.label(), "era"), e.label(), e.date(), null, null) : e)
                .toList();
        assertThat(eras).containsExactlyElementsOf(expected);
    }

    @Test
    void theTitleTravelsInTimelineJsAndCsvButVisHasNoPlaceForIt() throws Exception {
        LoadedTimeline original = InteropSamples.seedsWithEras();

        assertThat(through(original, DataFormat.TIMELINEJS).dataset().title()).isEqualTo(original.dataset().title());
        assertThat(through(original, DataFormat.TIMELINEJS).dataset().description())
                .isEqualTo(original.dataset().description());
        assertThat(through(original, DataFormat.CSV).dataset().title()).isEqualTo(original.dataset().title());
        assertThat(through(original, DataFormat.VIS).dataset().title()).isNull();
    }

    private static final String[] DATES = {"-0043-03-15", "0000", "-0500", "2022-05-25T14:30", "2022-05-25T14:30:05",
            "2022-02~", "2022-05-26?", "2022-05%", "[2022-05-25..2022-05-27]", "[..2022-06]", "[2022-06..]",
            "2024-04-21/", "2024-04-21/..", "/2022-05", "2022-05-24/2022-05-26", "201X", "2022/2022-06", "2022~/2023?",
            "2022-05-25T23:30/2022-05-26T01:00", "../2022-05", "19XX", "1985-04-XX", "2022-XX",
            "2022-05-25T14:30:00Z", "2022-05-25T14:30+02:00"};

    @ParameterizedTest
    @EnumSource(names = {"VIS", "CSV"})
    void everyKindOfDateComesBackExactly(DataFormat format) throws Exception {
        Map<String, Event> back = byId(through(InteropSamples.dates(DATES), format).dataset());

        for (int i = 0; i < DATES.length; i++) {
            assertThat(back.get("e" + i).date()).hasToString(DATES[i]);
            assertThat(back.get("e" + i).displayDate()).isNull();
        }
    }

    @Test
    void timelineJsGivesBackEveryDateButWhatItsWordsCannotTellApart() throws Exception {
        Map<String, Event> back = byId(through(InteropSamples.dates(DATES), DataFormat.TIMELINEJS).dataset());

        Map<String, String> changed = Map.of(
                "../2022-05", "/2022-05",
                "19XX", "1900/1999",
                "1985-04-XX", "1985-04",
                "2022-XX", "2022",
                "2022-05-25T14:30:00Z", "2022-05-25T14:30:00",
                "2022-05-25T14:30+02:00", "2022-05-25T14:30");
        for (int i = 0; i < DATES.length; i++) {
            assertThat(back.get("e" + i).date()).as(DATES[i]).hasToString(changed.getOrDefault(DATES[i], DATES[i]));
        }
        // The offset is lost from the date, not from what the reader is told.
        assertThat(back.get("e" + (DATES.length - 1)).displayDate()).isEqualTo("25 May 2022, 14:30 (UTC+02:00)");
    }

    @ParameterizedTest
    @EnumSource(names = {"TIMELINEJS", "VIS", "CSV"})
    void aSecondRoundTripChangesNothing(DataFormat format) throws Exception {
        LoadedTimeline once = through(InteropSamples.seedsWithEras(), format);
        // The same file name both times: the imported sources' notes name the file they come from.
        Path first = Files.createDirectories(dir.resolve("first")).resolve("timeline." + format.extension());
        TimelineFiles.write(once, first, format);

        LoadedTimeline twice = TimelineFiles.read(first, format, Fixtures.TODAY).timeline();
        Path second = Files.createDirectories(dir.resolve("second")).resolve("timeline." + format.extension());
        TimelineFiles.write(twice, second, format);
        LoadedTimeline thrice = TimelineFiles.read(second, format, Fixtures.TODAY).timeline();

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(new String(TimelineWriter.toBytes(thrice.dataset()), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(TimelineWriter.toBytes(twice.dataset()), java.nio.charset.StandardCharsets.UTF_8));
    }
}
