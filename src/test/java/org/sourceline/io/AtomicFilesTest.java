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
        java.util.Map<Path, AtomicFiles.Content> files = new java.util.LinkedHashMap<>();
        files.put(dir.resolve("a.txt"), out -> out.write('A'));
        files.put(dir.resolve("b.txt"), out -> out.write('B'));

        AtomicFiles.writeAll(files);

        assertThat(dir.resolve("a.txt")).hasContent("A");
        assertThat(dir.resolve("b.txt")).hasContent("B");
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("a.txt", "b.txt", ".other.txt.789.part");
        }
    }

    @Test
    void manyFilesAreWrittenAllOrNoneWhenTheLastCannotBeWrittenWhole() throws Exception {
        Path kept = dir.resolve("timeline.json");
        Files.writeString(kept, "the previous export");
        java.util.Map<Path, AtomicFiles.Content> files = new java.util.LinkedHashMap<>();
        files.put(dir.resolve("a.txt"), out -> out.write('A'));
        files.put(dir.resolve("b.txt"), out -> out.write('B'));
        files.put(kept, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> AtomicFiles.writeAll(files)).hasMessage("No space left on device");

        assertThat(kept).hasContent("the previous export");
        try (var names = Files.list(dir)) {
            assertThat(names).containsExactly(kept);
        }
    }

    @Test
    void newFilesAlreadyInPlaceAreRemovedWhenTheFileTheyGoWithCannotBePlaced() throws Exception {
        // The timeline's name is taken by a folder that is not empty: every file is written, the articles are
        // placed, and the timeline then cannot be: the articles placed for it go too.
        Path blocked = dir.resolve("timeline.json");
        Files.createDirectories(blocked.resolve("inside"));
        java.util.Map<Path, AtomicFiles.Content> files = new java.util.LinkedHashMap<>();
        files.put(dir.resolve("a.txt"), out -> out.write('A'));
        files.put(blocked, out -> out.write('{'));

        assertThatThrownBy(() -> AtomicFiles.writeAll(files)).isInstanceOf(IOException.class);

        try (var names = Files.list(dir)) {
            assertThat(names).containsExactly(blocked);
        }
        assertThat(blocked.resolve("inside")).isDirectory();
    }
}
