package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachFormatIsToldByItsContent() throws Exception {
        assertThat(TimelineFiles.detect(Path.of("seeds/timeline.json"))).isEqualTo(DataFormat.SOURCELINE);
        assertThat(TimelineFiles.detect(Fixtures.path("timelinejs-history.json"))).isEqualTo(DataFormat.TIMELINEJS);
        assertThat(TimelineFiles.detect(Fixtures.path("vis-items.json"))).isEqualTo(DataFormat.VIS);
        assertThat(TimelineFiles.detect(Fixtures.path("vis-array.json"))).isEqualTo(DataFormat.VIS);
        assertThat(TimelineFiles.detect(Fixtures.path("csv-timelinejs.csv"))).isEqualTo(DataFormat.CSV);
        assertThat(TimelineFiles.detect(Fixtures.path("csv-simple.csv"))).isEqualTo(DataFormat.CSV);
    }

    @Test
    void theContentWinsOverAMisleadingExtension() throws Exception {
        Path csvNamedJson = dir.resolve("export.json");
        Files.copy(Fixtures.path("csv-simple.csv"), csvNamedJson);
        Path timelineJsNamedTxt = dir.resolve("timeline.txt");
        Files.copy(Fixtures.path("timelinejs-history.json"), timelineJsNamedTxt);

        assertThat(TimelineFiles.detect(csvNamedJson)).isEqualTo(DataFormat.CSV);
        assertThat(TimelineFiles.detect(timelineJsNamedTxt)).isEqualTo(DataFormat.TIMELINEJS);
    }

    @Test
    void aBrokenJsonFileGoesToTheReaderThatCanSayWhereItBreaks() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"events\": [{\"start_date\": ");

        assertThat(TimelineFiles.detect(broken)).isEqualTo(DataFormat.TIMELINEJS);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TimelineFiles.read(broken, null, Fixtures.TODAY));
        assertThat(e.problems()).singleElement().extracting(Problem::message).asString().startsWith("malformed JSON");
    }

    @Test
    void aFileOfNoKnownFormatIsRefusedWithAWayOut() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"name\": \"not a timeline\"}");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineFiles.detect(other));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(other + ":1:1: cannot tell which"
                + " format this file is in (Sourceline, TimelineJS, vis-timeline or CSV): give it with --format");
    }

    @Test
    void anExportOfAnotherFormatIsOneFileWrittenWhole() throws Exception {
        Path out = dir.resolve("timeline.csv");

        TimelineFiles.write(InteropSamples.seedsWithEras(), out, DataFormat.CSV);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("timeline.csv");
        }
    }
}
