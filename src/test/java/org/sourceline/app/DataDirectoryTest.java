package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    @Test
    void followsXdgDataHome() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/me"), "/home/me"))
                .isEqualTo(Path.of("/data/me/sourceline"));
    }

    @Test
    void fallsBackToLocalShareWhenUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/me/.local/share/sourceline");
        assertThat(DataDirectory.resolve(Map.of(), "/home/me")).isEqualTo(expected);
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", ""), "/home/me")).isEqualTo(expected);
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "rel/dir"), "/home/me")).isEqualTo(expected);
    }
}
