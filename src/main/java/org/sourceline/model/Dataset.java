package org.sourceline.model;

import java.util.List;

/** Everything a timeline file or a store holds. */
public record Dataset(String title, String description, List<Source> sources, List<Actor> actors,
                      List<Place> places, List<Event> events, List<Era> eras) {
    public Dataset {
        title = Ids.optional(title);
        description = Ids.optional(description);
        sources = Ids.list(sources);
        actors = Ids.list(actors);
        places = Ids.list(places);
        events = Ids.list(events);
        eras = Ids.list(eras);
    }
}
