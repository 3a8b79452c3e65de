package org.sourceline.cli;

import org.sourceline.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.io.TimelineJsRules;
import org.sourceline.io.TimelineWriter;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.store.Store;

class InteropCommandLineTest {
    private static final Path FIXTURES = Path.of("src/test/resources/interop");

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return SourcelineCommand.run(args, p -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String db(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void theFormatIsToldFromTheFileAndSaid() {
        assertThat(run("import", FIXTURES.resolve("timelinejs-history.json").toString(), "--db", db("a.db")))
                .isZero();
        assertThat(out.toString()).contains("timelinejs-history.json (TimelineJS) into")
                .contains("events: 4 added, 0 unchanged").contains("sources: 3 added").contains("eras: 1 added");

        assertThat(run("import", FIXTURES.resolve("vis-items.json").toString(), "--db", db("b.db"))).isZero();
        assertThat(out.toString()).contains("(vis-timeline) into").contains("events: 6 added");

        assertThat(run("import", FIXTURES.resolve("csv-timelinejs.csv").toString(), "--db", db("c.db"))).isZero();
        assertThat(out.toString()).contains("(CSV) into").contains("events: 4 added");

        assertThat(run("import", "seeds/timeline.json", "--db", db("d.db"))).isZero();
        assertThat(out.toString()).contains("(Sourceline) into").contains("events: 13 added, 0 unchanged")
                .contains("sources: 5 added");
    }

    @Test
    void aGivenFormatIsUsedEvenWhenTheFileSaysOtherwise() {
        assertThat(run("import", FIXTURES.resolve("vis-array.json").toString(), "--db", db("a.db"),
                "--format", "vis")).isZero();
        assertThat(out.toString()).contains("(vis-timeline) into").contains("events: 2 added");

        assertThat(run("import", FIXTURES.resolve("vis-array.json").toString(), "--db", db("b.db"),
                "--format", "csv")).isEqualTo(1);
        assertThat(err.toString()).contains("vis-array.json:1: the header is neither TimelineJS's")
                .contains("1 problem; nothing was imported");
    }

    @Test
    void anUnknownFormatIsWrongUsage() {
        assertThat(run("import", "seeds/timeline.json", "--db", db("a.db"), "--format", "excel")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'excel' (expected one of sourceline, timelinejs, vis, csv)");
        assertThat(run("export", "--db", db("a.db"), "--out", db("x.json"), "--format", "auto")).isEqualTo(2);
    }

    @Test
    void aBadFileReportsEveryProblemAndChangesNothingInTheStore() throws Exception {
        Path store = dir.resolve("s.db");
        assertThat(run("import", "seeds/timeline.json", "--db", store.toString())).isZero();
        byte[] before = content(store);

        Path broken = FIXTURES.resolve("timelinejs-broken.json");
        assertThat(run("import", broken.toString(), "--db", store.toString())).isEqualTo(1);

        assertThat(err.toString().lines()).startsWith(
                broken + ":4:21: \"start_date\": month 13 is not between 1 and 12",
                broken + ":8:21: \"start_date\" is missing required \"year\"",
                broken + ":11:5: event is missing required \"start_date\"",
                broken + ":16:19: end_date 2022-05-10 is before start_date 2022-05-20",
                broken + ":20:21: \"start_date\": day 29 does not exist in February 2023",
                broken + ":21:15: \"text\" must be an object, found a string",
                "sourceline: " + broken + ": 6 problems; nothing was imported");
        assertThat(content(store)).isEqualTo(before);

        Path csv = FIXTURES.resolve("csv-malformed.csv");
        assertThat(run("import", csv.toString(), "--db", store.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(csv + ":3: date \"2022-13\" is not a valid EDTF date");
        assertThat(content(store)).isEqualTo(before);
    }

    @Test
    void aFileImportedTwiceChangesNothingTheSecondTimeAndSaysSo() throws Exception {
        Path store = dir.resolve("s.db");
        Path history = FIXTURES.resolve("timelinejs-history.json");
        assertThat(run("import", history.toString(), "--db", store.toString())).isZero();
        byte[] before = content(store);
        out.getBuffer().setLength(0);

        assertThat(run("import", history.toString(), "--db", store.toString())).isZero();

        assertThat(out.toString()).contains("events: 0 added, 4 unchanged").contains("nothing changed in the store");
        assertThat(err.toString()).isEmpty();
        assertThat(content(store)).isEqualTo(before);
    }

    private static byte[] content(Path store) throws Exception {
        try (Store s = Stores.open(store)) {
            return TimelineWriter.toBytes(s.load().dataset());
        }
    }

    @Test
    void everyFormatIsExportedAndSaid() throws Exception {
        String store = db("s.db");
        assertThat(run("import", "seeds/timeline.json", "--db", store)).isZero();

        Path timelineJs = dir.resolve("timeline.json");
        assertThat(run("export", "--db", store, "--out", timelineJs.toString(), "--format", "timelinejs")).isZero();
        assertThat(out.toString()).contains("exported 13 events (TimelineJS)");
        assertThat(TimelineJsRules.check(Files.readAllBytes(timelineJs))).isEmpty();

        Path vis = dir.resolve("items.json");
        assertThat(run("export", "--db", store, "--out", vis.toString(), "--format", "vis")).isZero();
        assertThat(out.toString()).contains("exported 13 events (vis-timeline)");

        Path csv = dir.resolve("timeline.csv");
        assertThat(run("export", "--db", store, "--out", csv.toString(), "--format", "csv")).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFtype,id,date,");

        Path annotations = dir.resolve("citations.jsonld");
        assertThat(run("export", "--db", store, "--out", annotations.toString(), "--format", "annotations"))
                .isZero();
        assertThat(out.toString()).contains("exported 13 events (Web Annotations)");
        assertThat(Files.readString(annotations)).contains("\"TextQuoteSelector\"", "\"TextPositionSelector\"");

        Path csl = dir.resolve("sources.json");
        assertThat(run("export", "--db", store, "--out", csl.toString(), "--format", "csl-json")).isZero();
        assertThat(Files.readString(csl)).contains("\"type\": \"article-newspaper\"");

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))).isEmpty();
        }
    }

    @Test
    void aFormatWrittenOnlyIsNotImported() {
        assertThat(run("import", "seeds/timeline.json", "--db", db("a.db"), "--format", "annotations"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("'annotations' is a format written only");
    }

    @Test
    void aTimelineJsExportImportedIntoAFreshStoreGivesBackItsEvents() throws Exception {
        String store = db("s.db");
        assertThat(run("import", "seeds/timeline.json", "--db", store)).isZero();
        Path timelineJs = dir.resolve("timeline.json");
        assertThat(run("export", "--db", store, "--out", timelineJs.toString(), "--format", "timelinejs")).isZero();

        String fresh = db("fresh.db");
        assertThat(run("import", timelineJs.toString(), "--db", fresh)).isZero();
        assertThat(out.toString()).contains("(TimelineJS) into").contains("events: 13 added")
                .contains("sources: 5 added");

        LoadedTimeline seeds;
        LoadedTimeline back;
        try (Store a = Stores.open(Path.of(store)); Store b = Stores.open(Path.of(fresh))) {
            seeds = a.load();
            back = b.load();
        }
        assertThat(back.dataset().events()).extracting(Event::id, Event::title, e -> e.date().toString(),
                Event::displayDate, Event::category).containsExactlyElementsOf(seeds.dataset().events().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.id(), e.title(), e.date().toString(),
                                e.displayDate(), e.category())).toList());
    }

    @Test
    void importedErasAreDrawnInAnExportedImage() throws Exception {
        String store = db("s.db");
        assertThat(run("import", FIXTURES.resolve("timelinejs-history.json").toString(), "--db", store)).isZero();
        Path svg = dir.resolve("history.svg");

        assertThat(run("export-image", "--db", store, "--out", svg.toString(), "--width", "1200"))
                .as(() -> err.toString()).isZero();

        assertThat(Files.readString(svg)).contains(">The Republic</text>");
    }

    @Test
    void formulasInACsvFileAreExportedAsTextAndEveryTextComesBackExactly() throws Exception {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "type,id,date,title,summary\n"
                + "event,e1,2022-01-01,\"=HYPERLINK(\"\"x\"\")\",+sum\n"
                + "event,e2,-0043-03-15,'''@three,\"'-one\"\n", StandardCharsets.UTF_8);
        assertThat(run("import", input.toString(), "--db", db("a.db"))).as(() -> err.toString()).isZero();
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");

        assertThat(run("export", "--db", db("a.db"), "--out", first.toString(), "--format", "csv")).isZero();
        assertThat(run("import", first.toString(), "--db", db("b.db"))).as(() -> err.toString()).isZero();
        assertThat(run("export", "--db", db("b.db"), "--out", second.toString(), "--format", "csv")).isZero();

        String written = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(written).contains("event,e1,2022-01-01,,\"'=HYPERLINK(\"\"x\"\")\",'+sum,")
                .contains("event,e2,'-0043-03-15,,'''@three,'-one,")
                .doesNotContain(",=", ",+", ",-", ",@", "\"=");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (Store a = Stores.open(dir.resolve("a.db")); Store b = Stores.open(dir.resolve("b.db"))) {
            assertThat(b.load().dataset().events()).isEqualTo(a.load().dataset().events());
            assertThat(b.event("e1").orElseThrow()).extracting(Event::title, Event::summary)
                    .containsExactly("=HYPERLINK(\"x\")", "+sum");
            assertThat(b.event("e2").orElseThrow()).extracting(Event::title, Event::summary, e -> e.date().toString())
                    .containsExactly("''@three", "-one", "-0043-03-15");
        }
    }
}
