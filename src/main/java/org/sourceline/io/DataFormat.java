package org.sourceline.io;

import java.util.Locale;
import java.util.Optional;

/** The timeline formats Sourceline reads and writes. */
public enum DataFormat {
    SOURCELINE("sourceline", "Sourceline", "json"),
    TIMELINEJS("timelinejs", "TimelineJS", "json"),
    VIS("vis", "vis-timeline", "json"),
    CSV("csv", "CSV", "csv");

    private final String id;
    private final String displayName;
    private final String extension;

    DataFormat(String id, String displayName, String extension) {
        this.id = id;
        this.displayName = displayName;
        this.extension = extension;
    }

    /** As written on the command line: {@code sourceline}, {@code timelinejs}, {@code vis}, {@code csv}. */
    public String id() {
        return id;
    }

    /** As shown to people: "TimelineJS", "vis-timeline". */
    public String displayName() {
        return displayName;
    }

    /** The usual file extension, without its dot. */
    public String extension() {
        return extension;
    }

    public static Optional<DataFormat> byId(String id) {
        for (DataFormat format : values()) {
            if (format.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
