package org.sourceline.store;

import java.util.List;
import org.sourceline.model.Change;

/**
 * What an import did: for each kind of thing, how many were added, found unchanged, updated, or kept as the store
 * had them though the file said otherwise; a notice for each thing the file described otherwise; and, when asked
 * for, the change it made, to undo it.
 *
 * @param change what the import changed, as one change, or null when it changed nothing or was not recorded
 * @param recorded whether {@code change} holds everything the import changed (false for an import too large to
 *                 record, or when no record was asked for)
 */
public record ImportReport(Tally events, Tally sources, Tally actors, Tally places, Tally categories, Tally eras,
                           List<Notice> notices, Change change, boolean recorded) {
    public ImportReport {
        notices = List.copyOf(notices);
    }

    /** Counts for one kind of thing. */
    public record Tally(int added, int unchanged, int updated, int kept) {
        public static final Tally NONE = new Tally(0, 0, 0, 0);

        public int total() {
            return added + unchanged + updated + kept;
        }
    }

    /**
     * A thing the file described otherwise than the store.
     *
     * @param subject "event ID", "actor ID"…
     * @param taken   whether the file's values were taken (an update); otherwise the store kept its own
     */
    public record Notice(String subject, boolean taken, List<ImportMerge.Difference> differences) {
        public Notice {
            differences = List.copyOf(differences);
        }

        @Override
        public String toString() {
            return subject + (taken ? " updated from the file: " : " differs in the file and was left as it is: ")
                    + String.join("; ", differences.stream().map(ImportMerge.Difference::toString).toList());
        }
    }

    /** Whether the import changed nothing at all in the store. */
    public boolean changedNothing() {
        for (Tally t : List.of(events, sources, actors, places, categories, eras)) {
            if (t.added() > 0 || t.updated() > 0) {
                return false;
            }
        }
        return change == null && notices.stream().noneMatch(Notice::taken);
    }
}
