package org.sourceline.store;

import java.util.List;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Original;
import org.sourceline.model.Category;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.Place;
import org.sourceline.model.Source;

/**
 * Adds a timeline to a store in one transaction without holding it in memory: sources, actors and places first,
 * then events one by one, then eras. Nothing is visible until {@link #commit()}; closing without committing
 * leaves the store as it was.
 */
public interface ImportWriter extends AutoCloseable {
    /** The timeline's title and description, replacing the store's where given. */
    void meta(String title, String description) throws StoreException;

    void source(Source source, Article article) throws StoreException;

    /**
     * A source with the file its article was read from, kept byte for byte.
     *
     * @param original the file, or null when only the text is known
     */
    default void source(Source source, Article article, Original original)
            throws StoreException {
        if (original != null) {
            throw new StoreException("this store does not keep the files articles are read from");
        }
        source(source, article);
    }

    void actor(Actor actor) throws StoreException;

    void place(Place place) throws StoreException;

    /** A category the timeline describes; those its events name without describing them are made from their ids. */
    void category(Category category) throws StoreException;

    /**
     * An event whose sources, actors and places were given before it.
     *
     * @throws IllegalArgumentException if it cites a source whose article was not given
     */
    void event(Event event) throws StoreException;

    /** @param quoteStarts where each citation's quote starts in its source's body, in citation order */
    void event(Event event, int[] quoteStarts) throws StoreException;

    void eras(List<Era> eras) throws StoreException;

    /**
     * Writes what is left and commits.
     *
     * @return what the import did
     * @throws StoreException if it cannot be stored whole (a quote the store's text of a source does not hold, a
     *                        change the store refuses); then nothing is stored
     */
    ImportReport commit() throws StoreException;

    @Override
    void close() throws StoreException;
}
