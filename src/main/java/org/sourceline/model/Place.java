package org.sourceline.model;

/** A place an event happens at. */
public record Place(String id, String name, String country) {
    public Place {
        Ids.id("place", id);
        Ids.text("place name", name);
        country = Ids.optional(country);
    }
}
