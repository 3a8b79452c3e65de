package org.sourceline.cli;

import org.sourceline.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.ImageExportSource;
import org.sourceline.app.Seeds;
import org.sourceline.layout.Glyph;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.TimeScale;
import org.sourceline.model.EdtfDate;
import org.sourceline.render.ExportComposer;
import org.sourceline.render.ExportContent;
import org.sourceline.render.ExportOptions;
import org.sourceline.render.FxCanvas2D;
import org.sourceline.render.FxRuntime;
import org.sourceline.store.EventRow;
import org.sourceline.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportImageTest {
    @TempDir
    static Path dir;
    static Path db;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void seedStore() throws Exception {
        db = dir.resolve("seeds.db");
        Seeds.openOrCreate(db).close();
    }

    private int run(String... args) {
        return SourcelineCommand.run(args, p -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void thePngHasTheRequestedSizeAndAnEventsMarkerSitsAtTheXOfItsDate() throws Exception {
        Path png = dir.resolve("whole.png");

        assertThat(run("export-image", "--db", db.toString(), "--out", png.toString(), "--width", "1200",
                "--scale", "2", "--title", "Essai")).as(err.toString()).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);
        // Where the meeting of 25 May 2022 must be: the same composition, computed independently of the file.
        String id = "2022-05-25-reception-premier-ministre";
        double[] at;
        try (Store store = Stores.open(db)) {
            double[] extent = ImageExportSource.extent(store);
            TimeScale scale = ImageExportSource.scaleFor(extent[0], extent[1], 1200);
            ExportContent content = ImageExportSource.read(store, extent[0], extent[1], LaneMode.CATEGORY,
                    new ExportOptions("Essai", true, true, false), Locale.FRENCH);
            ExportComposer.Composition c = FxRuntime.call(() -> ExportComposer.compose(content, scale,
                    new ExportOptions("Essai", true, true, false), Locale.FRENCH,
                    new FxCanvas2D(new Canvas(1, 1).getGraphicsContext2D(), Font.getDefault().getFamily())));
            assertThat(image.getHeight()).isEqualTo((int) Math.ceil(c.height() * 2));
            int index = content.items().stream().map(i -> i.id()).toList().indexOf(id);
            Glyph glyph = c.timeline().glyphOf(index).orElseThrow();
            double expectedX = scale.xFor(EdtfDate.parse("2022-05-25").earliestEpochSecond() + 43_200);
            assertThat(glyph.centerX()).isCloseTo(expectedX, org.assertj.core.data.Offset.offset(0.5));
            at = new double[] {expectedX, c.timelineTop() + glyph.y()};
        }
        // The colour the bundled dataset gives its meetings.
        int meeting = Seeds.load().dataset().categories().stream().filter(k -> k.id().equals("meeting"))
                .findFirst().orElseThrow().argb();
        int hits = 0;
        for (int dx = -2; dx <= 2; dx++) {
            int rgb = image.getRGB((int) Math.round(at[0] * 2) + dx, (int) Math.round(at[1] * 2));
            if (close(rgb, meeting)) {
                hits++;
            }
        }
        assertThat(hits).as("pixels of the meeting's colour around its date").isGreaterThanOrEqualTo(3);
    }

    private static boolean close(int rgb, int argb) {
        return Math.abs(((rgb >> 16) & 255) - ((argb >> 16) & 255)) < 40
                && Math.abs(((rgb >> 8) & 255) - ((argb >> 8) & 255)) < 40
                && Math.abs((rgb & 255) - (argb & 255)) < 40;
    }

    @Test
    void theSvgIsValidXmlWithEveryEventOfTheRangeAsAGroupAndNoOther() throws Exception {
        Path svg = dir.resolve("may.svg");

        assertThat(run("export-image", "--db", db.toString(), "--out", svg.toString(), "--from", "2022-05-24",
                "--to", "2022-05-26", "--width", "1600", "--sources")).as(err.toString()).isZero();

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList groups = doc.getElementsByTagName("g");
        Set<String> ids = new HashSet<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("event".equals(g.getAttribute("class"))) {
                ids.add(g.getAttribute("data-event"));
                texts.add(g.getElementsByTagName("title").item(0).getTextContent());
            }
        }
        long from = EdtfDate.parse("2022-05-24").earliestEpochSecond();
        long to = EdtfDate.parse("2022-05-26").latestEpochSecond();
        Set<String> expected = new HashSet<>();
        try (Store store = Stores.open(db)) {
            for (EventRow row : store.listEvents()) {
                if (row.startSecond() < to && row.endSecond() > from) {
                    expected.add(row.id());
                }
            }
        }
        assertThat(ids).isEqualTo(expected).contains("2022-05-24-salon-milipol-qatar-2022")
                .doesNotContain("2024-04-21-tournee-moyen-orient", "2022-02-debut-coordination-securite-mondial");
        assertThat(texts).anyMatch(t -> t.contains("Salon « Milipol Qatar 2022 »"));
        assertThat(doc.getElementsByTagName("text").getLength()).isGreaterThan(expected.size());
    }

    @Test
    void aRangeToEitherEndOfTheSupportedYearsIsDrawnAndCaptionedWithItsYears() throws Exception {
        Path svg = dir.resolve("all-time.svg");

        assertThat(run("export-image", "--db", db.toString(), "--out", svg.toString(), "--from", "Y-99999999",
                "--to", "Y99999999")).as(() -> err.toString()).isZero();

        assertThat(Files.readString(svg)).contains(">Chronologie du 100000000 av. J.-C. au 99999999<");
    }

    @Test
    void runsWithNoDisplayAtAll() throws Exception {
        Path png = dir.resolve("headless.png");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.sourceline.Main", "export-image",
                "--db", db.toString(), "--out", png.toString(), "--width", "800");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(800);
    }

    @Test
    void aFailedExportLeavesNoFileAndAnExistingFileIntact() throws Exception {
        Path existing = dir.resolve("keep.png");
        Files.write(existing, new byte[] {1, 2, 3});

        assertThat(run("export-image", "--db", db.toString(), "--out", existing.toString(), "--from", "2023",
                "--to", "2022")).isEqualTo(1);
        assertThat(err.toString()).contains("the range is empty: --from 2023 comes after --to 2022");
        assertThat(Files.readAllBytes(existing)).containsExactly(1, 2, 3);

        Path nowhere = dir.resolve("missing-folder").resolve("x.png");
        assertThat(run("export-image", "--db", db.toString(), "--out", nowhere.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
        assertThat(nowhere.getParent()).doesNotExist();

        assertThat(run("export-image", "--db", db.toString(), "--out", dir.resolve("x.gif").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains(".png or .svg");
        assertThat(run("export-image", "--db", db.toString(), "--out", dir.resolve("x.png").toString(),
                "--width", "9999999")).isEqualTo(2);
        assertThat(run("export-image", "--db", db.toString(), "--out", dir.resolve("x.png").toString(),
                "--scale", "7")).isEqualTo(2);
        assertThat(run("export-image", "--db", db.toString(), "--out", dir.resolve("x.png").toString(),
                "--from", "1990", "--to", "1991")).isEqualTo(1);
        assertThat(err.toString()).contains("no event in that range");

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part") || name.equals("x.png") || name.equals("x.gif"));
        }
    }

    @Test
    void anImageWiderThanOneSnapshotIsAssembledFromTilesWithoutSeams() throws Exception {
        Path png = dir.resolve("wall.png");

        assertThat(run("export-image", "--db", db.toString(), "--out", png.toString(), "--width", "9000"))
                .as(err.toString()).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(9000);
        // No title: the axis band starts at the top; its colour runs unbroken across the tile edges at 4096 and 8192.
        int axis = org.sourceline.render.PaintStyle.DEFAULT.axisBackground() & 0xFFFFFF;
        int y = 4 + (int) Math.ceil(13 + 16 + 10);   // below the caption line, inside the major-label row
        for (int x : new int[] {10, 4094, 4095, 4096, 4097, 8191, 8192, 8990}) {
            int rgb = image.getRGB(x, y) & 0xFFFFFF;
            if (rgb != axis) {
                // A grid line may cross the band exactly here; the pixel beside it must be the band.
                rgb = image.getRGB(x + 2, y) & 0xFFFFFF;
            }
            assertThat(Integer.toHexString(rgb)).as("x=%d", x).isEqualTo(Integer.toHexString(axis));
        }
    }
}
