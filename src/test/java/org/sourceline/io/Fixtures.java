package org.sourceline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The interoperability fixtures under src/test/resources/interop, and the day imports are pretended to run. */
final class Fixtures {
    static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    static final Path DIR = Path.of("src/test/resources/interop");

    private Fixtures() {
    }

    static Path path(String name) {
        return DIR.resolve(name);
    }

    static InputStream open(String name) throws IOException {
        return Files.newInputStream(path(name));
    }
}
