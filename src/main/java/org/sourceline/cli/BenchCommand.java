package org.sourceline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.sourceline.app.ImageExportSource;
import org.sourceline.app.ImageFiles;
import org.sourceline.app.TimelineData;
import org.sourceline.app.TimelineImport;
import org.sourceline.io.DataFormat;
import org.sourceline.io.TimelineWriter;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.LaneSpec;
import org.sourceline.layout.Lanes;
import org.sourceline.layout.LayoutStyle;
import org.sourceline.layout.Navigation;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineLayout;
import org.sourceline.layout.ZoomLimits;
import org.sourceline.model.Change;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.SearchQuery;
import org.sourceline.render.ExportOptions;
import org.sourceline.render.FxCanvas2D;
import org.sourceline.render.FxRuntime;
import org.sourceline.render.ImageExport;
import org.sourceline.render.PaintStyle;
import org.sourceline.render.TimelinePainter;
import org.sourceline.app.Stores;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures, in one run and headless, what a user of a store feels: opening it, panning and zooming at three
 * zoom levels, memory, importing, exporting and searching. Frames go through the window's own layout and painter
 * onto a canvas the size of a screen, and count until their pixels are read back.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures opening, panning, zooming, memory, editing, import, export and search on a store,"
                + " headless.%nEdits are undone: the store's content is left as it was.")
final class BenchCommand implements Callable<Integer> {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final int STEPS = 50;
    private static final double DAY = 86_400;
    private static final String[] QUERIES = {"securite", "ministre", "cyber", "\"centre operations\"", "accord",
        "responsable 12", "doha", "rabat", "formation", "terror", "frontiere", "delegation", "police", "sommet",
        "experts", "convention signature", "mission", "renseignement", "strategie", "commission"};

    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store to measure.")
    Path db;

    @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
    boolean json;

    @Option(names = "--skip-import", description = "Leave out the import measure (it copies the whole store).")
    boolean skipImport;

    @Spec
    CommandSpec spec;

    private FxCanvas2D g2;
    private org.sourceline.render.TextWidths labelWidths;
    private Canvas canvas;

    @Override
    public Integer call() throws Exception {
        try (Store store = Stores.openExisting(db)) {
            store.eventCount();
            // Search is measured on a whole index: a store just generated or imported has it built first.
            SearchIndexProgress.build(store, spec.commandLine().getErr());
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sourceline: " + e.getMessage());
            return 1;
        }
        FxRuntime.startHeadless();
        FxRuntime.call(() -> {
            canvas = new Canvas(WIDTH, HEIGHT);
            g2 = new FxCanvas2D(canvas.getGraphicsContext2D(), Font.getDefault().getFamily());
            labelWidths = new org.sourceline.render.TextWidths(t -> g2.textWidth(t, PaintStyle.DEFAULT.fontSize(), false));
            return null;
        });
        Map<String, Object> result = new LinkedHashMap<>();
        floorFrames(30);   // warm-up: the floor reported is measured between the timed levels below
        List<Double> floorFrames = new ArrayList<>();

        long openStart = System.nanoTime();
        List<TimelineItem> items;
        List<LaneSpec> lanes;
        int events;
        TimelineData data;
        try (Store store = Stores.open(db)) {
            // As the window loads a store: its events' columns, the actors' names, the categories.
            data = TimelineData.load(store, Locale.FRENCH);
            events = data.size();
            items = data.items();
            lanes = Lanes.build(items, LaneMode.CATEGORY, i -> List.of(),
                    data::categoryLabel, "Tous");
        }
        TimeScale whole = Navigation.fitAll(items, WIDTH, ZoomLimits.DEFAULT);
        ZoomLimits limits = ZoomLimits.DEFAULT.including(whole.end() - whole.start());
        final List<TimelineItem> all = items;
        final List<LaneSpec> allLanes = lanes;
        FxRuntime.call(() -> {
            frame(whole, all, allLanes);
            return null;
        });
        double open = ms(openStart);

        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double heap = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);

