package org.sourceline.store;

import org.sourceline.model.Citation;
import org.sourceline.model.Source;

/** A citation with its source and where its quote stands in the source's body (character offsets, end exclusive). */
public record CitedPassage(Citation citation, Source source, int start, int end) {
}
