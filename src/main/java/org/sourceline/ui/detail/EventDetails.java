package org.sourceline.ui.detail;

import java.util.List;
import java.util.Objects;
import org.sourceline.model.Event;
import org.sourceline.store.CitedPassage;

/**
 * Everything the detail pane shows of one event: the event, the passages it cites (with their sources), and its
 * actors and places by name, in the event's order.
 */
public record EventDetails(Event event, List<CitedPassage> passages, List<String> actorNames,
                           List<String> placeNames) {
    public EventDetails {
        Objects.requireNonNull(event, "event");
        passages = List.copyOf(passages);
        actorNames = List.copyOf(actorNames);
        placeNames = List.copyOf(placeNames);
    }
}
