package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the search index built after the rows: {@code import} returns once the events are stored and
 * says that the index follows, {@code --wait-for-index} builds it before returning, and {@code search} builds what is
 * missing first, saying so on stderr.
 */
class SearchIndexCommandLineTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SourcelineCommand.run(args, p -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importReturnsWithTheRowsAndSearchOrWaitForIndexBuildsTheIndexWithTheSameAnswers() throws Exception {
        Path generated = dir.resolve("g.db");
        assertThat(run("generate", "--events", "10000", "--db", generated.toString(), "--seed", "1").code()).isZero();
        Path file = java.nio.file.Files.createDirectories(dir.resolve("out")).resolve("timeline.json");
        assertThat(run("export", "--db", generated.toString(), "--out", file.toString()).code()).isZero();

        Path later = dir.resolve("later.db");
        Run imported = run("import", file.toString(), "--db", later.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.err()).contains("the search index will be built on the store's next use")
                .contains("--wait-for-index");

        Run first = run("search", "--db", later.toString(), "securite", "ministre");
        assertThat(first.code()).isZero();
        assertThat(first.err()).contains("building the search index of " + later + " (0 % done)")
                .containsPattern("search index: [1-9][0-9]? %").endsWith("sourceline: search index: complete" + System.lineSeparator());
        assertThat(first.out().lines()).hasSizeGreaterThan(1);
        Run again = run("search", "--db", later.toString(), "securite", "ministre");
        assertThat(again.err()).as("nothing left to build").isEmpty();
        assertThat(again.out()).isEqualTo(first.out());

        Path now = dir.resolve("now.db");
        Run waited = run("import", "--wait-for-index", file.toString(), "--db", now.toString());
        assertThat(waited.code()).isZero();
        assertThat(waited.err()).contains("search index: complete").doesNotContain("next use");
        Run searched = run("search", "--db", now.toString(), "securite", "ministre");
        assertThat(searched.err()).isEmpty();
        assertThat(searched.out()).isEqualTo(first.out());

        assertThat(run("search", "--db", generated.toString(), "securite", "ministre").out()).isEqualTo(first.out());
    }
}
