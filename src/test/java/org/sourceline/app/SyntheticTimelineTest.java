package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.EventRow;
import org.sourceline.store.Store;

class SyntheticTimelineTest {
    @TempDir
    Path dir;

    private List<EventRow> generate(String name, int events, long seed) throws Exception {
        try (Store store = Stores.open(dir.resolve(name))) {
            SyntheticTimeline.generate(store, events, seed);
            return store.listEvents();
        }
    }

    @Test
    void theSameSeedGivesTheSameStoreAndAnotherSeedAnother() throws Exception {
        List<EventRow> a = generate("a.db", 3000, 7);
        List<EventRow> b = generate("b.db", 3000, 7);
        List<EventRow> c = generate("c.db", 3000, 8);

        assertThat(a).hasSize(3000).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void aCreatedStoreTakesItsNameOnlyWhenCompleteAndTheSameSeedGivesTheSameContent() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        SyntheticTimeline.create(a, 1500, 4);
        SyntheticTimeline.create(b, 1500, 4);

        try (Store first = Stores.open(a); Store second = Stores.open(b)) {
            assertThat(first.eventCount()).isEqualTo(1500);
            assertThat(first.load()).isEqualTo(second.load());
        }
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".part"));
        }
    }

    @Test
    void itHasSixCategoriesMixedPrecisionsBurstsSourcesAndVerbatimCitations() throws Exception {
        Path file = dir.resolve("mix.db");
        List<EventRow> rows = generate("mix.db", 5000, 3);

        assertThat(rows.stream().map(EventRow::category).distinct()).hasSize(6);
        assertThat(rows).anyMatch(r -> r.date().toString().length() == 10)
                .anyMatch(r -> r.date().toString().length() == 7)
                .anyMatch(r -> r.date().isInterval());
        long busiestDay = rows.stream().filter(r -> r.date().toString().length() == 10)
                .collect(java.util.stream.Collectors.groupingBy(r -> r.date().toString(),
                        java.util.stream.Collectors.counting()))
                .values().stream().max(Long::compare).orElse(0L);
        assertThat(busiestDay).as("a burst of events on one day").isGreaterThanOrEqualTo(60);
        try (Store store = Stores.open(file)) {
            for (EventRow row : rows.subList(0, 200)) {
                List<CitedPassage> passages = store.passagesOf(row.id());
                assertThat(passages).hasSizeBetween(1, 3);
                for (CitedPassage p : passages) {
                    String body = store.sourceText(p.source().id()).orElseThrow().body();
                    assertThat(body.substring(p.start(), p.end())).isEqualTo(p.citation().quote());
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM sources),"
                     + " (SELECT count(*) FROM pragma_index_list('events') WHERE name = 'events_by_time')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(250);
            assertThat(rs.getInt(2)).as("the time index is rebuilt after the load").isEqualTo(1);
        }
    }
}
