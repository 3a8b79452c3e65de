package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} then {@code bench --json}: one JSON object with every measure, whatever their values. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SourcelineCommand.run(args, path -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void benchPrintsExactlyOneJsonObjectWithEveryMeasureOfTheStore() throws Exception {
        Path db = dir.resolve("bench.db");
        assertThat(run("generate", "--events", "300", "--db", db.toString(), "--seed", "3")).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("bench", "--db", db.toString(), "--json")).as(err.toString()).isZero();

        String printed = out.toString().strip();
        assertThat(printed.lines()).hasSize(1);
        JsonNode result = new ObjectMapper().readTree(printed);
        assertThat(result.isObject()).isTrue();
        assertThat(result.get("events").asInt()).isEqualTo(300);
        for (String measure : List.of("floor_ms", "open_ms", "pan_ms_median", "pan_ms_p95", "zoom_ms_median",
                "zoom_ms_p95", "heap_mb", "import_s", "search_ready_s", "search_floor_s", "store_mb", "export_png_ms",
                "search_ms_median")) {
            assertThat(result.get(measure)).as(measure).isNotNull();
            assertThat(result.get(measure).isNumber()).as(measure).isTrue();
            // Rounded to a tenth: importing 300 events could round to nothing on a fast machine.
            assertThat(result.get(measure).asDouble()).as(measure).isNotNegative();
        }
        for (String frame : List.of("floor_ms", "pan_ms_median", "zoom_ms_median", "open_ms")) {
            assertThat(result.get(frame).asDouble()).as(frame).isPositive();
        }
        // The search index is whole after the rows are in and the timeline is shown.
        assertThat(result.get("search_ready_s").asDouble()).isGreaterThanOrEqualTo(result.get("import_s").asDouble());
        assertThat(result.get("store_mb").asDouble()).isPositive();
        // A median never exceeds its p95.
        assertThat(result.get("pan_ms_median").asDouble()).isLessThanOrEqualTo(result.get("pan_ms_p95").asDouble());
        for (String level : List.of("whole", "month", "day")) {
            JsonNode measures = result.get("per_zoom_level").get(level);
            assertThat(measures).as(level).isNotNull();
            for (String measure : List.of("pan_ms_median", "pan_ms_p95", "zoom_ms_median", "zoom_ms_p95")) {
                assertThat(measures.get(measure).asDouble()).as(level + " " + measure).isPositive();
            }
            // Rounded to a tenth of a millisecond, a small store's layout may round to nothing.
            assertThat(measures.get("layout_ms_median").isNumber()).as(level).isTrue();
            assertThat(measures.get("layout_ms_median").asDouble()).as(level).isNotNegative();
            // The layout is part of every frame: its median cannot pass the slower of the two p95s.
            assertThat(measures.get("layout_ms_median").asDouble()).as(level).isLessThanOrEqualTo(
                    Math.max(measures.get("pan_ms_p95").asDouble(), measures.get("zoom_ms_p95").asDouble()));
        }
    }
}
