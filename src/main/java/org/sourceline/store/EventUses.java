package org.sourceline.store;

import java.util.List;
import org.sourceline.model.Event;

/**
 * The events that use a thing of the store (cite a source, name an actor, happen at a place, are in a category):
 * how many there are, and the first of them in time order, enough to show without reading them all.
 */
public record EventUses(int count, List<Event> first) {
    /** What the events use. */
    public enum Of { SOURCE, ACTOR, PLACE, CATEGORY }

    public static final EventUses NONE = new EventUses(0, List.of());

    public EventUses {
        first = List.copyOf(first);
    }
}
