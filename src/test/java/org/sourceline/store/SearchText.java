package org.sourceline.store;

import java.util.List;
import java.util.Map;
import org.sourceline.model.Actor;
import org.sourceline.model.Event;
import org.sourceline.model.Place;

/**
 * What the search index holds of an event, said in Java: the rule the store's SQL ({@code SearchRows}) is tested
 * against, so that an event is found by the same words however it came into the store.
 *
 * <p>An event is found by its titles (French and English), and by its summary, the names and other spellings of
 * its actors and of its places, and its quotes.
 */
public final class SearchText {
    private SearchText() {
    }

    /** The two texts of an index row: its title, weighted more, and the rest. */
    public record Row(String title, String body) {
    }

    public static String eventTitle(String title, String titleEn) {
        return titleEn == null ? title : title + " " + titleEn;
    }

    /** An actor as the index knows it beside an event: its name, then its other spellings. */
    public static String actorText(String name, List<String> aliases) {
        return spellings(name, aliases);
    }

    /** A place as the index knows it beside an event: its name, then its other spellings. */
    public static String placeText(String name, List<String> aliases) {
        return spellings(name, aliases);
    }

    private static String spellings(String name, List<String> aliases) {
        if (aliases.isEmpty()) {
            return name;
        }
        return name + " " + String.join(" ", aliases);
    }

    /**
     * @param actorTexts each actor's {@link #actorText}, in the event's order
     * @param placeTexts each place's {@link #placeText}, in the event's order
     */
    public static String eventBody(String summary, List<String> actorTexts, List<String> placeTexts,
                                   List<String> quotes) {
        StringBuilder body = new StringBuilder(summary);
        actorTexts.forEach(text -> body.append(' ').append(text));
        placeTexts.forEach(text -> body.append(' ').append(text));
        quotes.forEach(quote -> body.append(' ').append(quote));
        return body.toString();
    }

    /**
     * An event's row.
     *
     * @throws IllegalArgumentException if the event names an actor or place not given
     */
    public static Row event(Event e, Map<String, Actor> actors, Map<String, Place> places) {
        List<String> actorTexts = e.actors().stream().map(id -> {
            Actor a = known(actors, id, "actor", e);
            return actorText(a.name(), a.aliases());
        }).toList();
        List<String> placeTexts = e.places().stream().map(id -> {
            Place p = known(places, id, "place", e);
            return placeText(p.name(), p.aliases());
        }).toList();
        List<String> quotes = e.citations().stream().map(c -> c.quote()).toList();
        return new Row(eventTitle(e.title(), e.titleEn()), eventBody(e.summary(), actorTexts, placeTexts, quotes));
    }

    private static <T> T known(Map<String, T> byId, String id, String what, Event e) {
        T value = byId.get(id);
        if (value == null) {
            throw new IllegalArgumentException("event " + e.id() + " names " + what + " " + id
                    + ", which is not in the store");
        }
        return value;
    }
}
