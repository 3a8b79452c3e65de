package org.sourceline.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flat columns with a few edits laid over them: some events removed, a few inserted, in time order as ever. An
 * edit in the window changes one event among perhaps a million: copying the columns for it took 130 to 640 ms at a
 * million events (eight runs), far more than a frame; laying it over them costs a few binary searches. A position
 * is looked up among the edits (a binary search in each of two short arrays); past {@value #COMPACT_AFTER} edits the
 * columns are built anew.
 */
final class EditedEvents implements EventTable {
    /** Edits laid over the columns before they are built anew, once, at the cost of a copy. */
    static final int COMPACT_AFTER = 1024;

    private final EventColumns base;
    /** Positions in the base of the events removed, ascending. */
    private final int[] removed;
    /** The events inserted, in time order, and each one's position in this table, ascending. */
    private final List<Row> addedRows;
    private final EventColumns added;
    private final int[] addedAt;
    private final int size;

    private EditedEvents(EventColumns base, int[] removed, List<Row> addedRows, EventColumns added, int[] addedAt) {
        this.base = base;
        this.removed = removed;
        this.addedRows = addedRows;
        this.added = added;
        this.addedAt = addedAt;
        this.size = base.size() - removed.length + added.size();
    }

    /**
     * @param removed positions in {@code base} of the events removed, ascending
     * @param rows    the events inserted, none of them in {@code base} but for those removed
     */
    static EventTable of(EventColumns base, int[] removed, List<Row> rows) {
        if (removed.length + rows.size() > COMPACT_AFTER) {
            return base.rebuilt(removed, rows);
        }
        EventColumns.Builder builder = new EventColumns.Builder();
        for (Row row : rows) {
            builder.add(row.id(), row.title(), row.titleEn(), row.date(), row.date().toString(), row.displayDate(),
                    row.category(), row.actors());
        }
        EventColumns added = builder.build();
        List<Row> inOrder = new ArrayList<>(rows.size());
        int[] addedAt = new int[added.size()];
        for (int j = 0; j < added.size(); j++) {
            String id = added.id(j);
            Row row = rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
            inOrder.add(row);
            int after = base.firstAfter(row);
            // The kept events of the base that sort before it, and the inserted ones before it.
            addedAt[j] = after - countBelow(removed, after) + j;
        }
        return new EditedEvents(base, removed, List.copyOf(inOrder), added, addedAt);
    }

    @Override
    public Edited edited(Collection<String> removedIds, List<Row> rows) {
        EventTable.requireNew(this, removedIds, rows);
        Set<String> gone = new HashSet<>(removedIds);
        int[] removedHere = removedIds.stream().mapToInt(this::positionOf).filter(p -> p >= 0).distinct().sorted()
                .toArray();
        Set<Integer> removedBase = new HashSet<>();
        for (int p : removed) {
            removedBase.add(p);
        }
        for (String id : gone) {
            int p = base.positionOf(id);
            if (p >= 0) {
                removedBase.add(p);
            }
        }
        List<Row> kept = new ArrayList<>();
        for (Row row : addedRows) {
            if (!gone.contains(row.id())) {
                kept.add(row);
            }
        }
        kept.addAll(rows);
        int[] allRemoved = removedBase.stream().mapToInt(Integer::intValue).sorted().toArray();
        EventTable table = of(base, allRemoved, kept);
        return new Edited(table, EventTable.shift(table, removedHere, rows));
    }

    @Override
    public EventColumns compacted() {
        return base.rebuilt(removed, addedRows);
    }

    /** How many of the ascending {@code values} are below {@code limit}. */
    private static int countBelow(int[] values, int limit) {
        int at = Arrays.binarySearch(values, limit);
        return at >= 0 ? at : -(at + 1);
    }

    /** How many of the ascending {@code values} are at most {@code limit}. */
    private static int countAtMost(int[] values, int limit) {
        return limit == Integer.MAX_VALUE ? values.length : countBelow(values, limit + 1);
    }

    /**
     * Where position {@code i} of this table is: {@code p >= 0} for position p of the base, {@code -(j + 1)} for the
     * j-th inserted event.
     */
    private int locate(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("position " + i + " of " + size + " events");
        }
        int j = Arrays.binarySearch(addedAt, i);
        if (j >= 0) {
            return -(j + 1);
        }
        // The rank of the event among those kept from the base, then the base position of that rank: the smallest
        // p with p - (removed at or before p) = rank, found by moving past the removed positions until none is left.
        int rank = i - (-(j + 1));
        int count = countAtMost(removed, rank);
        while (true) {
            int next = countAtMost(removed, rank + count);
            if (next == count) {
                return rank + count;
            }
            count = next;
        }
    }

    @Override
    public int positionOf(String id) {
        int j = added.positionOf(id);
        if (j >= 0) {
            return addedAt[j];
        }
        int p = base.positionOf(id);
        if (p < 0 || Arrays.binarySearch(removed, p) >= 0) {
            return -1;
        }
        int rank = p - countBelow(removed, p);
        // Its position here: the inserted events before it push it down, as the removed ones pulled it up.
        int count = countAtMost(addedAt, rank);
        while (true) {
            int next = countAtMost(addedAt, rank + count);
            if (next == count) {
                return rank + count;
            }
            count = next;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long start(int i) {
        int k = locate(i);
        return k >= 0 ? base.start(k) : added.start(-k - 1);
    }

    @Override
    public long end(int i) {
        int k = locate(i);
        return k >= 0 ? base.end(k) : added.end(-k - 1);
    }

    @Override
    public int traits(int i) {
        int k = locate(i);
        return k >= 0 ? base.traits(k) : added.traits(-k - 1);
    }

    @Override
    public String category(int i) {
        int k = locate(i);
        return k >= 0 ? base.category(k) : added.category(-k - 1);
    }

    @Override
    public String id(int i) {
        int k = locate(i);
        return k >= 0 ? base.id(k) : added.id(-k - 1);
    }

    @Override
    public String title(int i) {
        int k = locate(i);
        return k >= 0 ? base.title(k) : added.title(-k - 1);
    }

    @Override
    public String titleEn(int i) {
        int k = locate(i);
        return k >= 0 ? base.titleEn(k) : added.titleEn(-k - 1);
    }

    @Override
    public String dateText(int i) {
        int k = locate(i);
        return k >= 0 ? base.dateText(k) : added.dateText(-k - 1);
    }

    @Override
    public String displayDate(int i) {
        int k = locate(i);
        return k >= 0 ? base.displayDate(k) : added.displayDate(-k - 1);
    }

    @Override
    public List<String> actors(int i) {
        int k = locate(i);
        return k >= 0 ? base.actors(k) : added.actors(-k - 1);
    }

    @Override
    public EventRow row(int i) {
        int k = locate(i);
        return k >= 0 ? base.row(k) : added.row(-k - 1);
    }
}
