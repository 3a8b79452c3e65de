package org.sourceline.cli;

import org.sourceline.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.store.Store;

class CommandLineTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> windowsOpened = new ArrayList<>();

    private int run(String... args) {
        return SourcelineCommand.run(args, windowsOpened::add, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void validateAcceptsTheSeedDataset() {
        assertThat(run("validate", "seeds/timeline.json")).isZero();
        assertThat(out.toString()).contains("valid").contains("events");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void validateReportsEveryProblemLocatedAndExitsOne() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"sourceline\", \"version\": 7, \"sources\": [], \"events\": []}");

        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(file + ":1:37: this build reads version 1 of the format, found 7");
    }

    @Test
    void importThenExportGivesTheSameFile() throws Exception {
        Path db = dir.resolve("s.db");
        Path out1 = dir.resolve("export").resolve("timeline.json");
        Files.createDirectories(out1.getParent());

        assertThat(run("import", "seeds/timeline.json", "--db", db.toString())).isZero();
        assertThat(run("export", "--db", db.toString(), "--out", out1.toString())).isZero();

        assertThat(out1).hasSameTextualContentAs(Path.of("seeds/timeline.json"));
    }

    @Test
    void theSameFileImportedAgainChangesNothingAndSaysSo() throws Exception {
        Path db = dir.resolve("s.db");
        assertThat(run("import", "seeds/timeline.json", "--db", db.toString())).isZero();
        byte[] before = Files.readAllBytes(db);
        out.getBuffer().setLength(0);

        assertThat(run("import", "seeds/timeline.json", "--db", db.toString())).isZero();

        assertThat(out.toString()).contains("events: 0 added, 13 unchanged").contains("sources: 0 added, 5 unchanged")
                .contains("nothing changed in the store");
        try (Store store = Stores.open(db)) {
            assertThat(store.eventCount()).isEqualTo(13);
        }
    }

    @Test
    void replaceAndUpdateTogetherAreWrongUsage() {
        assertThat(run("import", "seeds/timeline.json", "--db", dir.resolve("s.db").toString(), "--replace",
                "--update")).isEqualTo(2);
        assertThat(err.toString()).contains("--replace and --update cannot go together");
        assertThat(dir.resolve("s.db")).doesNotExist();
    }

    @Test
    void initCreatesAnEmptyStoreAndRefusesAFileThatExists() throws Exception {
        Path db = dir.resolve("empty.db");

        assertThat(run("init", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains(db + ": created an empty store");
        try (Store store = Stores.open(db)) {
            assertThat(store.isEmpty()).isTrue();
        }
        assertThat(run("import", "seeds/timeline.json", "--db", db.toString())).isZero();
        byte[] filled = Files.readAllBytes(db);

        assertThat(run("init", "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(db + ": already exists; nothing was changed");
        assertThat(Files.readAllBytes(db)).isEqualTo(filled);

        assertThat(run("init", "--db", dir.resolve("no-such-folder").resolve("s.db").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist; nothing was created");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate").contains("import").contains("export");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("Sourceline 0.1.0");
    }

    @Test
    void noCommandOpensTheWindowOnTheGivenStore() {
        assertThat(run("--db", "x.db")).isZero();
        assertThat(windowsOpened).containsExactly(Path.of("x.db"));
    }

    @Test
    void aStoreThatCannotBeCreatedIsSaidInWordsNotInTheDriversCodes() {
        String tooLong = dir.resolve("x".repeat(300) + ".db").toString();

        assertThat(run("init", "--db", tooLong)).isEqualTo(1);

        assertThat(err.toString()).contains(tooLong + ": cannot open the store: the file cannot be opened or created"
                + " there").doesNotContain("SQLITE");
    }

    @Test
    void aPathTheSystemCannotUseIsWrongUsageSaidInWords() {
        assertThat(run("validate", "time\u0000line.json")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for positional parameter at index 0 (FILE):"
                + " 'time\\0line.json' is not a path this system can use (nul character not allowed)")
                .doesNotContain("Exception").doesNotContain("java.");

        assertThat(run("export", "--db", "s\u0000.db", "--out", "x.json")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--db': 's\\0.db' is not a path");
    }

    @Test
    void anArgumentStartingWithAnAtSignIsTakenAsTypedNotAsTheContentOfAFile() throws Exception {
        Path words = dir.resolve("doha");
        Files.writeString(words, "seeds/timeline.json");

        assertThat(run("validate", "@" + words)).isEqualTo(1);

        assertThat(err.toString()).contains("@" + words + ": no such file");
        assertThat(out.toString()).doesNotContain("valid");
    }

    @Test
    void anUnexpectedErrorWithoutAMessageIsStillSaidInWords() throws Exception {
        picocli.CommandLine cli = SourcelineCommand.commandLine(windowsOpened::add, new PrintWriter(out, true),
                new PrintWriter(err, true));

        int code = cli.getExecutionExceptionHandler().handleExecutionException(new NullPointerException(), cli, null);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("sourceline: an unexpected error (NullPointerException), with nothing"
                + " more to say; please report it with the command that gave it" + System.lineSeparator());
    }
}
