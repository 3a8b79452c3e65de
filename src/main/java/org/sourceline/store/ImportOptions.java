package org.sourceline.store;

/**
 * How an import treats what the store holds already.
 *
 * @param replace      empty the store first, in the same transaction
 * @param update       where the file describes a thing the store holds otherwise, take the file's values (by
 *                     default the store keeps its own and the differences are reported)
 * @param recordAtMost keep what the import changes as a {@link org.sourceline.model.Change}, to undo it, unless it
 *                     adds more than this many events (0: keep nothing)
 */
public record ImportOptions(boolean replace, boolean update, int recordAtMost) {
    /** Adds to the store, keeps its values, records nothing. */
    public static final ImportOptions ADD = new ImportOptions(false, false, 0);

    public ImportOptions {
        if (replace && update) {
            throw new IllegalArgumentException("an import that replaces the store has nothing to update");
        }
        if (recordAtMost < 0) {
            throw new IllegalArgumentException("recordAtMost must not be negative: " + recordAtMost);
        }
    }
}
