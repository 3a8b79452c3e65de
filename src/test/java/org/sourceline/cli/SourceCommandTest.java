package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.model.Source;

class SourceCommandTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private String db;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return SourcelineCommand.run(args, p -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @BeforeEach
    void aStoreOfTheSeeds() {
        db = dir.resolve("s.db").toString();
        assertThat(run("import", "seeds/timeline.json", "--db", db)).isZero();
    }

    @Test
    void aSourceIsPrintedWithItsBodyAsTheReaderShowsIt() throws Exception {
        for (Source s : Seeds.load().dataset().sources()) {
            assertThat(run("source", s.id(), "--db", db, "--json")).isZero();
            JsonNode node = new ObjectMapper().readTree(out.toString());
            assertThat(node.get("id").asText()).isEqualTo(s.id());
            assertThat(node.get("title").asText()).isEqualTo(s.title());
            assertThat(node.get("outlet").asText(null)).isEqualTo(s.outlet());
            assertThat(node.get("author").asText(null)).isEqualTo(s.author());
            assertThat(node.get("published").asText()).isEqualTo(s.published().toString());
            assertThat(node.get("url").asText(null)).isEqualTo(s.url());
            assertThat(node.get("language").asText()).isEqualTo(s.language());
            assertThat(node.get("body").asText()).isEqualTo(Seeds.load().articles().get(s.id()).body());

            assertThat(run("source", s.id(), "--db", db)).isZero();
            assertThat(out.toString()).startsWith("id: " + s.id() + "\ntitle: " + s.title() + "\n")
                    .endsWith("\n\n" + Seeds.load().articles().get(s.id()).body() + "\n");
        }
    }

    @Test
    void anUnknownSourceOrStoreIsSaidAndExitsOne() {
        assertThat(run("source", "src-nope", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("no source \"src-nope\"");
        assertThat(run("source", "src-nope", "--db", dir.resolve("missing.db").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.db: no such store");
    }
}
