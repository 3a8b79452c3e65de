package org.sourceline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowPackerTest {

    @Test
    void packsKnownCases() {
        double[] left = {0, 5, 12};
        double[] right = {10, 15, 20};
        assertThat(RowPacker.pack(left, right, 0)).containsExactly(0, 1, 0);
        // [0,10] is busy until 12: the third item just fits behind it.
        assertThat(RowPacker.pack(left, right, 2)).containsExactly(0, 1, 0);
        // Until 13: it no longer fits anywhere.
        assertThat(RowPacker.pack(left, right, 3)).containsExactly(0, 1, 2);
    }

    @Test
    void ordersInputByLeftEdge() {
        double[] left = {12, 0, 5, 30};
        double[] right = {20, 10, 15, 31};
        assertThat(RowPacker.pack(left, right, 0)).containsExactly(0, 0, 1, 0);
    }

    @Test
    void takesTheLowestFreeRowNotTheEarliestFreed() {
        // Rows 0, 1, 2 are taken; row 1 frees first, then row 0. The item at 20 goes to row 0.
        double[] left = {0, 1, 2, 20};
        double[] right = {15, 5, 25, 30};
        assertThat(RowPacker.pack(left, right, 0)).containsExactly(0, 1, 2, 0);
    }

    @Test
    void handlesEmptyAndSingleItems() {
        assertThat(RowPacker.pack(new double[0], new double[0], 1)).isEmpty();
        assertThat(RowPacker.rowCount(new int[0])).isZero();
        assertThat(RowPacker.pack(new double[] {3}, new double[] {3}, 1)).containsExactly(0);
        assertThat(RowPacker.rowCount(new int[] {0})).isEqualTo(1);
        assertThat(RowPacker.rowCount(new int[] {0, 2, 1, 0})).isEqualTo(3);
    }

    @Test
    void stacksIdenticalItems() {
        double[] left = new double[5];
        double[] right = new double[5];
        Arrays.fill(right, 10);
        int[] rows = RowPacker.pack(left, right, 0);
        assertThat(rows).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void zeroWidthItemsAtTheSameSpotShareARowOnlyWithoutGap() {
        double[] at = {5, 5};
        assertThat(RowPacker.rowCount(RowPacker.pack(at, at, 0))).isEqualTo(1);
        assertThat(RowPacker.rowCount(RowPacker.pack(at, at, 1))).isEqualTo(2);
    }

    @Test
    void aZeroWidthItemDoesNotCloseARowToABarStartingAtTheSameX() {
        // Listed bar first: the point still goes first, so both fit in one row.
        double[] left = {5, 5};
        double[] right = {10, 5};
        assertThat(RowPacker.pack(left, right, 0)).containsExactly(0, 0);
        // A point inside a bar is not beside it.
        assertThat(RowPacker.pack(new double[] {0, 5}, new double[] {10, 5}, 0)).containsExactly(0, 1);
    }

    @Test
    void neverOverlapsAndTakesTheLowestRowOverRandomInputs() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int n = random.nextInt(80);
            double[] left = new double[n];
            double[] right = new double[n];
            fill(random, left, right);
            double gap = random.nextInt(3) * 2.5;
            int[] rows = RowPacker.pack(left, right, gap);

            assertThat(rows).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(rows[i]).isBetween(0, n - 1);
                for (int j = i + 1; j < n; j++) {
                    if (rows[i] == rows[j]) {
                        assertThat(conflict(left, right, gap, i, j)).as("items %d and %d in row %d", i, j, rows[i]).isFalse();
                    }
                }
            }
            assertLowestRowTaken(left, right, gap, rows);
        }
    }

    @Test
    void usesTheFewestRowsPossibleOnSmallRandomInputs() {
        Random random = new Random(1234);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + random.nextInt(11);
            double[] left = new double[n];
            double[] right = new double[n];
            fill(random, left, right);
            double gap = random.nextInt(3) * 2.5;
            int[] rows = RowPacker.pack(left, right, gap);
            assertThat(RowPacker.rowCount(rows))
                    .as("rows for %s / %s gap %s", Arrays.toString(left), Arrays.toString(right), gap)
                    .isEqualTo(fewestRows(left, right, gap));
        }
    }

    private static void fill(Random random, double[] left, double[] right) {
        for (int i = 0; i < left.length; i++) {
            // Coarse positions make ties and touching edges common, zero widths too.
            left[i] = random.nextInt(60);
            right[i] = left[i] + (random.nextInt(4) == 0 ? 0 : random.nextInt(20));
        }
    }

    /** Two items may not share a row unless one ends, gap included, at or before the other starts. */
    private static boolean conflict(double[] left, double[] right, double gap, int i, int j) {
        return !(right[i] + gap <= left[j] || right[j] + gap <= left[i]);
    }

    /** The least number of rows, by trying every assignment. */
    private static int fewestRows(double[] left, double[] right, double gap) {
        int n = left.length;
        for (int k = 1; k <= n; k++) {
            if (assignable(left, right, gap, new int[n], 0, k)) {
                return k;
            }
        }
        return n;
    }

    private static boolean assignable(double[] left, double[] right, double gap, int[] rows, int item, int k) {
        if (item == rows.length) {
            return true;
        }
        for (int row = 0; row < k; row++) {
            boolean fits = true;
            for (int other = 0; other < item && fits; other++) {
                fits = rows[other] != row || !conflict(left, right, gap, item, other);
            }
            if (fits) {
                rows[item] = row;
                if (assignable(left, right, gap, rows, item + 1, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each item sits in the lowest row not still held, at its left edge, by an item placed before it. */
    private static void assertLowestRowTaken(double[] left, double[] right, double gap, int[] rows) {
        int n = left.length;
        for (int i = 0; i < n; i++) {
            for (int lower = 0; lower < rows[i]; lower++) {
                boolean held = false;
                for (int j = 0; j < n; j++) {
                    boolean before = left[j] < left[i]
                            || (left[j] == left[i] && (right[j] < right[i] || (right[j] == right[i] && j < i)));
                    if (before && rows[j] == lower && right[j] + gap > left[i]) {
                        held = true;
                    }
                }
                assertThat(held).as("row %d below item %d's row %d is held", lower, i, rows[i]).isTrue();
            }
        }
    }

    @Test
    void packsManyItemsQuickly() {
        Random random = new Random(3);
        int n = 200_000;
        double[] left = new double[n];
        double[] right = new double[n];
        for (int i = 0; i < n; i++) {
            left[i] = random.nextDouble() * 1e6;
            right[i] = left[i] + random.nextDouble() * 100;
        }
        int[] rows = RowPacker.pack(left, right, 1);
        assertThat(RowPacker.rowCount(rows)).isEqualTo(maxOverlapSweep(left, right, 1));
    }

    /**
     * The most items covering one x, by a sweep over sorted edges: a lower bound on the rows of
     * any packing. With a positive gap no item is empty, so the bound is exact.
     */
    private static int maxOverlapSweep(double[] left, double[] right, double gap) {
        double[] starts = left.clone();
        double[] ends = new double[right.length];
        for (int i = 0; i < right.length; i++) {
            ends[i] = right[i] + gap;
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        int open = 0;
        int best = 0;
        int e = 0;
        for (double s : starts) {
            while (e < ends.length && ends[e] <= s) {
                e++;
                open--;
            }
            open++;
            best = Math.max(best, open);
        }
        return best;
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> RowPacker.pack(new double[1], new double[2], 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowPacker.pack(new double[] {2}, new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowPacker.pack(new double[] {Double.NaN}, new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowPacker.pack(new double[] {0}, new double[] {1}, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
