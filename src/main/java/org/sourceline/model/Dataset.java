package org.sourceline.model;

import java.util.List;

/**
 * Everything a timeline file or a store holds.
 *
 * @param categories the categories the timeline describes (label, colour); events may name others, known by id
 */
public record Dataset(String title, String description, List<Source> sources, List<Actor> actors,
                      List<Place> places, List<Event> events, List<Era> eras, List<Category> categories) {
    /** A timeline that describes none of its categories: each is named by its id alone. */
    public Dataset(String title, String description, List<Source> sources, List<Actor> actors, List<Place> places,
                   List<Event> events, List<Era> eras) {
        this(title, description, sources, actors, places, events, eras, List.of());
    }

    public Dataset {
        title = Ids.optional(title);
        description = Ids.optional(description);
        sources = Ids.list(sources);
        actors = Ids.list(actors);
        places = Ids.list(places);
        events = Ids.list(events);
        eras = Ids.list(eras);
        categories = Ids.list(categories);
    }
}
