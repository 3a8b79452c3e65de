package org.sourceline.model;

import java.util.List;

/** A person or an institution, with the other spellings the sources use for it. */
public record Actor(String id, String name, List<String> aliases, String description) {
    public Actor {
        Ids.id("actor", id);
        Ids.text("actor name", name);
        aliases = Ids.list(aliases);
        description = Ids.optional(description);
    }
}
