package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourceline.cli.SourcelineCommand;
import org.sourceline.model.LoadedTimeline;

/**
 * Characters beyond the basic plane (an emoji, a mathematical letter), two UTF-16 code units each, are written as
 * themselves in UTF-8 by every JSON output, as every other character is: never as a pair of escapes. What is
 * imported and exported comes back byte for byte.
 */
class SupplementaryCharactersTest {
    private static final String EMOJI = "😀";
    private static final String MATH = "𝐀";
    private static final String ARTICLE = "Titre\n\nLe 25 mai 2022, le directeur " + EMOJI + " a été reçu à Doha par"
            + " le ministre " + MATH + ".\n\nIl a visité le centre.\n";
    private static final String TIMELINE = "{\n"
            + "  \"format\": \"sourceline\",\n"
            + "  \"version\": 1,\n"
            + "  \"title\": \"Essai " + EMOJI + " " + MATH + "\",\n"
            + "  \"description\": \"Une description " + MATH + ".\",\n"
            + "  \"sources\": [{\"id\": \"src-a\", \"file\": \"a.txt\", \"title\": \"Une rencontre " + EMOJI + "\","
            + " \"author\": \"" + MATH + " Auteur\", \"published\": \"2022-05-26\", \"language\": \"fr\","
            + " \"body_lines\": [[3, 5]], \"note\": \"Note " + EMOJI + "\"}],\n"
            + "  \"actors\": [{\"id\": \"directeur\", \"name\": \"Le directeur " + MATH + "\", \"aliases\": [\""
            + EMOJI + "\"]}],\n"
            + "  \"places\": [],\n"
            + "  \"events\": [{\"id\": \"e1\", \"title\": \"Rencontre " + EMOJI + " " + MATH + "\","
            + " \"summary\": \"Le directeur " + EMOJI + " est reçu " + MATH + ".\", \"date\": \"2022-05-25\","
            + " \"display_date\": \"25 mai " + EMOJI + "\", \"category\": \"meeting\", \"actors\": [\"directeur\"],"
            + " \"places\": [], \"tags\": [\"" + MATH + "\"], \"citations\": [{\"source\": \"src-a\","
            + " \"quote\": \"le directeur " + EMOJI + " a été reçu à Doha par le ministre " + MATH + "\"}],"
            + " \"note\": \"Une note " + EMOJI + MATH + "\"}]\n"
            + "}\n";

    @TempDir
    Path dir;

    private Path timeline() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path file = in.resolve("timeline.json");
        Files.writeString(file, TIMELINE, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertWrittenAsThemselves(String json) {
        assertThat(json).contains(EMOJI).contains(MATH)
                .doesNotContainIgnoringCase("\\uD83D").doesNotContainIgnoringCase("\\uDE00")
                .doesNotContainIgnoringCase("\\uD835").doesNotContainIgnoringCase("\\uDC00");
    }

    private int run(String... args) {
        return SourcelineCommand.run(args, p -> { }, new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true));
    }

    @Test
    void importExportImportExportThroughTheStoreIsByteIdentical() throws Exception {
        Path file = timeline();
        Files.createDirectories(dir.resolve("out1"));
        Files.createDirectories(dir.resolve("out2"));
        String first = dir.resolve("out1/t.json").toString();
        String second = dir.resolve("out2/t.json").toString();

        assertThat(run("init", "--db", dir.resolve("a.db").toString())).isZero();
        assertThat(run("import", file.toString(), "--db", dir.resolve("a.db").toString())).isZero();
        assertThat(run("export", "--db", dir.resolve("a.db").toString(), "--out", first)).isZero();
        assertThat(run("init", "--db", dir.resolve("b.db").toString())).isZero();
        assertThat(run("import", first, "--db", dir.resolve("b.db").toString())).isZero();
        assertThat(run("export", "--db", dir.resolve("b.db").toString(), "--out", second)).isZero();

        String exported = Files.readString(Path.of(first), StandardCharsets.UTF_8);
        assertWrittenAsThemselves(exported);
        assertThat(exported).contains("\"title\": \"Essai 😀 𝐀\"", "\"summary\": \"Le directeur 😀 est reçu 𝐀.\"",
                "\"quote\": \"le directeur 😀 a été reçu à Doha par le ministre 𝐀\"", "\"note\": \"Une note 😀𝐀\"");
        assertThat(Files.readAllBytes(Path.of(second))).isEqualTo(Files.readAllBytes(Path.of(first)));
        assertThat(Files.readAllBytes(dir.resolve("out2/a.txt"))).isEqualTo(Files.readAllBytes(dir.resolve("out1/a.txt")));
    }

    @Test
    void ourFormatReadAndWrittenIsTheSameBytes() throws Exception {
        LoadedTimeline read = TimelineReader.read(timeline());

        byte[] written = TimelineWriter.toBytes(read);
        Path again = dir.resolve("again");
        Files.createDirectories(again);
        Files.write(again.resolve("t.json"), written);
        Files.writeString(again.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);

        assertWrittenAsThemselves(new String(written, StandardCharsets.UTF_8));
        assertThat(TimelineWriter.toBytes(TimelineReader.read(again.resolve("t.json")))).isEqualTo(written);
    }

    @ParameterizedTest
    @EnumSource(names = {"TIMELINEJS", "VIS"})
    void otherJsonFormatsWriteThemAsThemselvesAndReadThemBack(DataFormat format) throws Exception {
        LoadedTimeline read = TimelineReader.read(timeline());
        Path out = dir.resolve("out." + format.extension());
        TimelineFiles.write(read, out, format);
        byte[] first = Files.readAllBytes(out);

        LoadedTimeline back = TimelineFiles.read(out, format, Fixtures.TODAY).timeline();
        Path again = dir.resolve("again." + format.extension());
        TimelineFiles.write(back, again, format);

        assertWrittenAsThemselves(new String(first, StandardCharsets.UTF_8));
        assertThat(back.dataset().events().get(0).title()).isEqualTo("Rencontre 😀 𝐀");
        assertThat(Files.readAllBytes(again)).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(names = {"ANNOTATIONS", "CSL_JSON"})
    void formatsWrittenOnlyWriteThemAsThemselves(DataFormat format) throws Exception {
        LoadedTimeline read = TimelineReader.read(timeline());
        Path out = dir.resolve("out." + format.extension());

        TimelineFiles.write(read, out, format);

        assertWrittenAsThemselves(Files.readString(out, StandardCharsets.UTF_8));
    }
}
