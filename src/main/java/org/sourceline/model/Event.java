package org.sourceline.model;

import java.util.List;
import java.util.Objects;

/** A dated fact and the passages that report it. */
public record Event(String id, String title, String titleEn, String summary, EdtfDate date, String displayDate,
                    String category, List<String> actors, List<String> places, List<String> tags,
                    List<Citation> citations, String note) {
    public Event {
        Ids.id("event", id);
        Ids.text("event title", title);
        titleEn = Ids.optional(titleEn);
        Ids.text("event summary", summary);
        Objects.requireNonNull(date, "event date is missing");
        displayDate = Ids.optional(displayDate);
        Ids.id("category", category);
        actors = Ids.list(actors);
        places = Ids.list(places);
        tags = Ids.list(tags);
        citations = Ids.list(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no citation");
        }
        note = Ids.optional(note);
    }
}
