package org.sourceline.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourceline.model.Actor;
import org.sourceline.model.Category;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Place;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.model.TimelineInfo;

/** One event or source in full, and the actors, places and sources events name: what panes and exports read. */
public interface CatalogReads {
    /** One event with everything it says, or empty if no event has that id. */
    Optional<Event> event(String id) throws StoreException;

    /** The passages an event cites, each with its source and offsets in the source's body. */
    List<CitedPassage> passagesOf(String eventId) throws StoreException;

    /** A source's article body and the passages events cite in it, or empty if there is no such source. */
    Optional<SourceText> sourceText(String sourceId) throws StoreException;

    /** The chronology's title and description. */
    TimelineInfo info() throws StoreException;

    /** A source with its article, or empty if there is no such source. */
    Optional<SourceDocument> sourceDocument(String sourceId) throws StoreException;

    /** Every event that cites this source, in time order. */
    List<Event> eventsCiting(String sourceId) throws StoreException;

    /** Every event that names this actor, in time order. */
    List<Event> eventsNaming(String actorId) throws StoreException;

    /** Every event at this place, in time order. */
    List<Event> eventsAt(String placeId) throws StoreException;

    /**
     * How many events use a thing, and the first {@code limit} of them in time order: the events that cite a source,
     * name an actor, happen at a place or are in a category.
     */
    EventUses uses(EventUses.Of what, String id, int limit) throws StoreException;

    Map<String, Actor> actorsById() throws StoreException;

    Map<String, Place> placesById() throws StoreException;

    /** Every category of the store, by id, in the order of their ids. */
    Map<String, Category> categoriesById() throws StoreException;

    Map<String, Source> sourcesById() throws StoreException;

    /** The sources each event cites, by event id, each source once, in the order of first citation. */
    Map<String, List<String>> sourcesOfEvents() throws StoreException;

    /** Every event's actors, by event id. */
    Map<String, List<String>> actorsOfEvents() throws StoreException;

    /** The whole content of the store, as a timeline with its articles (for export). */
    LoadedTimeline load() throws StoreException;
}
