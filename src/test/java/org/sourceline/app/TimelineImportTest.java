package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.io.DataFormat;
import org.sourceline.io.InvalidInputException;
import org.sourceline.io.TimelineReader;
import org.sourceline.io.TimelineWriter;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.store.Store;
import org.sourceline.store.ImportReport;
import org.sourceline.store.StoreException;

class TimelineImportTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;

    private TimelineImport.Outcome importInto(Path db, Path file, boolean replace) throws Exception {
        try (Store store = Stores.open(db)) {
            return TimelineImport.importFile(file, null, store, replace, TODAY);
        }
    }

    private static LoadedTimeline load(Path db) throws Exception {
        try (Store store = Stores.open(db)) {
            return store.load();
        }
    }

    /** Rows of the store that {@link Store#load()} does not show: quote offsets and the search index. */
    private static List<String> derivedRows(Path db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT e.id, c.position, c.source_id, c.start_offset, c.end_offset"
                    + " FROM citations c JOIN events e ON e.seq = c.event_seq ORDER BY e.id, c.position")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getInt(4) + "-"
                            + rs.getInt(5));
                }
            }
            rows.addAll(org.sourceline.store.sqlite.IndexContent.rowsByRef(c));
            // What the index finds, not only what it holds.
            for (String word : new String[] {"ministre", "directeur", "doha", "securite"}) {
                try (ResultSet rs = s.executeQuery("SELECT kind || ' ' || ref FROM search_index"
                        + " WHERE search_index MATCH '" + word + "' ORDER BY kind, ref")) {
                    StringBuilder found = new StringBuilder(word + ":");
                    while (rs.next()) {
                        found.append(' ').append(rs.getString(1));
                    }
                    rows.add(found.toString());
                }
            }
            s.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)");
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
                    + " ORDER BY name")) {
                while (rs.next()) {
                    rows.add("index " + rs.getString(1));
                }
            }
        }
        return rows;
    }

    private static String pragma(Path db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Path exported(Path db, String folder) throws Exception {
        Path file = dir.resolve(folder).resolve("timeline.json");
        Files.createDirectories(file.getParent());
        TimelineWriter.writeFile(load(db), file);
        return file;
    }

    @Test
    void aStreamedImportStoresExactlyWhatWasExportedWhetherTheStoreIsEmptyOrNot() throws Exception {
        Path generated = dir.resolve("generated.db");
        try (Store store = Stores.open(generated)) {
            SyntheticTimeline.generate(store, 2000, 5);
        }
        Path file = exported(generated, "out");

        Path empty = dir.resolve("empty.db");
        TimelineImport.Outcome outcome = importInto(empty, file, false);
        Path replaced = dir.resolve("replaced.db");
        importInto(replaced, Path.of("seeds/timeline.json"), false);
        importInto(replaced, file, true);

        assertThat(outcome.format()).isEqualTo(DataFormat.SOURCELINE);
        assertThat(outcome.report().events()).isEqualTo(new ImportReport.Tally(2000, 0, 0, 0));
        assertThat(outcome.report().sources()).isEqualTo(new ImportReport.Tally(100, 0, 0, 0));
        assertThat(outcome.report().eras()).isEqualTo(ImportReport.Tally.NONE);
        // (The file lists each event's citations in its canonical order, which need not be the generator's.)
        LoadedTimeline read = TimelineReader.read(file);
        assertThat(load(empty)).isEqualTo(read);
        assertThat(load(replaced)).isEqualTo(read);
        assertThat(derivedRows(empty)).isEqualTo(derivedRows(replaced));
        assertThat(Files.readString(exported(empty, "again"))).isEqualTo(Files.readString(file));
        assertThat(pragma(empty, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(empty, "integrity_check")).isEqualTo("ok");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".search"));
        }
        try (Store store = Stores.open(empty)) {
            assertThat(store.search(org.sourceline.model.SearchQuery.of("ministre"), 5)).hasSize(5);
        }
        for (Path db : List.of(empty, replaced)) {
            assertThat(misplacedQuotes(db)).isZero();
        }
    }

    /** Citations whose offsets do not frame their quote in the article body (all text here is one UTF-16 unit a
     * character, as SQLite counts). */
    private static int misplacedQuotes(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM citations c JOIN sources s ON s.id = c.source_id"
                     + " WHERE substr(s.body, c.start_offset + 1, c.end_offset - c.start_offset) IS NOT c.quote")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aStoreThatSearchedWhileEmptyFindsWhatIsThenImportedIntoIt() throws Exception {
        Path db = dir.resolve("s.db");
        try (Store store = Stores.open(db)) {
            assertThat(store.search(org.sourceline.model.SearchQuery.of("Doha"), 10)).isEmpty();

            TimelineImport.importFile(Path.of("seeds/timeline.json"), null, store, false, TODAY);

            assertThat(store.search(org.sourceline.model.SearchQuery.of("Doha"), 10)).isNotEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)");
        }
    }

    @Test
    void theSeedTimelineComesBackTheSameThroughTheStreamedImport() throws Exception {
        Path seeds = Path.of("seeds/timeline.json");
        Path db = dir.resolve("s.db");

        importInto(db, seeds, false);

        assertThat(load(db)).isEqualTo(TimelineReader.read(seeds));
        assertThat(exported(db, "out")).hasSameTextualContentAs(seeds);
    }

    /** Many valid events, then one whose quote is not in its article: found only once most of the file is stored. */
    private Path timelineFailingAtTheEnd(int events) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Titre\n\nLe ministre a reçu le directeur à Doha.\n",
                StandardCharsets.UTF_8);
        Path file = dir.resolve("late.json");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"format\": \"sourceline\", \"version\": 1, \"sources\": [{\"id\": \"src-late\", \"file\": \"a.txt\","
                    + " \"title\": \"Un article\", \"published\": \"2022\", \"language\": \"fr\","
                    + " \"body_lines\": [[3, 3]]}], \"actors\": [], \"places\": [], \"events\": [\n");
            for (int i = 0; i < events; i++) {
                String quote = i == events - 1 ? "reçu le président" : "reçu le directeur";
                w.write((i == 0 ? "" : ",\n") + "{\"id\": \"late-" + i + "\", \"title\": \"Événement " + i + "\","
                        + " \"summary\": \"Le ministre (" + i + ").\", \"date\": \"2021-03-0" + (1 + i % 9) + "\","
                        + " \"category\": \"meeting\", \"citations\": [{\"source\": \"src-late\", \"quote\": \""
                        + quote + "\"}]}");
            }
            w.write("\n]}\n");
        }
        return file;
    }

    @Test
    void aProblemAtTheEndOfTheFileLeavesAnEmptyStoreEmptyWithItsIndexes() throws Exception {
        Path db = dir.resolve("s.db");
        Stores.open(db).close();
        List<String> before = derivedRows(db);
        Path file = timelineFailingAtTheEnd(5000);

        assertThatThrownBy(() -> importInto(db, file, false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file + ":5001:")
                .hasMessageContaining("quote not found verbatim in source \"src-late\"");

        try (Store store = Stores.open(db)) {
            assertThat(store.isEmpty()).isTrue();
        }
        assertThat(derivedRows(db)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".search"));
        }
        assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(db, "integrity_check")).isEqualTo("ok");
    }

    @Test
    void aProblemAtTheEndOfTheFileLeavesAStoreWithContentAsItWas() throws Exception {
        Path db = dir.resolve("s.db");
        importInto(db, Path.of("seeds/timeline.json"), false);
        LoadedTimeline before = load(db);
        List<String> derived = derivedRows(db);
        Path file = timelineFailingAtTheEnd(5000);

        assertThatThrownBy(() -> importInto(db, file, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> importInto(db, file, true)).isInstanceOf(InvalidInputException.class);

        assertThat(load(db)).isEqualTo(before);
        assertThat(derivedRows(db)).isEqualTo(derived);
    }

    @Test
    void theSameFileImportedAgainFindsEverythingUnchangedAndChangesNothing() throws Exception {
        Path generated = dir.resolve("generated.db");
        try (Store store = Stores.open(generated)) {
            SyntheticTimeline.generate(store, 300, 9);
        }
        Path file = exported(generated, "out");
        Path db = dir.resolve("s.db");
        importInto(db, file, false);
        LoadedTimeline before = load(db);

        TimelineImport.Outcome again = importInto(db, file, false);

        assertThat(again.report().events()).isEqualTo(new ImportReport.Tally(0, 300, 0, 0));
        assertThat(again.report().changedNothing()).isTrue();
        assertThat(again.report().notices()).isEmpty();
        assertThat(load(db)).isEqualTo(before);
    }
}
