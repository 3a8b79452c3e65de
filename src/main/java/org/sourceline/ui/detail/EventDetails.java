package org.sourceline.ui.detail;

import java.util.List;
import java.util.Objects;
import org.sourceline.model.Event;
import org.sourceline.store.CitedPassage;

/**
 * Everything the detail pane shows of one event: the event, the passages it cites (with their sources), its
 * actors and places by name, in the event's order, and its category's name in the interface language.
 */
public record EventDetails(Event event, List<CitedPassage> passages, List<String> actorNames,
                           List<String> placeNames, String categoryLabel) {
    public EventDetails {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(categoryLabel, "categoryLabel");
        passages = List.copyOf(passages);
        actorNames = List.copyOf(actorNames);
        placeNames = List.copyOf(placeNames);
    }
}