        List<TimeScale> levels = levelsAround(whole, whole.timeFor(WIDTH / 2.0), limits);
        // The steps are walked twice and timed the second time: the first walk is the warm-up any benchmark of
        // a JIT-compiled program needs (a window's first second of use), which would otherwise fall on whichever
        // level is measured first. It walks other ground (a fifth of the extent earlier), so that the timed
        // frames find no label or item of their own remembered from it: as on a first visit.
        List<TimeScale> warmUp = levelsAround(whole, whole.timeFor(WIDTH * 0.3), limits);
        List<Double> pan = new ArrayList<>();
        List<Double> zoom = new ArrayList<>();
        Map<String, Object> perLevel = new LinkedHashMap<>();
        String[] names = {"whole", "month", "day"};
        for (int pass = 0; pass < 2; pass++) {
            boolean timed = pass == 1;
            for (int level = 0; level < levels.size(); level++) {
                List<Double> levelPan = new ArrayList<>();
                List<Double> levelZoom = new ArrayList<>();
                // Empty frames between the levels: the floor is measured across the same stretch of time as the
                // frames it is compared with, not only before them on a machine whose speed drifts.
                List<Double> empty = floorFrames(20);
                layoutMs.clear();
                walk((timed ? levels : warmUp).get(level), levelPan, levelZoom, all, allLanes, limits);
                if (timed) {
                    floorFrames.addAll(empty);
                    pan.addAll(levelPan);
                    zoom.addAll(levelZoom);
                    perLevel.put(names[level], Map.of("pan_ms_median", round(median(levelPan)),
                            "pan_ms_p95", round(percentile(levelPan, 0.95)),
                            "zoom_ms_median", round(median(levelZoom)),
                            "zoom_ms_p95", round(percentile(levelZoom, 0.95)),
                            // The part of a frame spent before drawing: where a level's cost comes from.
                            "layout_ms_median", round(median(layoutMs))));
                }
            }
        }

        Map<String, Object> edits = measureEdits(levels.get(1), data, allLanes);
        double exportMs = measureExport(whole);
        Double searchMs = measureSearch();
        // Last: importing a copy writes gigabytes at a million events, and the measures after it would find the
        // store's pages pushed out of the system's cache (search went from 52 to 80 ms after it).
        ImportTimes imported = skipImport ? null : measureImport();

