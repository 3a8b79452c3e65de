package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatesCommandTest {
    private static final String ARTICLE = "Milipol Qatar 2022 s’est tenu du 24 au 26 mai.\n"
            + "Le patron du pôle DGSN-DGST a été reçu hier, mercredi 25 mai 2022, à Doha. Score : 3-0.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SourcelineCommand.run(args, p -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path article(String text) throws Exception {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsOneLinePerPhraseWithOffsetsWordsDateAndMeaning() throws Exception {
        Path file = article(ARTICLE);
        assertThat(run("dates", file.toString(), "--published", "2022-05-26")).isZero();
        int range = ARTICLE.indexOf("du 24");
        int hier = ARTICLE.indexOf("hier");
        int mercredi = ARTICLE.indexOf("mercredi");
        assertThat(out.toString().lines()).containsExactly(
                range + "-" + (range + 15) + "\tdu 24 au 26 mai\t2022-05-24/2022-05-26\t24–26 mai 2022, jour précis"
                        + " ; année prise de la date de publication",
                hier + "-" + (hier + 4) + "\thier\t2022-05-25\t25 mai 2022, jour précis ; compté à partir de la"
                        + " date de publication",
                mercredi + "-" + (mercredi + 20) + "\tmercredi 25 mai 2022\t2022-05-25\t25 mai 2022, jour précis");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsJsonWhoseOffsetsPointIntoTheFile() throws Exception {
        Path file = article(ARTICLE);
        assertThat(run("dates", file.toString(), "--published", "2022-05-26", "--json")).isZero();
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array).hasSize(3);
        String text = Files.readString(file);
        for (JsonNode node : array) {
            assertThat(text.substring(node.get("start").asInt(), node.get("end").asInt()))
                    .isEqualTo(node.get("text").asText());
        }
        assertThat(array.get(1).get("edtf").asText()).isEqualTo("2022-05-25");
        assertThat(array.get(1).get("kind").asText()).isEqualTo("relative");
        assertThat(array.get(1).get("sentence").asText())
                .isEqualTo("Le patron du pôle DGSN-DGST a été reçu hier, mercredi 25 mai 2022, à Doha.");
        assertThat(array.get(0).get("sentence").asText()).isEqualTo("Milipol Qatar 2022 s’est tenu du 24 au 26 mai.");
    }

    @Test
    void theLanguageIsGuessedOrGiven() throws Exception {
        Path file = article("The report is dated 05/06/2022 and was published by the ministry.");
        assertThat(run("dates", file.toString(), "--published", "2022-06-10", "--json")).isZero();
        JsonNode guessed = new ObjectMapper().readTree(out.toString());
        assertThat(guessed.get(0).get("problems").get(0).asText()).isEqualTo("day-month-order-assumed");
        out.getBuffer().setLength(0);
        assertThat(run("dates", file.toString(), "--published", "2022-06-10", "--language", "fr", "--json"))
                .isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("problems")).isEmpty();
    }

    @Test
    void aMissingFileOrInvalidUtf8ExitsOneWithoutAStackTrace() throws Exception {
        assertThat(run("dates", dir.resolve("none.txt").toString(), "--published", "2022-05-26")).isEqualTo(1);
        assertThat(err.toString()).contains("none.txt: no such file").doesNotContain("Exception");

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Le 25 août 2022".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("dates", latin1.toString(), "--published", "2022-05-26")).isEqualTo(1);
        assertThat(err.toString()).contains("latin1.txt: not UTF-8 text").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadPublicationDateOrLanguageIsWrongUsage() throws Exception {
        Path file = article(ARTICLE);
        assertThat(run("dates", file.toString(), "--published", "28/05/2022")).isEqualTo(2);
        assertThat(err.toString()).contains("--published: \"28/05/2022\" is not an EDTF date")
                .doesNotContain("Exception");
        assertThat(run("dates", file.toString())).isEqualTo(2);
        assertThat(run("dates", file.toString(), "--published", "2022-05-26", "--language", "de")).isEqualTo(2);
        assertThat(err.toString()).contains("--language must be fr or en");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aPublicationDateBeyondFourDigitYearsFindsTheDatesTheTextGivesWholly() throws Exception {
        Path file = article(ARTICLE);

        assertThat(run("dates", file.toString(), "--published", "Y-170000000")).as(() -> err.toString()).isZero();

        assertThat(out.toString()).contains("\tmercredi 25 mai 2022\t2022-05-25\t").doesNotContain("\thier\t");
        assertThat(err.toString()).isEmpty();
    }
}
