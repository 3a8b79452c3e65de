package org.sourceline.store;

/**
 * How far the search index is built. After an import, the timeline opens at once and the index is built behind
 * it; until it is whole, search answers "not ready" rather than a partial list.
 *
 * @param whole   whether every event and source is in the index
 * @param indexed how many of the rows, counted by their numbers, are in it
 * @param total   the rows to index, counted the same way
 */
public record SearchIndexState(boolean whole, long indexed, long total) {
    public static final SearchIndexState WHOLE = new SearchIndexState(true, 0, 0);

    /** The share built, from 0 to 1: 1 once whole. */
    public double fraction() {
        if (whole || total <= 0) {
            return 1.0;
        }
        return Math.max(0.0, Math.min(1.0, (double) indexed / total));
    }

    /** The share built in whole percents, never 100 before the index is whole. */
    public int percent() {
        return whole ? 100 : (int) Math.min(99, Math.floor(fraction() * 100));
    }
}
