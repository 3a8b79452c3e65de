package org.sourceline.store.sqlite;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sourceline.model.Change;
import org.sourceline.store.ImportMerge;
import org.sourceline.store.ImportReport;

/**
 * What an import does, as it goes: how many things of each kind it adds, finds unchanged, updates or keeps; what
 * the file says otherwise; the updates to make once every new row is in; and, when asked, every change it makes,
 * to undo it.
 */
final class ImportLedger {
    enum Kind { INFO, SOURCE, ACTOR, PLACE, CATEGORY, EVENT, ERA }

    private final Map<Kind, int[]> tallies = new EnumMap<>(Kind.class);
    private final List<ImportReport.Notice> notices = new ArrayList<>();
    private final List<Change> updates = new ArrayList<>();
    /** The changes made, by kind, in the order a store can take them (and, reversed, undo them). */
    private final Map<Kind, List<Change>> made = new EnumMap<>(Kind.class);
    private final int recordAtMost;
    private boolean recording;
    private int eventsAdded;

    /** @param recordAtMost record the changes unless more than this many events are added; 0 records nothing */
    ImportLedger(int recordAtMost) {
        this.recordAtMost = recordAtMost;
        this.recording = recordAtMost > 0;
        for (Kind kind : Kind.values()) {
            tallies.put(kind, new int[4]);
            made.put(kind, new ArrayList<>());
        }
    }

    /** A new thing, written by the importer itself. */
    void added(Kind kind, Change creation) {
        tallies.get(kind)[0]++;
        if (kind == Kind.EVENT && ++eventsAdded > recordAtMost && recording) {
            // Too many to keep in memory for an undo: nothing more is kept, and the report says so.
            recording = false;
            made.values().forEach(List::clear);
        }
        record(kind, creation);
    }

    /**
     * A thing the store holds already.
     *
     * @param before what the store holds
     * @param change the change to make if the outcome changes it, built from the store's value and the new one
     */
    <T> void existing(Kind kind, String subject, T before, ImportMerge.Outcome<T> outcome,
                      java.util.function.BiFunction<T, T, Change> change) {
        int[] tally = tallies.get(kind);
        switch (outcome.kind()) {
            case UNCHANGED -> tally[1]++;
            case UPDATED -> tally[2]++;
            case KEPT -> tally[3]++;
        }
        if (!outcome.differences().isEmpty()) {
            notices.add(new ImportReport.Notice(subject, outcome.kind() == ImportMerge.Kind.UPDATED,
                    outcome.differences()));
        }
        if (!outcome.value().equals(before)) {
            Change update = change.apply(before, outcome.value());
            updates.add(update);
            record(kind, update);
        }
    }

    private void record(Kind kind, Change change) {
        if (recording && change != null) {
            made.get(kind).add(change);
        }
    }

    /** The updates of things the store held, to apply once every new row is in, in the order they came. */
    List<Change> updates() {
        return updates;
    }

    ImportReport report(boolean wanted) {
        List<Change> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.addAll(made.get(kind));
        }
        boolean recorded = wanted && recording;
        return new ImportReport(tally(Kind.EVENT), tally(Kind.SOURCE), tally(Kind.ACTOR), tally(Kind.PLACE),
                tally(Kind.CATEGORY), tally(Kind.ERA), notices,
                recorded && !all.isEmpty() ? new Change.Several(all) : null, recorded);
    }

    private ImportReport.Tally tally(Kind kind) {
        int[] t = tallies.get(kind);
        return new ImportReport.Tally(t[0], t[1], t[2], t[3]);
    }
}
