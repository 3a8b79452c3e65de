package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;

class SearchCommandTest {
    @TempDir
    Path dir;

    private Path db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seedStore() throws Exception {
        db = dir.resolve("s.db");
        Seeds.openOrCreate(db).close();
    }

    private int run(String... args) {
        return SourcelineCommand.run(args, p -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsOneLinePerMatchingEventWithItsDateTitleAndWhereItMatched() {
        assertThat(run("search", "khelaifi", "--db", db.toString())).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).containsExactly("2024-04-visite-doha\t[2024-04-21..2024-04-24]\t"
                + "Visite de travail d’Abdellatif Hammouchi à Doha\t"
                + "actor: Abdullah Ben Mohammed Al-Khulaifi (Abdullah Bin Muhammad El Khelaifi)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void wordsOfTheQueryMayComeAsSeparateArguments() {
        assertThat(run("search", "coupe", "du", "monde", "--db", db.toString())).isZero();
        assertThat(out.toString().lines()).anyMatch(l -> l.startsWith("2022-05-visite-stade-finale\t"));
    }

    @Test
    void printsJsonThatParsesWithTheSameFields() throws Exception {
        assertThat(run("search", "securite", "--db", db.toString(), "--json")).isZero();

        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isGreaterThan(3);
        List<String> ids = new ArrayList<>();
        for (JsonNode node : array) {
            assertThat(node.fieldNames()).toIterable().containsExactly("id", "date", "title", "matched", "matchedIn");
            assertThat(node.get("matched").asText()).isIn("title", "summary", "actor", "place", "quote", "article");
            ids.add(node.get("id").asText());
        }
        assertThat(ids).doesNotHaveDuplicates().contains("2022-06-accord-cooperation-securite");
        JsonNode accord = array.get(ids.indexOf("2022-06-accord-cooperation-securite"));
        assertThat(accord.get("date").asText()).isEqualTo("[..2022-06]");
        assertThat(accord.get("title").asText()).isEqualTo("Accord de coopération sécuritaire Maroc-Qatar pour la Coupe du monde 2022");
    }

    @Test
    void aSearchThatFindsNothingSucceedsWithNoOutput() throws Exception {
        assertThat(run("search", "zzzxq", "--db", db.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(run("search", "\"", "--db", db.toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).size()).isZero();
    }

    @Test
    void aMissingStoreExitsOneAndWrongUsageTwo() {
        assertThat(run("search", "qatar", "--db", dir.resolve("none.db").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("none.db: no such store");
        assertThat(dir.resolve("none.db")).doesNotExist();

        assertThat(run("search", "--db", db.toString())).isEqualTo(2);
        assertThat(run("search", "qatar")).isEqualTo(2);
        assertThat(run("search", "qatar", "--db", db.toString(), "--limit", "0")).isEqualTo(2);
    }
}
