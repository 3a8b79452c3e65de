package org.sourceline.model;

import java.util.Map;


/**
 * A validated timeline, the article of each of its sources and, for the sources that have one, the file the
 * article was read from; both keyed by source id.
 */
public record LoadedTimeline(Dataset dataset, Map<String, Article> articles, Map<String, Original> originals) {
    public LoadedTimeline {
        articles = Map.copyOf(articles);
        originals = Map.copyOf(originals);
    }

    /** A timeline whose sources are known by their text alone. */
    public LoadedTimeline(Dataset dataset, Map<String, Article> articles) {
        this(dataset, articles, Map.of());
    }
}
