package org.sourceline.model;

/** What a chronology says of itself: its title and description, each optional. */
public record TimelineInfo(String title, String description) {
    public static final TimelineInfo NONE = new TimelineInfo(null, null);

    public TimelineInfo {
        title = Ids.optional(title);
        description = Ids.optional(description);
    }
}
