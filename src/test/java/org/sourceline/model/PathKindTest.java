package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathKindTest {
    @TempDir
    Path dir;

    @Test
    void tellsFilesFoldersLinksDevicesAndNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "a");
        Path link = Files.createSymbolicLink(dir.resolve("link"), file);

        assertThat(PathKind.of(file, false)).isEqualTo(PathKind.FILE);
        assertThat(PathKind.of(dir, false)).isEqualTo(PathKind.FOLDER);
        assertThat(PathKind.of(link, false)).isEqualTo(PathKind.LINK);
        assertThat(PathKind.of(link, true)).isEqualTo(PathKind.FILE);
        assertThat(PathKind.of(dir.resolve("missing"), false)).isEqualTo(PathKind.MISSING);
        assertThat(PathKind.of(Path.of("/dev/null"), true)).isEqualTo(PathKind.DEVICE);
        assertThat(PathKind.of(Path.of("/dev/zero"), true).special()).isTrue();
        assertThat(PathKind.DEVICE.noun()).isEqualTo("a device");
        assertThat(PathKind.FILE.special()).isFalse();
        assertThat(PathKind.MISSING.special()).isFalse();
    }
}
