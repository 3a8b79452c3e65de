package org.sourceline.layout;

/** Sorting of indices by a primitive key, without boxing. */
final class IndexSort {

    private static final int RUN = 32;

    private IndexSort() {
    }

    /**
     * The indices 0..key.length-1 ordered by key, ties kept in index order. Keys must not be NaN.
     */
    static int[] sortedOrder(double[] key) {
        return sortedOrder(key, null);
    }

    /** As {@link #sortedOrder(double[])}, ties broken by {@code tieKey} first when it is given. */
    static int[] sortedOrder(double[] key, double[] tieKey) {
        int n = key.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        if (n < 2) {
            return a;
        }
        for (int lo = 0; lo < n; lo += RUN) {
            insertionSort(a, lo, Math.min(lo + RUN, n), key, tieKey);
        }
        int[] b = new int[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(a, b, lo, mid, hi, key, tieKey);
            }
            int[] swap = a;
            a = b;
            b = swap;
        }
        return a;
    }

    private static void insertionSort(int[] a, int lo, int hi, double[] key, double[] tieKey) {
        for (int i = lo + 1; i < hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && after(a[j], v, key, tieKey)) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void merge(int[] from, int[] to, int lo, int mid, int hi, double[] key, double[] tieKey) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && !after(from[i], from[j], key, tieKey))) {
                to[k] = from[i++];
            } else {
                to[k] = from[j++];
            }
        }
    }

    /** Whether index a sorts strictly after index b. */
    private static boolean after(int a, int b, double[] key, double[] tieKey) {
        if (key[a] != key[b]) {
            return key[a] > key[b];
        }
        return tieKey != null && tieKey[a] > tieKey[b];
    }
}
