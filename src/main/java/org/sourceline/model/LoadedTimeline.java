package org.sourceline.model;

import java.util.Map;


/** A validated timeline and the article of each of its sources, keyed by source id. */
public record LoadedTimeline(Dataset dataset, Map<String, Article> articles) {
    public LoadedTimeline {
        articles = Map.copyOf(articles);
    }
}
