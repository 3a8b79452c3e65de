package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Stores;
import org.sourceline.articles.TestPdfs;
import org.sourceline.model.Original;
import org.sourceline.store.Store;

/** add-source, then source: an article file becomes a source whose body is what the reader shows. */
class AddSourceCommandTest {
    private static final Path PAGES = Path.of("src/test/resources/org/sourceline/articles");

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return SourcelineCommand.run(args, p -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String lastLine() {
        List<String> lines = out.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void aSavedNewsPageIsAddedWithItsArticleOnlyItsMetadataAndTheFileItself() throws Exception {
        String db = dir.resolve("s.db").toString();
        Path page = PAGES.resolve("le360-renfort.html");
        assertThat(run("add-source", page.toString(), "--db", db)).as(err.toString()).isZero();
        String id = lastLine();

        assertThat(run("source", id, "--db", db, "--json")).isZero();
        JsonNode s = new ObjectMapper().readTree(out.toString());
        assertThat(s.get("title").asText())
                .isEqualTo("Sécurité de la Coupe du monde 2022 au Qatar: Abdellatif Hammouchi apporte son renfort");
        assertThat(s.get("outlet").asText()).isEqualTo("Le360");
        assertThat(s.get("author").asText()).isEqualTo("Hajar Kharroubi");
        assertThat(s.get("published").asText()).startsWith("2022-05-27T");
        assertThat(s.get("language").asText()).isEqualTo("fr");
        assertThat(s.get("url").asText()).startsWith("https://fr.le360.ma/");
        List<String> expected = Files.readAllLines(PAGES.resolve("le360-renfort.expected.txt"));
        assertThat(s.get("body").asText()).isEqualTo(String.join("\n\n", expected));
        assertThat(s.get("body").asText()).doesNotContain("Merci Mr Hamouchi");

        try (Store store = Stores.open(dir.resolve("s.db"))) {
            Original kept = store.sourceDocument(id).orElseThrow().original();
            assertThat(kept.bytes()).isEqualTo(Files.readAllBytes(page));
            assertThat(kept.fileName()).isEqualTo(id + ".original.html");
        }

        assertThat(run("add-source", page.toString(), "--db", db)).isZero();
        assertThat(lastLine()).as("the same page twice is two sources").isNotEqualTo(id);
    }

    @Test
    void aTextFileIsKeptWholeWithTheBodyLinesGivenAndWhatTheFileDoesNotSayGivenHere() throws Exception {
        Path text = dir.resolve("depeche.txt");
        Files.writeString(text, "AGENCE — dépêche\n\nLe ministre a reçu son homologue à Doha.\n\nFin de la dépêche.\n",
                StandardCharsets.UTF_8);
        String db = dir.resolve("s.db").toString();

        assertThat(run("add-source", text.toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("no headline: give one with --title")
                .contains("no publication date: give one with --published").contains("nothing was added");
        assertThat(run("add-source", text.toString(), "--db", db, "--title", "Une dépêche", "--published",
                "2022-13-01")).isEqualTo(1);
        assertThat(err.toString()).contains("--published:");

        assertThat(run("add-source", text.toString(), "--db", db, "--title", "Une dépêche", "--published",
                "2022-05-26", "--language", "fr", "--body-lines", "3-3", "--outlet", "AFP")).isZero();
        String id = lastLine();
        assertThat(run("source", id, "--db", db, "--json")).isZero();
        JsonNode s = new ObjectMapper().readTree(out.toString());
        assertThat(s.get("body").asText()).isEqualTo("Le ministre a reçu son homologue à Doha.");
        assertThat(s.get("outlet").asText()).isEqualTo("AFP");
        assertThat(s.get("original").get("media_type").asText()).startsWith("text/plain");
    }

    @Test
    void twoSourcesWhoseNamesRunIntoEachOtherStillExportSideBySide() throws Exception {
        String db = dir.resolve("s.db").toString();
        Path first = dir.resolve("2022.txt");
        Files.writeString(first, "Le rapport annuel est paru ce matin à Rabat.\n");
        Path second = dir.resolve("autre.txt");
        Files.writeString(second, "Le rapport de 2022 a été complété par une annexe.\n");
        assertThat(run("add-source", first.toString(), "--db", db, "--title", "Rapport", "--published", "2022",
                "--language", "fr")).isZero();
        assertThat(run("add-source", second.toString(), "--db", db, "--title", "Rapport 2022", "--published",
                "2023", "--language", "fr")).isZero();
        Path out = Files.createDirectories(dir.resolve("export")).resolve("t.json");
        assertThat(run("export", "--db", db, "--out", out.toString())).as(err.toString()).isZero();
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("t.json",
                    "rapport.txt", "rapport.original.txt", "rapport-2022.txt", "rapport-2022.original.txt");
        }
        assertThat(Files.readAllBytes(out.resolveSibling("rapport.original.txt"))).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aPdfIsReadPageByPageAndItsPagesAreKept() throws Exception {
        Path pdf = dir.resolve("rapport.pdf");
        Files.write(pdf, TestPdfs.pdf(document -> {
            TestPdfs.page(document, List.of("Le rapport de la commission est paru."));
            TestPdfs.page(document, List.of("Il recommande une coopération renforcée."));
        }));
        String db = dir.resolve("s.db").toString();
        assertThat(run("add-source", pdf.toString(), "--db", db, "--title", "Rapport", "--published", "2023",
                "--language", "fr")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 pages");
        try (Store store = Stores.open(dir.resolve("s.db"))) {
            var doc = store.sourceDocument(lastLine()).orElseThrow();
            assertThat(doc.article().body()).isEqualTo(
                    "Le rapport de la commission est paru.\n\nIl recommande une coopération renforcée.");
            assertThat(doc.original().pageLines()).containsExactly(1, 3);
            assertThat(doc.original().pageOfLine(3)).isEqualTo(2);
        }
    }

    @Test
    void badFilesAreRefusedClearlyAndNothingIsAdded() throws Exception {
        String db = dir.resolve("s.db").toString();
        Path empty = Files.createFile(dir.resolve("vide.txt"));
        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Path noArticle = dir.resolve("menu.html");
        Files.writeString(noArticle, "<html><head><title>Accueil</title></head><body><nav><a href=/>Accueil</a>"
                + "<a href=/a>Sport</a></nav><footer>© 2024</footer></body></html>");

        assertThat(run("add-source", empty.toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("vide.txt: the file is empty").contains("nothing was added");
        assertThat(run("add-source", binary.toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("image.png: this is a PNG image, not an article");
        assertThat(run("add-source", noArticle.toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("menu.html: no article text was found in the page");
        assertThat(run("add-source", dir.resolve("absent.html").toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("absent.html: there is no such file");

        if (Files.exists(dir.resolve("s.db"))) {
            try (Store store = Stores.open(dir.resolve("s.db"))) {
                assertThat(store.sourcesById()).isEmpty();
            }
        }
    }

    @Test
    void bodyLinesThatAreNotRangesAreRefusedWithTheirText() throws Exception {
        Path text = dir.resolve("depeche.txt");
        Files.writeString(text, "Titre\n\nLe ministre a reçu son homologue à Doha.\n", StandardCharsets.UTF_8);
        String db = dir.resolve("s.db").toString();

        for (String lines : List.of("-", "3-", "-3", "1-2-3", "3-3,", ",", "", "a-b")) {
            assertThat(run("add-source", text.toString(), "--db", db, "--title", "Une dépêche", "--published",
                    "2022-05-26", "--language", "fr", "--body-lines", lines)).as(lines).isEqualTo(1);
            assertThat(err.toString()).as(lines).contains("--body-lines: \"").contains("\" is not a line range such"
                    + " as 3-40").contains("nothing was added");
        }
        assertThat(dir.resolve("s.db")).doesNotExist();
    }
}