        result.put("events", events);
        result.put("floor_ms", round(median(floorFrames)));
        result.put("open_ms", round(open));
        result.put("pan_ms_median", round(median(pan)));
        result.put("pan_ms_p95", round(percentile(pan, 0.95)));
        result.put("zoom_ms_median", round(median(zoom)));
        result.put("zoom_ms_p95", round(percentile(zoom, 0.95)));
        result.put("heap_mb", round(heap));
        result.put("import_s", imported == null ? null : round(imported.importSeconds()));
        result.put("search_ready_s", imported == null ? null : round(imported.searchReadySeconds()));
        result.put("search_floor_s", imported == null ? null : round(imported.floorSeconds()));
        result.put("store_mb", imported == null ? null : round(imported.storeMb()));
        result.put("edit_ms_median", edits.get("median"));
        result.put("edits", edits);
        result.put("export_png_ms", round(exportMs));
        result.put("search_ms_median", searchMs == null ? null : round(searchMs));
        result.put("per_zoom_level", perLevel);
        ObjectMapper mapper = new ObjectMapper();
        if (json) {
            spec.commandLine().getOut().println(mapper.writeValueAsString(result));
        } else {
            spec.commandLine().getOut().println(mapper.enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(result));
        }
        return 0;
    }

    /** The three zoom levels: the whole extent, then a month and a day around {@code middle}. */
    private static List<TimeScale> levelsAround(TimeScale whole, double middle, ZoomLimits limits) {
        return List.of(whole,
                TimeScale.fit(middle - 15 * DAY, middle + 15 * DAY, WIDTH, 0, limits),
                TimeScale.fit(middle - DAY / 2, middle + DAY / 2, WIDTH, 0, limits));
    }

    /** Frames that draw nothing: cleared, rasterised and read back. */
    private List<Double> floorFrames(int count) throws Exception {
        return repeat(count, () -> FxRuntime.call(() -> {
            long t = System.nanoTime();
            g2.setFill(0xFFFFFFFF);
            g2.fillRect(0, 0, WIDTH, HEIGHT);
            readBack();
            return ms(t);
        }));
    }

    /** {@value #STEPS} pan steps of a tenth of the width (out and back), then as many zoom steps in and out. */
    private void walk(TimeScale start, List<Double> pan, List<Double> zoom, List<TimelineItem> items,
                      List<LaneSpec> lanes, ZoomLimits limits) throws Exception {
        TimeScale s = start;
        for (int i = 0; i < STEPS; i++) {
            TimeScale next = s.panBy((i < STEPS / 2 ? 1 : -1) * WIDTH * 0.1);
            pan.add(FxRuntime.call(() -> timedFrame(next, items, lanes)));
            s = next;
        }
        s = start;
        for (int i = 0; i < STEPS; i++) {
            TimeScale next = s.zoomAround(WIDTH * 0.5, i % 2 == 0 ? 1.25 : 0.8, limits);
            zoom.add(FxRuntime.call(() -> timedFrame(next, items, lanes)));
            s = next;
        }
    }

    private void frame(TimeScale scale, List<TimelineItem> items, List<LaneSpec> lanes) {
        long start = System.nanoTime();
        TimelineLayout layout = TimelineLayout.compute(scale, items, lanes, LayoutStyle.DEFAULT, Locale.FRENCH,
                labelWidths);
        layoutMs.add(ms(start));
        TimelinePainter.paint(g2, layout, items, PaintStyle.DEFAULT, TimelinePainter.Highlights.NONE, WIDTH, HEIGHT, 0);
        readBack();
    }

    /** How long the layout of each frame took, since the last level began. */
    private final List<Double> layoutMs = new ArrayList<>();

    private double timedFrame(TimeScale scale, List<TimelineItem> items, List<LaneSpec> lanes) {
        long t = System.nanoTime();
        frame(scale, items, lanes);
        return ms(t);
    }

    /** The frame's pixels exist once they are read back from the canvas. */
    private void readBack() {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = canvas.snapshot(params, null);
        image.getPixelReader().getArgb(WIDTH - 1, HEIGHT - 1);
    }

    /**
     * @param importSeconds      from the start of the import to the first frame of the timeline on the new store
     * @param searchReadySeconds from the start of the import to its search index whole
     * @param floorSeconds       what SQLite alone takes to build the same index from the same texts
     * @param storeMb            the new store on disk, index built, in MB (2^20 bytes)
     */
    record ImportTimes(double importSeconds, double searchReadySeconds, double floorSeconds, double storeMb) {
    }

    /**
     * Imports the store's own export into an empty store, as a user would: the rows, then the timeline opens on them
     * (columns, lanes, the first frame), then the search index is built behind it.
     */
    private ImportTimes measureImport() throws Exception {
        Path dir = Files.createTempDirectory("sourceline-bench");
        try {
            Path json = dir.resolve("timeline.json");
            try (Store store = Stores.open(db)) {
                TimelineWriter.writeFile(store.load(), json);
            }
            Path copy = dir.resolve("import.db");
            long t = System.nanoTime();
            try (Store fresh = Stores.open(copy)) {
                TimelineImport.importFile(json, DataFormat.SOURCELINE, fresh, false, java.time.LocalDate.now());
            }
            try (Store fresh = Stores.open(copy)) {
                TimelineData data = TimelineData.load(fresh, Locale.FRENCH);
                List<TimelineItem> items = data.items();
                List<LaneSpec> lanes = Lanes.build(items, LaneMode.CATEGORY, i -> List.of(), data::categoryLabel,
                        "Tous");
                TimeScale whole = Navigation.fitAll(items, WIDTH, ZoomLimits.DEFAULT);
                FxRuntime.call(() -> {
                    frame(whole, items, lanes);
                    return null;
                });
            }
            double importSeconds = (System.nanoTime() - t) / 1e9;
            try (Store fresh = Stores.open(copy)) {
                fresh.buildSearchIndex(state -> { }, () -> false);
            }
            double readySeconds = (System.nanoTime() - t) / 1e9;
            long bytes = 0;
            for (Path part : Stores.files(copy)) {
                bytes += Files.exists(part) ? Files.size(part) : 0;
            }
            double floor = Stores.searchIndexFloorSeconds(copy, dir.resolve("floor.db"));
            return new ImportTimes(importSeconds, readySeconds, floor, bytes / 1048576.0);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Edits measured, each undone: the store is left as it was (its kept columns are built again at the end). */
    private static final int EDITS = 10;

    /**
     * From a change to the frame that shows it, as in the window: the change applied to the store, the timeline's
     * data and lanes moved by it, a frame laid out, painted and read back. Events near the middle of the view are
     * retitled and moved by a day, deleted, and each change undone; every step is timed.
     */
    private Map<String, Object> measureEdits(TimeScale view, TimelineData data, List<LaneSpec> lanes)
            throws Exception {
        List<Double> edited = new ArrayList<>();
        List<Double> deleted = new ArrayList<>();
        List<Double> undone = new ArrayList<>();
        Shown shown = new Shown(data, lanes);
        try (Store store = Stores.open(db)) {
            List<String> ids = new ArrayList<>();
            data.overlapping(view.start(), view.end()).items().stream().limit(EDITS).forEach(i -> ids.add(i.id()));
            for (String id : ids) {
                Event before = store.event(id).orElseThrow();
                EdtfDate day = EdtfDate.parse(LocalDate.ofEpochDay((long) Math.floor(view.timeFor(WIDTH / 2.0)
                        / DAY)).toString());
                Event after = new Event(id, before.title() + " (modifié)", before.titleEn(), before.summary(), day,
                        null, before.category(), before.actors(), before.places(), before.tags(),
                        before.citations(), before.note());
                Change edit = Change.edit(before, after);
                edited.add(timedChange(store, edit, view, shown));
                undone.add(timedChange(store, edit.inverse(), view, shown));
                Change delete = Change.delete(before);
                deleted.add(timedChange(store, delete, view, shown));
                undone.add(timedChange(store, delete.inverse(), view, shown));
            }
            // The edits dropped the columns the store keeps ready: built again now, as the next opening would.
            store.eventColumns();
        }
        List<Double> all = new ArrayList<>(edited);
        all.addAll(deleted);
        all.addAll(undone);
        Map<String, Object> edits = new LinkedHashMap<>();
        edits.put("median", all.isEmpty() ? null : round(median(all)));
        edits.put("p95", all.isEmpty() ? null : round(percentile(all, 0.95)));
        edits.put("edit_ms_median", edited.isEmpty() ? null : round(median(edited)));
        edits.put("delete_ms_median", deleted.isEmpty() ? null : round(median(deleted)));
        edits.put("undo_ms_median", undone.isEmpty() ? null : round(median(undone)));
        edits.put("count", all.size());
        return edits;
    }

    /** The timeline's data and lanes as the last change left them. */
    private static final class Shown {
        TimelineData data;
        List<LaneSpec> lanes;

        Shown(TimelineData data, List<LaneSpec> lanes) {
            this.data = data;
            this.lanes = lanes;
        }
    }

    private double timedChange(Store store, Change change, TimeScale view, Shown shown) throws Exception {
        long t = System.nanoTime();
        store.apply(change);
        return FxRuntime.call(() -> {
            TimelineData next = shown.data.withChange(change);
            shown.lanes = Lanes.edited(shown.lanes, next.shiftFrom(shown.data).orElseThrow(), next.items(),
                    LaneMode.CATEGORY, i -> List.of(), next::categoryLabel, "Tous").orElseThrow();
            shown.data = next;
            frame(view, next.items(), shown.lanes);
            return ms(t);
        });
    }

    private double measureExport(TimeScale whole) throws Exception {
        Path out = Files.createTempFile("sourceline-bench", ".png");
        try {
            long t = System.nanoTime();
            var content = readContent(whole);
            ImageExport.Rendered image = FxRuntime.call(() -> ImageExport.render(content,
                    ImageExportSource.scaleFor(whole.start(), whole.end(), 8000), new ExportOptions(null, false, false,
                            false), Locale.FRENCH, false, 1));
            ImageFiles.writePng(image.pixels(), out);
            return ms(t);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private org.sourceline.render.ExportContent readContent(TimeScale whole) throws Exception {
        try (Store store = Stores.open(db)) {
            double[] extent = ImageExportSource.extent(store);
            return ImageExportSource.read(store, extent[0], extent[1], LaneMode.CATEGORY,
                    new ExportOptions(null, false, false, false), Locale.FRENCH);
        }
    }

    private Double measureSearch() throws Exception {
        try (Store store = Stores.open(db)) {
            for (String q : QUERIES) {
                store.search(SearchQuery.of(q), 50);
            }
            List<Double> times = new ArrayList<>();
            for (String q : QUERIES) {
                long t = System.nanoTime();
                store.search(SearchQuery.of(q), 50);
                times.add(ms(t));
            }
            return median(times);
        }
    }

    interface Measure {
        double run() throws Exception;
    }

    private static List<Double> repeat(int n, Measure m) throws Exception {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(m.run());
        }
        return values;
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
