package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.io.TimelineReader;
import org.sourceline.io.TimelineWriter;
import org.sourceline.model.Article;
import org.sourceline.model.Citation;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;
import org.sourceline.store.Store;

/** The default dataset is faithful to its articles and survives the store unchanged. */
class SeedDatasetTest {
    private static final Path SEEDS = Path.of("seeds");
    private static LoadedTimeline seeds;

    @BeforeAll
    static void load() throws Exception {
        seeds = TimelineReader.read(SEEDS.resolve("timeline.json"));
    }

    @Test
    void theBundledCopyIsTheRepositorysDataset() throws Exception {
        assertThat(Seeds.load()).isEqualTo(seeds);
    }

    @Test
    void everyQuoteStandsVerbatimInItsArticleBody() {
        for (Event event : seeds.dataset().events()) {
            for (Citation c : event.citations()) {
                assertThat(seeds.articles().get(c.sourceId()).body())
                        .as("%s cites %s", event.id(), c.sourceId())
                        .contains(c.quote());
            }
        }
    }

    @Test
    void noBodyHoldsPageBoilerplateOrReaderComments() {
        List<String> boilerplate = List.of("Ces articles devraient vous intéresser", "Sujets associés",
                "Aller plus loin", "À lire :", "VOS RÉACTIONS", "Bienvenue dans l’espace commentaire",
                "Lire notre charte", "Merci Mr Hamouchi", "© Copyright");
        for (Source source : seeds.dataset().sources()) {
            Article article = seeds.articles().get(source.id());
            for (String marker : boilerplate) {
                assertThat(article.body()).as("body of %s", source.id()).doesNotContain(marker);
            }
        }
    }

    @Test
    void everySourceIsCitedAndEveryEventHasACitation() {
        for (Source source : seeds.dataset().sources()) {
            assertThat(seeds.dataset().events()).as("events citing %s", source.id())
                    .anySatisfy(e -> assertThat(e.citations()).extracting(Citation::sourceId).contains(source.id()));
        }
        assertThat(seeds.dataset().events()).allSatisfy(e -> assertThat(e.citations()).isNotEmpty());
    }

    @Test
    void theDatasetSpansMidFebruary2022ToApril2024() {
        List<Event> events = seeds.dataset().events().stream().sorted(TimelineWriter.EVENT_ORDER).toList();
        assertThat(events.get(0).date().toString()).isEqualTo("2022-02");
        assertThat(events.get(0).displayDate()).isEqualTo("mi-février 2022");
        assertThat(events.get(events.size() - 1).date().toString()).startsWith("[2024-04-21..");
    }

    @Test
    void exportingTheSeedStoreGivesBackTheSeedFileByteForByte(@TempDir Path dir) throws Exception {
        try (Store store = Stores.open(dir.resolve("seed.db"))) {
            store.importTimeline(seeds, false);
            byte[] exported = TimelineWriter.toBytes(store.load().dataset());

            assertThat(new String(exported, StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(SEEDS.resolve("timeline.json")));
        }
    }

    @Test
    void theFirstRunCreatesTheStoreFromTheBundledSeeds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("sourceline.db");
        try (Store store = Seeds.openOrCreate(file)) {
            assertThat(store.eventCount()).isEqualTo(seeds.dataset().events().size());
        }
        assertThat(Files.list(file.getParent()).map(p -> p.getFileName().toString()))
                .allMatch(name -> name.startsWith("sourceline.db"));
    }
}
