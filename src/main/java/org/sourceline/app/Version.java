package org.sourceline.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, as Maven stamped it. */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/org/sourceline/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
