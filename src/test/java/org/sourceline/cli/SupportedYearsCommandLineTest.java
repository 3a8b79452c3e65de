package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/**
 * Dates at the ends of the supported years import and are drawn, on both sides of year 0, as PNG and SVG; a date
 * beyond them is refused at import, saying the range, and so is an image range beyond them.
 */
class SupportedYearsCommandLineTest {
    private static final String RANGE = "is outside the years Sourceline supports, Y-99999999 to Y99999999"
            + " (100000000 BC to AD 99999999)";

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return SourcelineCommand.run(args, p -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String store(String... dates) throws Exception {
        StringBuilder csv = new StringBuilder("type,id,date,title,summary\n");
        for (int i = 0; i < dates.length; i++) {
            csv.append("event,e").append(i).append(',').append(dates[i]).append(",Event ").append(i).append(",x\n");
        }
        Path file = dir.resolve("dates.csv");
        Files.writeString(file, csv);
        String db = dir.resolve("s.db").toString();
        assertThat(run("init", "--db", db)).isZero();
        assertThat(run("import", file.toString(), "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("events: " + dates.length + " added");
        return db;
    }

    @Test
    void theIssuesFileIsRefusedAtItsRowWithTheRangeAndNothingIsImported() throws Exception {
        Path file = dir.resolve("far.csv");
        Files.writeString(file, "type,id,date,title,summary\nevent,e1,Y999999999,Far,x\nevent,e2,2022-01-01,Near,x");
        String db = dir.resolve("f.db").toString();
        assertThat(run("init", "--db", db)).isZero();

        assertThat(run("import", file.toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains(file + ":2: date \"Y999999999\" " + RANGE)
                .contains("nothing was imported");
        assertThat(run("export-image", "--db", db, "--out", dir.resolve("far.png").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no event").doesNotContain("EpochDay");
    }

    @ParameterizedTest(name = "{0} and {1} as {2}")
    @CsvSource({
        "Y99999999, 2022-01-01, png",
        "Y99999999, 2022-01-01, svg",
        "Y-99999999, 2022-01-01, png",
        "Y-99999999, 2022-01-01, svg",
        "Y-99999999, Y99999999, png",
        "Y-99999999, Y99999999, svg",
        "-9999-01-01, 9999-12-31T23:59:59Z, png",
        "Y-99999999, Y-99999998, svg",
        "Y99999998/Y99999999, Y99999999, png"})
    void eventsAtTheEndsOfTheSupportedYearsAreDrawn(String first, String second, String format) throws Exception {
        String db = store(first, second);
        Path image = dir.resolve("edge." + format);

        assertThat(run("export-image", "--db", db, "--out", image.toString(), "--width", "900")).as(err.toString())
                .isZero();

        assertThat(out.toString()).contains("2 events drawn");
        if (format.equals("png")) {
            BufferedImage png = ImageIO.read(image.toFile());
            assertThat(png.getWidth()).isEqualTo(900);
        } else {
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(image.toFile());
            assertThat(svg.getDocumentElement().getTextContent()).contains("Event 0", "Event 1");
        }
    }

    @Test
    void anImageOfTheWholeSupportedRangeIsDrawnAndOneBeyondItIsRefused() throws Exception {
        String db = store("Y-99999999", "Y99999999");
        Path image = dir.resolve("range.png");

        assertThat(run("export-image", "--db", db, "--out", image.toString(), "--from", "Y-99999999", "--to",
                "Y99999999")).as(err.toString()).isZero();
        assertThat(run("export-image", "--db", db, "--out", dir.resolve("beyond.png").toString(), "--to",
                "Y100000000")).isEqualTo(1);
        assertThat(err.toString()).contains("--to: date \"Y100000000\" " + RANGE).contains("nothing was written");
        assertThat(dir.resolve("beyond.png")).doesNotExist();
    }
}
