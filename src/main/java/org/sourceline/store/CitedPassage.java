package org.sourceline.store;

import org.sourceline.model.Citation;
import org.sourceline.model.Source;

/**
 * A citation with its source and where its quote stands in the source's body (character offsets, end exclusive).
 *
 * @param page the page of the source's original file the quote starts on, from 1 (a PDF's); 0 when the source has
 *             no pages
 */
public record CitedPassage(Citation citation, Source source, int start, int end, int page) {
    public CitedPassage(Citation citation, Source source, int start, int end) {
        this(citation, source, start, end, 0);
    }
}
