package org.sourceline.reliability;

import org.sourceline.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.store.SearchIndexState;
import org.sourceline.store.Store;
import org.sourceline.store.sqlite.IndexContent;
import org.testfx.util.WaitForAsyncUtils;

/** Killing the process (SIGKILL) in the middle of an import or an export loses nothing and leaves no half file. */
@Tag("process")
class InterruptedWorkTest {
    @TempDir
    Path dir;

    private Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.sourceline.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("child.log").toFile());
        return pb.start();
    }

    /** A valid timeline of many events citing one short article, big enough that importing it takes a while. */
    private Path bigTimeline(int events) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Titre\n\nLe ministre a reçu le directeur à Doha.\n",
                StandardCharsets.UTF_8);
        Path file = dir.resolve("big.json");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"format\": \"sourceline\", \"version\": 1, \"sources\": [{\"id\": \"src-big\", \"file\": \"a.txt\","
                    + " \"title\": \"Un article\", \"published\": \"2022\", \"language\": \"fr\","
                    + " \"body_lines\": [[3, 3]]}], \"actors\": [], \"places\": [], \"events\": [\n");
            for (int i = 0; i < events; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"id\": \"big-" + i + "\", \"title\": \"Événement numéro " + i
                        + "\", \"summary\": \"Le ministre a reçu le directeur, une fois de plus (" + i + ").\","
                        + " \"date\": \"" + (2000 + i % 20) + "-0" + (1 + i % 9) + "-1" + (i % 9) + "\","
                        + " \"category\": \"meeting\", \"actors\": [], \"places\": [], \"tags\": [\"essai\"],"
                        + " \"citations\": [{\"source\": \"src-big\", \"quote\": \"reçu le directeur\"}]}");
            }
            w.write("\n]}\n");
        }
        return file;
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void killingAnImportHalfWayLeavesTheStoreExactlyAsItWas() throws Exception {
        Path db = dir.resolve("store.db");
        try (Store store = Seeds.openOrCreate(db)) {
            assertThat(store.eventCount()).isEqualTo(13);
        }
        Path big = bigTimeline(150_000);
        Path wal = Path.of(db + "-wal");

        Process importing = start("import", big.toString(), "--db", db.toString());
        // The transaction is under way once its pages pile up in the write-ahead log.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(wal) && Files.size(wal) > 4_000_000
                || !importing.isAlive());
        assertThat(importing.isAlive()).as("the import must still be running when it is killed: "
                + Files.readString(dir.resolve("child.log"))).isTrue();
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(integrity(db)).isEqualTo("ok");
        try (Store store = Stores.open(db)) {
            assertThat(store.eventCount()).isEqualTo(13);
            assertThat(store.listEvents()).noneMatch(e -> e.id().startsWith("big-"));
        }
    }

    @Test
    void killingAnImportIntoAnEmptyStoreHalfWayLeavesItEmpty() throws Exception {
        Path db = dir.resolve("empty.db");
        Stores.open(db).close();
        Path big = bigTimeline(400_000);

        Process importing = start("import", big.toString(), "--db", db.toString());
        // An empty store takes its import through a rollback journal: pages pile up in the file itself.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.size(db) > 16_000_000
                || !importing.isAlive());
        assertThat(importing.isAlive()).as("the import must still be running when it is killed: "
                + Files.readString(dir.resolve("child.log"))).isTrue();
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Store store = Stores.open(db)) {
            assertThat(store.isEmpty()).isTrue();
        }
        assertThat(integrity(db)).isEqualTo("ok");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'events_by_time'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the indexes dropped for the load are back").isEqualTo(1);
        }
    }

    @Test
    void killingTheSearchIndexBuildHalfWayLeavesTheStoreWholeAndTheNextBuildMakesTheSameIndex() throws Exception {
        Path db = dir.resolve("big.db");
        Process importing = start("import", bigTimeline(120_000).toString(), "--db", db.toString());
        assertThat(importing.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(importing.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();

        // Search builds the index first, a chunk per transaction, saying how far it is.
        Process searching = start("search", "--db", db.toString(), "ministre");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.readString(dir.resolve("child.log"))
                .contains("search index: 20 %") || !searching.isAlive());
        assertThat(searching.isAlive()).as("the build must still be running when it is killed: "
                + Files.readString(dir.resolve("child.log"))).isTrue();
        searching.destroyForcibly();
        assertThat(searching.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(integrity(db)).isEqualTo("ok");
        try (Store store = Stores.open(db)) {
            assertThat(store.eventCount()).as("the timeline is all there").isEqualTo(120_000);
            SearchIndexState left = store.searchIndexState();
            assertThat(left.whole()).isFalse();
            assertThat(left.indexed()).isPositive();
            List<SearchIndexState> steps = new java.util.ArrayList<>();
            store.buildSearchIndex(steps::add, () -> false);
            assertThat(steps.get(0).indexed()).as("resumed where it stopped").isEqualTo(left.indexed());
            assertThat(store.searchIndexState().whole()).isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(IndexContent.rows(c)).isEqualTo(IndexContent.builtInOneGo(c));
        }
    }

    @Test
    void killingAnExportHalfWayLeavesNoHalfFileAndTheOldOneIntact() throws Exception {
        Path db = dir.resolve("store.db");
        Seeds.openOrCreate(db).close();
        Path out = dir.resolve("wall.png");
        Files.write(out, new byte[] {42});

        Process exporting = start("export-image", "--db", db.toString(), "--out", out.toString(), "--width", "20000",
                "--scale", "2");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> partFiles().length > 0 || !exporting.isAlive());
        assertThat(exporting.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
        exporting.destroyForcibly();
        assertThat(exporting.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readAllBytes(out)).containsExactly(42);
        // The next export of that file clears what the killed one left.
        Process again = start("export-image", "--db", db.toString(), "--out", out.toString(), "--width", "400");
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        assertThat(partFiles()).isEmpty();
        assertThat(Files.size(out)).isGreaterThan(1000);
    }

    @Test
    void killingTheProcessTheMomentAnEditIsShownDoneLosesNothing() throws Exception {
        Path db = dir.resolve("store.db");
        Seeds.openOrCreate(db).close();
        String id = "2022-05-24-salon-milipol-qatar-2022";

        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EditThenWait.class.getName(), db.toString(), id,
                "Salon Milipol, titre corrigé");
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("child.log").toFile());
        Process editing = pb.start();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.readString(dir.resolve("child.log"))
                .contains("shown: ") || !editing.isAlive());
        assertThat(editing.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
        editing.destroyForcibly();
        assertThat(editing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(dir.resolve("child.log"))).contains("shown: Fait : modifier");
        assertThat(integrity(db)).isEqualTo("ok");
        try (Store store = Stores.open(db)) {
            assertThat(store.event(id).orElseThrow().title()).isEqualTo("Salon Milipol, titre corrigé");
            assertThat(store.matchingEventIds(org.sourceline.model.SearchQuery.of("corrigé"))).containsExactly(id);
        }
    }

    private Path[] partFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toArray(Path[]::new);
        }
    }
}
