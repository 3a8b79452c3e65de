package org.sourceline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.cli.SourcelineCommand;
import org.sourceline.model.PathKind;

/**
 * The holes a hostile file or a careless command opens, one test per kind: each asserts the exit code, the message,
 * that no file in the working folder changed (their hashes before and after), and that nothing outside it was read.
 * A test that would hang on a named pipe is stopped by its timeout, which only guards against the hang.
 */
class HostileFilesTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path store;
    private Path secret;

    @BeforeEach
    void aStoreAndASecretOutsideTheFolder() throws Exception {
        copySeeds(dir.resolve("seeds"));
        store = dir.resolve("store.db");
        assertThat(run("import", dir.resolve("seeds/timeline.json").toString(), "--db", store.toString())).isZero();
        secret = elsewhere.resolve("secret.txt");
        Files.writeString(secret, "the user's private notes, never to be read by an import\n");
    }

    private static void copySeeds(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return SourcelineCommand.run(args, file -> {
            throw new AssertionError("no window");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Every file under the folder: its hash, or what it is when it is not a regular file. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> seen = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                PathKind kind = PathKind.of(p, false);
                seen.put(root.relativize(p).toString(), kind == PathKind.FILE ? sha256(p) : kind.name());
            }
        }
        return seen;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(PathKind.of(path, false)).isEqualTo(PathKind.PIPE);
    }

    /** A timeline in its own folder whose first article is replaced by {@code article}'s making. */
    private Path timelineWithFirstArticle(String folder, ArticleMaker article) throws Exception {
        Path copy = dir.resolve(folder);
        copySeeds(copy);
        Path first = copy.resolve("000_07fe28e0c80e1635.txt");
        Files.delete(first);
        article.make(first);
        return copy.resolve("timeline.json");
    }

    @FunctionalInterface
    private interface ArticleMaker {
        void make(Path where) throws Exception;
    }

    private String exportedText() throws IOException {
        Path folder = elsewhere.resolve("check-" + System.nanoTime());
        Files.createDirectories(folder);
        assertThat(run("export", "--db", store.toString(), "--out", folder.resolve("t.json").toString())).isZero();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void aSymbolicLinkNeverReadsAFileOutsideTheTimelinesFolder() throws Exception {
        Path timeline = timelineWithFirstArticle("linked", where -> Files.createSymbolicLink(where, secret));
        Path article = dir.resolve("linked-article.txt");
        Files.createSymbolicLink(article, secret);
        Map<String, String> before = snapshot(dir);

        assertThat(run("validate", timeline.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("000_07fe28e0c80e1635.txt").contains("symbolic link, which is not followed");
        assertThat(run("import", timeline.toString(), "--db", store.toString(), "--replace")).isEqualTo(1);
        assertThat(err.toString()).contains("symbolic link").contains("nothing was imported");
        assertThat(run("add-source", article.toString(), "--db", store.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("symbolic link");

        assertThat(snapshot(dir)).isEqualTo(before);
        assertThat(exportedText()).doesNotContain("private notes");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNamedPipeOrADeviceIsRefusedAtOnceWhereverAFileIsExpected() throws Exception {
        Path pipedTimeline = timelineWithFirstArticle("piped", HostileFilesTest::mkfifo);
        Path pipe = dir.resolve("pipe");
        mkfifo(pipe);
        Map<String, String> before = snapshot(dir);

        // an article that is a pipe: validate and import would wait forever for a writer
        assertThat(run("validate", pipedTimeline.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("000_07fe28e0c80e1635.txt").contains("named pipe (FIFO)");
        assertThat(run("import", pipedTimeline.toString(), "--db", store.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("named pipe (FIFO)").contains("nothing was imported");
        // the timeline itself, an article to add, an article's dates
        for (String[] command : List.of(new String[] {"validate", pipe.toString()},
                new String[] {"import", pipe.toString(), "--db", store.toString()},
                new String[] {"add-source", pipe.toString(), "--db", store.toString()},
                new String[] {"dates", pipe.toString(), "--published", "2022-05-28"})) {
            assertThat(run(command)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(err.toString()).as(String.join(" ", command)).contains(pipe.toString()).contains("pipe");
        }
        // a store that is a pipe or a device, for every command that opens one
        for (String db : List.of(pipe.toString(), "/dev/null", "/dev/zero")) {
            String kind = db.equals(pipe.toString()) ? "named pipe (FIFO)" : "a device";
            for (String[] command : List.of(new String[] {"search", "maroc", "--db", db},
                    new String[] {"export", "--db", db, "--out", dir.resolve("x.json").toString()},
                    new String[] {"export-image", "--db", db, "--out", dir.resolve("x.png").toString()},
                    new String[] {"source", "src-000", "--db", db},
                    new String[] {"import", dir.resolve("seeds/timeline.json").toString(), "--db", db},
                    new String[] {"init", "--db", db})) {
                assertThat(run(command)).as(String.join(" ", command)).isEqualTo(1);
                assertThat(err.toString()).as(String.join(" ", command)).contains(db + ": this is").contains(kind)
                        .contains("not a store");
            }
        }
        // an output that is a pipe: refused, the pipe stays a pipe
        assertThat(run("export", "--db", store.toString(), "--out", pipe.toString(), "--format", "csv")).isEqualTo(1);
        assertThat(err.toString()).contains(pipe + ": this is a named pipe (FIFO), not a file");
        Path pipePng = dir.resolve("pipe.png");
        mkfifo(pipePng);
        before.put("pipe.png", "PIPE");
        assertThat(run("export-image", "--db", store.toString(), "--out", pipePng.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("named pipe (FIFO), not a file");

        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void anOutputThatIsOneOfTheInputsIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path drawnStore = dir.resolve("drawn.png");
        Files.copy(store, drawnStore);
        Path articleNamedStore = dir.resolve("articles").resolve("000_07fe28e0c80e1635.txt");
        Files.createDirectories(articleNamedStore.getParent());
        Files.copy(store, articleNamedStore);
        Path imported = dir.resolve("seeds/timeline.json");
        Path article = dir.resolve("seeds/000_07fe28e0c80e1635.txt");
        Map<String, String> before = snapshot(dir);

        for (String format : List.of("sourceline", "timelinejs", "vis", "csv", "annotations", "csl-json")) {
            assertThat(run("export", "--db", store.toString(), "--out", store.toString(), "--format", format))
                    .as(format).isEqualTo(1);
            assertThat(err.toString()).contains(store + ": this is the store being exported; writing over it would"
                    + " destroy it");
        }
        // the same file by another name, and a journal SQLite keeps beside the store
        assertThat(run("export", "--db", store.toString(), "--out", dir.resolve("seeds/../store.db").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("this is the store being exported");
        assertThat(run("export", "--db", store.toString(), "--out", store + "-wal", "--format", "csv")).isEqualTo(1);
        assertThat(err.toString()).contains("a journal file of the store being exported");
        // an image over the store it draws
        assertThat(run("export-image", "--db", drawnStore.toString(), "--out", drawnStore.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("this is the store being drawn");
        // an article written beside the export that would land on the store
        assertThat(run("export", "--db", articleNamedStore.toString(), "--out",
                articleNamedStore.resolveSibling("t.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(articleNamedStore + ": this is the store being exported");
        // an export named like one of the articles it writes beside itself
        Path namedLikeAnArticle = dir.resolve("export-here").resolve("000_07fe28e0c80e1635.txt");
        Files.createDirectories(namedLikeAnArticle.getParent());
        before.put("export-here", "FOLDER");
        assertThat(run("export", "--db", store.toString(), "--out", namedLikeAnArticle.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is also the name of an article the timeline keeps beside it");
        // a store that is the file imported, or the article added
        assertThat(run("import", imported.toString(), "--db", imported.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("this is the file being imported");
        assertThat(run("add-source", article.toString(), "--db", article.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("this is the article being added");

        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void everyCommandSaysTheSameOfAFolderOrAMissingStore() throws Exception {
        Path folder = dir.resolve("seeds");
        Path missing = dir.resolve("missing.db");
        Map<String, String> before = snapshot(dir);

        for (Path db : List.of(folder, missing)) {
            String said = db == folder ? db + ": this is a folder, not a store"
                    : db + ": no such store (check the path); nothing was created";
            List<String[]> commands = new ArrayList<>(List.of(new String[] {"search", "maroc", "--db", db.toString()},
                    new String[] {"export", "--db", db.toString(), "--out", dir.resolve("x.json").toString()},
                    new String[] {"export-image", "--db", db.toString(), "--out", dir.resolve("x.png").toString()},
                    new String[] {"source", "src-000", "--db", db.toString()},
                    new String[] {"bench", "--db", db.toString(), "--skip-import"}));
            if (db == folder) {
                commands.add(new String[] {"import", dir.resolve("seeds/timeline.json").toString(), "--db",
                        db.toString()});
            }
            for (String[] command : commands) {
                assertThat(run(command)).as(String.join(" ", command)).isEqualTo(1);
                assertThat(err.toString()).as(String.join(" ", command)).contains(said);
            }
        }
        for (String[] command : List.of(new String[] {"search", "maroc", "--db", ""},
                new String[] {"export", "--db", store.toString(), "--out", "", "--format", "csv"},
                new String[] {"import", "", "--db", store.toString()})) {
            assertThat(run(command)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(err.toString()).as(String.join(" ", command)).contains("named by an empty path");
        }
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void anOutputThatIsAFolderALinkOrInAMissingFolderIsRefusedByName() throws Exception {
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, secret);
        String secretBefore = sha256(secret);
        Map<String, String> before = snapshot(dir);

        assertThat(run("export", "--db", store.toString(), "--out", link.toString(), "--format", "csv")).isEqualTo(1);
        assertThat(err.toString()).contains(link + ": this is a symbolic link");
        assertThat(run("export", "--db", store.toString(), "--out", dir.resolve("seeds").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("this is a folder");
        Path nowhere = dir.resolve("no-such-folder").resolve("t.json");
        assertThat(run("export", "--db", store.toString(), "--out", nowhere.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist; nothing was written");

        assertThat(snapshot(dir)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(sha256(secret)).isEqualTo(secretBefore);
        assertThat(Files.exists(nowhere.getParent(), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void anArticleTooLargeToBeOneIsRefusedWithoutBeingRead() throws Exception {
        // A sparse file: 60 MB long, no room taken on the disk.
        Path timeline = timelineWithFirstArticle("huge", where -> {
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(where.toFile(), "rw")) {
                file.setLength(60_000_000L);
            }
        });
        Map<String, String> before = snapshot(dir);

        assertThat(run("validate", timeline.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("000_07fe28e0c80e1635.txt").contains("it is 60.0 MB; an article is at"
                + " most 50 MB");
        assertThat(run("dates", timeline.resolveSibling("000_07fe28e0c80e1635.txt").toString(), "--published",
                "2022-05-28")).isEqualTo(1);
        assertThat(err.toString()).contains("too large for an article");

        assertThat(snapshot(dir)).isEqualTo(before);
    }

    private static void tamper(Path db, String sql) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            assertThat(st.executeUpdate(sql)).isPositive();
        }
    }

    @Test
    void aStoreChangedByAnotherProgramIsReportedAndNeverMakesAnExportWriteElsewhere() throws Exception {
        Path escapes = dir.resolve("escapes.db");
        Files.copy(store, escapes);
        tamper(escapes, "UPDATE sources SET file = '../escaped.txt' WHERE id = 'src-000'");
        Path badDate = dir.resolve("bad-date.db");
        Files.copy(store, badDate);
        tamper(badDate, "UPDATE events SET date = 'garbage' WHERE id = '2022-06-accord-cooperation-securite'");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Map<String, String> before = snapshot(dir);

        assertThat(run("export", "--db", escapes.toString(), "--out", out.resolve("t.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the store names a file of source src-000 \"../escaped.txt\", which is"
                + " not a plain file name");
        for (String[] command : List.of(new String[] {"export", "--db", badDate.toString(), "--out",
                out.resolve("t.json").toString()}, new String[] {"search", "maroc", "--db", badDate.toString()},
                new String[] {"export-image", "--db", badDate.toString(), "--out", out.resolve("t.png").toString()})) {
            assertThat(run(command)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(err.toString()).as(String.join(" ", command)).contains("the store holds a date it cannot read"
                    + " for event 2022-06-accord-cooperation-securite: \"garbage\"");
        }

        assertThat(snapshot(dir)).isEqualTo(before);
    }
}
