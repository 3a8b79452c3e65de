package org.sourceline.store;

import java.util.List;
import org.sourceline.model.Source;

/** A source with its article body and every passage of it that events cite, in text order. */
public record SourceText(Source source, String body, List<SourcePassage> passages) {
    public SourceText {
        passages = List.copyOf(passages);
    }
}
