package org.sourceline.store;

/**
 * A search asked of a store whose index is still being built: it would find only part of what the store holds, so
 * it answers nothing rather than a partial list presented as complete.
 */
public final class SearchNotReadyException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient SearchIndexState state;

    public SearchNotReadyException(String location, SearchIndexState state) {
        super(location + ": the search index is being built (" + state.percent() + " %); search is ready once it"
                + " is whole");
        this.state = state;
    }

    public SearchIndexState state() {
        return state;
    }
}
