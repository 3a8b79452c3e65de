package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("new, but only a part".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedFileKeepsItsPermissions() throws Exception {
        Path fresh = dir.resolve("fresh.txt");
        AtomicFiles.write(fresh, "x".getBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path kept = dir.resolve("kept.txt");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(kept, "new".getBytes());
        assertThat(kept).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
    }

    @Test
    void writingManyFilesClearsTheLeftoversOfEachAndOnlyThose() throws Exception {
        Files.writeString(dir.resolve(".a.txt.123.part"), "killed half way");
        Files.writeString(dir.resolve(".b.txt.456.part"), "killed half way");
        Files.writeString(dir.resolve(".other.txt.789.part"), "another file's write, under way");
        java.util.Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(dir.resolve("a.txt"), "A".getBytes());
        files.put(dir.resolve("b.txt"), "B".getBytes());

        AtomicFiles.writeAll(files);

        assertThat(dir.resolve("a.txt")).hasContent("A");
        assertThat(dir.resolve("b.txt")).hasContent("B");
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("a.txt", "b.txt", ".other.txt.789.part");
        }
    }
}
