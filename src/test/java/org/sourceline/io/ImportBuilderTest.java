package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.io.ImportBuilder.Passage;
import org.sourceline.io.ImportBuilder.SourceRef;
import org.sourceline.model.Citation;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;

class ImportBuilderTest {
    private static final EdtfDate DAY = EdtfDate.parse("2022-05-25");
    private static final SourceRef AP = new SourceRef("AP", "https://ap.example.org/story");

    @Test
    void eachNamedSourceBecomesAnArticleOfTheLinesQuotedFromIt() {
        ImportBuilder builder = new ImportBuilder("file.json", "TimelineJS", LocalDate.of(2025, 3, 1));
        builder.event("Meeting", "Meeting", "They met.", DAY, null, "Diplomacy", List.of(
                new Passage(AP, "They met in Doha.\nTalks went on."), new Passage(AP, "They met in Doha.")));
        builder.event("Meeting", "Second meeting", null, DAY, "late May", null, List.of(new Passage(AP, "Again.")));

        LoadedTimeline timeline = builder.build();

        Source ap = timeline.dataset().sources().get(0);
        assertThat(ap.id()).isEqualTo("ap");
        assertThat(ap.title()).isEqualTo("AP");
        assertThat(ap.url()).isEqualTo("https://ap.example.org/story");
        assertThat(ap.published()).hasToString("[..2025-03-01]");
        assertThat(ap.language()).isEqualTo("und");
        assertThat(timeline.articles().get("ap").rawText()).isEqualTo("They met in Doha.\nTalks went on.\nAgain.\n");
        assertThat(timeline.articles().get("ap").body()).isEqualTo("They met in Doha.\n\nTalks went on.\n\nAgain.");

        List<Event> events = timeline.dataset().events();
        assertThat(events).extracting(Event::id).containsExactly("meeting", "meeting-2");
        assertThat(events.get(0).citations()).containsExactly(new Citation("ap", "They met in Doha."),
                new Citation("ap", "Talks went on."));
        assertThat(events.get(0).category()).isEqualTo("diplomacy");
        assertThat(events.get(1).summary()).isEqualTo("Second meeting");
        assertThat(events.get(1).category()).isEqualTo(ImportBuilder.DEFAULT_CATEGORY);
        assertThat(events.get(1).displayDate()).isEqualTo("late May");
    }

    @Test
    void anEventThatNamesNoSourceCitesItsTitleInTheFileItself() {
        ImportBuilder builder = new ImportBuilder("history.csv", "CSV", LocalDate.of(2025, 3, 1));
        builder.event(null, "Fall of Rome", "", EdtfDate.parse("0476"), null, null, List.of());

        LoadedTimeline timeline = builder.build();

        Source file = timeline.dataset().sources().get(0);
        assertThat(file.id()).isEqualTo("history-csv");
        assertThat(file.title()).isEqualTo("history.csv");
        assertThat(file.note()).contains("history.csv (CSV)");
        assertThat(timeline.dataset().events().get(0).citations())
                .containsExactly(new Citation("history-csv", "Fall of Rome"));
        assertThat(timeline.articles().get("history-csv").body()).isEqualTo("Fall of Rome");
    }
}
