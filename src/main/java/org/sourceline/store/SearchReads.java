package org.sourceline.store;

import java.util.List;
import java.util.Set;
import org.sourceline.model.EventFilter;
import org.sourceline.model.SearchQuery;

/** Full-text search over events and article text, and the filters beside it. */
public interface SearchReads {
    /**
     * The best answers to a search, most relevant first: events that pass the query's filter, and article text of
     * the sources the filter lets through. Each answer says where the words were found.
     */
    List<SearchHit> search(SearchQuery query, int limit) throws StoreException;

    /** The id of every event that the search finds and the filter lets through. */
    Set<String> matchingEventIds(SearchQuery query) throws StoreException;

    /** The id of every event the filter lets through. */
    Set<String> eventIdsPassing(EventFilter filter) throws StoreException;

}
