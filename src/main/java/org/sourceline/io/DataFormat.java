package org.sourceline.io;

import java.util.Locale;
import java.util.Optional;

/** The timeline formats Sourceline writes, and the ones among them it also reads. */
public enum DataFormat {
    SOURCELINE("sourceline", "Sourceline", "json", true),
    TIMELINEJS("timelinejs", "TimelineJS", "json", true),
    VIS("vis", "vis-timeline", "json", true),
    CSV("csv", "CSV", "csv", true),
    /** Every citation as a W3C Web Annotation, for annotation tools: written only. */
    ANNOTATIONS("annotations", "Web Annotations", "jsonld", false),
    /** The sources as CSL-JSON, for reference managers: written only. */
    CSL_JSON("csl-json", "CSL-JSON", "json", false);

    private final String id;
    private final String displayName;
    private final String extension;
    private final boolean readable;

    DataFormat(String id, String displayName, String extension, boolean readable) {
        this.id = id;
        this.displayName = displayName;
        this.extension = extension;
        this.readable = readable;
    }

    /** Whether a timeline can be imported from this format (the others only describe one for other tools). */
    public boolean readable() {
        return readable;
    }

    /** As written on the command line: {@code sourceline}, {@code timelinejs}, {@code vis}, {@code csv}… */
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
