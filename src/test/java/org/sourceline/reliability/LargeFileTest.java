package org.sourceline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB timeline is streamed, not loaded whole: validated in a JVM with a heap too small to hold it as a tree,
 * its one bad date at the very end is reported with its line and column, without running out of memory.
 */
@Tag("process")
class LargeFileTest {
    @TempDir
    Path dir;

    @Test
    void aTwoHundredMegabyteFileEndsInALocatedErrorNotAnOutOfMemory() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Titre\n\nLe ministre a reçu le directeur à Doha.\n");
        Path file = dir.resolve("huge.json");
        int events = 400_000;
        String padding = "x".repeat(380);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"format\": \"sourceline\", \"version\": 1, \"sources\": [{\"id\": \"src-big\", \"file\": \"a.txt\","
                    + " \"title\": \"Un article\", \"published\": \"2022\", \"language\": \"fr\","
                    + " \"body_lines\": [[3, 3]]}], \"actors\": [], \"places\": [], \"events\": [\n");
            for (int i = 0; i < events; i++) {
                String date = i == events - 1 ? "2022-02-30" : (2000 + i % 20) + "-0" + (1 + i % 9) + "-1" + (i % 9);
                w.write((i == 0 ? "" : ",\n") + "{\"id\": \"big-" + i + "\", \"title\": \"Événement " + i
                        + "\", \"summary\": \"" + padding + "\", \"date\": \"" + date + "\", \"category\": \"meeting\","
                        + " \"actors\": [], \"places\": [], \"tags\": [],"
                        + " \"citations\": [{\"source\": \"src-big\", \"quote\": \"reçu le directeur\"}]}");
            }
            w.write("\n]}\n");
        }
        assertThat(Files.size(file)).isGreaterThan(200_000_000L);

        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx640m",
                "-cp", System.getProperty("java.class.path"), "org.sourceline.Main", "validate", file.toString()));
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(output).doesNotContain("OutOfMemoryError")
                .contains(file + ":" + (events + 1) + ":")
                .contains("day 30 does not exist in February 2022");
        assertThat(process.exitValue()).isEqualTo(1);
    }
}
