package org.sourceline.model;

import java.util.Set;

/**
 * Which events to show: those of any of the chosen categories, actors, places and sources (an empty choice
 * lets every event through), that overlap the dates from {@code from} to {@code to} (either may be open).
 */
public record EventFilter(Set<String> categories, Set<String> actors, Set<String> places, Set<String> sources,
                          EdtfDate from, EdtfDate to) {
    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null);

    public EventFilter {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        actors = actors == null ? Set.of() : Set.copyOf(actors);
        places = places == null ? Set.of() : Set.copyOf(places);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    public boolean isEmpty() {
        return categories.isEmpty() && actors.isEmpty() && places.isEmpty() && sources.isEmpty()
                && from == null && to == null;
    }

    public EventFilter withCategories(Set<String> value) {
        return new EventFilter(value, actors, places, sources, from, to);
    }

    public EventFilter withActors(Set<String> value) {
        return new EventFilter(categories, value, places, sources, from, to);
    }

    public EventFilter withPlaces(Set<String> value) {
        return new EventFilter(categories, actors, value, sources, from, to);
    }

    public EventFilter withSources(Set<String> value) {
        return new EventFilter(categories, actors, places, value, from, to);
    }

    public EventFilter between(EdtfDate first, EdtfDate last) {
        return new EventFilter(categories, actors, places, sources, first, last);
    }

    /** Events must end after this instant, in epoch seconds. */
    public long fromSecond() {
        return from == null ? Long.MIN_VALUE : from.earliestEpochSecond();
    }

    /** Events must start before this instant, in epoch seconds: the end of the last day of {@code to}. */
    public long toSecond() {
        return to == null ? Long.MAX_VALUE : to.latestEpochSecond();
    }
}
