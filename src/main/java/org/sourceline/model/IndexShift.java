package org.sourceline.model;

import java.util.Arrays;

/**
 * How positions in a list in time order move when some entries are removed and others inserted: an entry's old
 * position gives its new one. Both arrays are sorted and hold few entries (the events of one change), so mapping a
 * position costs a pass over them.
 *
 * @param removed  the old positions of the entries removed, ascending
 * @param inserted the new positions of the entries inserted, ascending
 */
public record IndexShift(int[] removed, int[] inserted) {
    public static final IndexShift NONE = new IndexShift(new int[0], new int[0]);

    public IndexShift {
        removed = removed.clone();
        inserted = inserted.clone();
        for (int i = 1; i < removed.length; i++) {
            if (removed[i] <= removed[i - 1]) {
                throw new IllegalArgumentException("removed positions must ascend: " + Arrays.toString(removed));
            }
        }
        for (int i = 1; i < inserted.length; i++) {
            if (inserted[i] <= inserted[i - 1]) {
                throw new IllegalArgumentException("inserted positions must ascend: " + Arrays.toString(inserted));
            }
        }
    }

    @Override
    public int[] removed() {
        return removed.clone();
    }

    @Override
    public int[] inserted() {
        return inserted.clone();
    }

    /** The new position of the entry at {@code oldPosition}, or -1 if it was removed. */
    public int map(int oldPosition) {
        int before = 0;
        for (int r : removed) {
            if (r == oldPosition) {
                return -1;
            }
            if (r < oldPosition) {
                before++;
            }
        }
        // Among the kept entries it is number (old - removed before); inserted entries take the places in between.
        int rank = oldPosition - before;
        int position = rank;
        for (int p : inserted) {
            if (p <= position) {
                position++;
            } else {
                break;
            }
        }
        return position;
    }

    public boolean isEmpty() {
        return removed.length == 0 && inserted.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexShift that && Arrays.equals(removed, that.removed)
                && Arrays.equals(inserted, that.inserted);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(removed) + Arrays.hashCode(inserted);
    }

    @Override
    public String toString() {
        return "IndexShift[removed=" + Arrays.toString(removed) + ", inserted=" + Arrays.toString(inserted) + "]";
    }
}
