package org.sourceline.app;

import java.nio.file.Path;
import java.util.Map;

/** Where Sourceline keeps its store: {@code $XDG_DATA_HOME/sourceline/}, else {@code ~/.local/share/sourceline/}. */
public final class DataDirectory {
    public static final String STORE_FILE = "sourceline.db";

    private DataDirectory() {
    }

    public static Path resolve(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("sourceline");
    }

    public static Path current() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    public static Path defaultStore() {
        return current().resolve(STORE_FILE);
    }
}
