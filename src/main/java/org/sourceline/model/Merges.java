package org.sourceline.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Two actors, or two places, found to be the same one: the one merged away disappears, the events that named it name
 * the one kept instead (in the same position, once), and its name and other spellings become the kept one's other
 * spellings, so that a search for the old name still finds the events. The merge is one change, undone whole.
 */
public final class Merges {
    private Merges() {
    }

    /**
     * Merges actor {@code gone} into actor {@code kept}.
     *
     * @param naming every event that names {@code gone}, as the store holds them
     * @return the change: the kept actor given the other's names (and its description, when it has none), each event
     *         edited, then the merged actor deleted
     */
    public static Change actors(Actor gone, Actor kept, List<Event> naming) {
        requireTwo(gone.id(), kept.id());
        List<String> aliases = aliases(kept.name(), kept.aliases(), gone.name(), gone.aliases());
        Actor after = new Actor(kept.id(), kept.name(), aliases,
                kept.description() != null ? kept.description() : gone.description());
        List<Change> parts = new ArrayList<>();
        if (!after.equals(kept)) {
            parts.add(new Change.OfActor(kept, after));
        }
        for (Event e : naming) {
            parts.add(Change.edit(e, withActors(e, replaced(e.actors(), gone.id(), kept.id()))));
        }
        parts.add(new Change.OfActor(gone, null));
        return new Change.Several(parts);
    }

    /**
     * Merges place {@code gone} into place {@code kept}, as {@link #actors}; the kept place takes the other's country
     * when it has none.
     */
    public static Change places(Place gone, Place kept, List<Event> at) {
        requireTwo(gone.id(), kept.id());
        List<String> aliases = aliases(kept.name(), kept.aliases(), gone.name(), gone.aliases());
        Place after = new Place(kept.id(), kept.name(), aliases,
                kept.country() != null ? kept.country() : gone.country());
        List<Change> parts = new ArrayList<>();
        if (!after.equals(kept)) {
            parts.add(new Change.OfPlace(kept, after));
        }
        for (Event e : at) {
            parts.add(Change.edit(e, withPlaces(e, replaced(e.places(), gone.id(), kept.id()))));
        }
        parts.add(new Change.OfPlace(gone, null));
        return new Change.Several(parts);
    }

    private static void requireTwo(String gone, String kept) {
        if (Objects.equals(gone, kept)) {
            throw new IllegalArgumentException("cannot merge " + gone + " into itself");
        }
    }

    /** The kept one's other spellings, then the merged one's name and spellings: each once, never the kept name. */
    static List<String> aliases(String keptName, List<String> keptAliases, String goneName, List<String> goneAliases) {
        Set<String> all = new LinkedHashSet<>(keptAliases);
        all.add(goneName);
        all.addAll(goneAliases);
        all.remove(keptName);
        return List.copyOf(all);
    }

    /** The ids with {@code gone} replaced by {@code kept} where it stood, or dropped when {@code kept} is there. */
    static List<String> replaced(List<String> ids, String gone, String kept) {
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            String now = id.equals(gone) ? kept : id;
            if (!out.contains(now)) {
                out.add(now);
            }
        }
        return out;
    }

    private static Event withActors(Event e, List<String> actors) {
        return new Event(e.id(), e.title(), e.titleEn(), e.summary(), e.date(), e.displayDate(), e.category(), actors,
                e.places(), e.tags(), e.citations(), e.note());
    }

    private static Event withPlaces(Event e, List<String> places) {
        return new Event(e.id(), e.title(), e.titleEn(), e.summary(), e.date(), e.displayDate(), e.category(),
                e.actors(), places, e.tags(), e.citations(), e.note());
    }
}
