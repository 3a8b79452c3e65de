package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.LoadedTimeline;

class RoundTripTest {
    @Test
    void exportImportExportIsByteIdenticalEvenFromAnUnsortedHandWrittenFile(@TempDir Path dir) throws Exception {
        Path handWritten = new TimelineFixture()
                .withEvent(TimelineFixture.event("z-late", "2022-06", "le ministre"))
                .withEvent(TimelineFixture.goodEvent("a-early"))
                .write(dir);
        Path first = dir.resolve("out1").resolve("timeline.json");
        Path second = dir.resolve("out2").resolve("timeline.json");
        Files.createDirectories(first.getParent());
        Files.createDirectories(second.getParent());

        TimelineWriter.writeFile(TimelineReader.read(handWritten), first);
        LoadedTimeline reread = TimelineReader.read(first);
        TimelineWriter.writeFile(reread, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readString(first)).contains("\"id\": \"a-early\"")
                .satisfies(text -> assertThat(text.indexOf("a-early")).isLessThan(text.indexOf("z-late")));
        assertThat(dir.resolve("out1").resolve("a.txt")).hasSameBinaryContentAs(dir.resolve("a.txt"));
    }
}
