package org.sourceline.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index built aside for an empty store takes its rows in stages; whatever the stages, the store's index ends
 * up with every row, findable, and the scratch file is gone.
 */
class SideSearchIndexTest {
    @TempDir
    Path dir;

    @Test
    void rowsGivenOverManyStagesAreAllIndexedAndMovedIntoTheStore() throws Exception {
        Path file = dir.resolve("s.db");
        SqliteStore.open(file).close();
        int rows = 1_050;
        // Stages of 100 rows: ten full ones, and the rest at the end.
        indexAside(file, 100, Long.MAX_VALUE, 1024, rows, i -> new String[] {"event", "ev-" + i, "Titre " + i,
            i % 7 == 0 ? "Rencontre à Doha" : "Autre texte " + i});

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM search_index")).isEqualTo(rows);
            List<String> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT ref FROM search_index WHERE search_index MATCH 'doha'")) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            assertThat(found).hasSize(150).contains("ev-0", "ev-7", "ev-1043").doesNotContain("ev-1");
            assertThat(count(s, "SELECT count(*) FROM search_index WHERE search_index MATCH 'titre'")).isEqualTo(rows);
            s.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".search"));
        }
    }

    @Test
    @Timeout(60)
    void longTextsAreStagedByTheirSizeAndHoldTheWriterBackWithoutStoppingIt() throws Exception {
        Path file = dir.resolve("t.db");
        SqliteStore.open(file).close();
        String article = "Un long article sur la coopération entre services. ".repeat(200);   // about 10 KB
        int rows = 60;
        // Room for two such rows in the queue, a stage every 25 KB of text: the writer waits on the thread often.
        indexAside(file, 1_000, 25_000, 24, rows,
                i -> new String[] {"source", "src-" + i, "Article " + i, article + (i % 2 == 0 ? " Doha" : " Rabat")});

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM search_index")).isEqualTo(rows);
            assertThat(count(s, "SELECT count(*) FROM search_index WHERE search_index MATCH 'doha'")).isEqualTo(30);
            s.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)");
        }
    }

    /** Builds the index of the empty store in {@code file} aside, from {@code rows} rows, and moves it in. */
    private static void indexAside(Path file, int stagedRows, long stagedText, int queuedKb, int rows,
                                   IntFunction<String[]> row) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SideSearchIndex side = new SideSearchIndex(file, db, stagedRows, stagedText, queuedKb);
            for (int i = 0; i < rows; i++) {
                String[] r = row.apply(i);
                side.add((long) i + 1, r[0], r[1], r[2], r[3]);
            }
            db.setAutoCommit(false);
            side.moveInto(db);
            db.commit();
            side.close(db);
        }
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
