package org.sourceline.model;

import java.util.List;
import java.util.Objects;

/**
 * An article that events cite. The file holds the page as it was saved; {@code bodyLines} says which of its
 * lines are the article itself (not related links, reader comments or page furniture).
 */
public record Source(String id, String file, String title, String outlet, String author, EdtfDate published,
                     String language, String url, List<LineRange> bodyLines, String note) {
    public Source {
        Ids.id("source", id);
        Ids.text("source file", file);
        Ids.text("source title", title);
        outlet = Ids.optional(outlet);
        author = Ids.optional(author);
        Objects.requireNonNull(published, "source publication date is missing");
        Ids.text("source language", language);
        url = Ids.optional(url);
        bodyLines = Ids.list(bodyLines);
        if (bodyLines.isEmpty()) {
            throw new IllegalArgumentException("source " + id + " has no body lines");
        }
        note = Ids.optional(note);
    }
}
