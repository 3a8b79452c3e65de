package org.sourceline.model;

import java.util.List;

/** A place an event happens at, with the other spellings the sources use for it. */
public record Place(String id, String name, List<String> aliases, String country) {
    public Place {
        Ids.id("place", id);
        Ids.text("place name", name);
        aliases = Ids.list(aliases);
        country = Ids.optional(country);
    }

    /** A place known by its name alone. */
    public Place(String id, String name, String country) {
        this(id, name, List.of(), country);
    }
}
