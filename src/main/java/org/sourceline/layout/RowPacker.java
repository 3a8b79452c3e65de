package org.sourceline.layout;

/**
 * Stacks horizontal items (bars, labels) into as few rows as possible so that none overlap.
 */
public final class RowPacker {

    private RowPacker() {
    }

    /**
     * The row of each item. Two items share a row only if one ends, gap included, at or before
     * the other starts. Items are taken by increasing left edge (then right edge), each into
     * the lowest row whose last item so ends before it. Because items arrive in left order, a
     * row free for one item stays free for every later one, and a new row is opened only when
     * every open row holds an item overlapping this one's left edge: no packing uses fewer
     * rows. O(n log n).
     *
     * @param left  the left edge of each item, in any order
     * @param right the right edge of each item, not less than its left
     * @param gap   the least free space between two items in a row, >= 0
     */
    public static int[] pack(double[] left, double[] right, double gap) {
        if (left.length != right.length) {
            throw new IllegalArgumentException("left and right differ in length: " + left.length + " vs " + right.length);
        }
        if (!Double.isFinite(gap) || gap < 0) {
            throw new IllegalArgumentException("gap must be finite and >= 0: " + gap);
        }
        int n = left.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(left[i]) || !Double.isFinite(right[i]) || right[i] < left[i]) {
                throw new IllegalArgumentException("item " + i + " has bad edges: " + left[i] + ", " + right[i]);
            }
        }
        // Among items starting together the shortest go first: a zero-width item then takes a row
        // without closing it to the longer ones that start at the same x.
        int[] order = IndexSort.sortedOrder(left, right);
        int[] rows = new int[n];
        double[] rowEnd = new double[n];
        IntHeap busy = new IntHeap(n, row -> rowEnd[row]);
        IntHeap free = new IntHeap(n, row -> row);
        int rowCount = 0;
        for (int item : order) {
            while (!busy.isEmpty() && rowEnd[busy.peek()] <= left[item]) {
                free.add(busy.poll());
            }
            int row = free.isEmpty() ? rowCount++ : free.poll();
            rows[item] = row;
            rowEnd[row] = right[item] + gap;
            busy.add(row);
        }
        return rows;
    }

    /** How many rows a packing uses. */
    public static int rowCount(int[] rows) {
        int max = -1;
        for (int row : rows) {
            max = Math.max(max, row);
        }
        return max + 1;
    }
}
