package org.sourceline.layout;

/**
 * A run of consecutive events drawn as one mark.
 *
 * @param first the index of its first event in the sorted input
 * @param last  the index of its last event, inclusive
 * @param minX  the position of its first event
 * @param maxX  the position of its last event
 */
public record Cluster(int first, int last, double minX, double maxX) {

    public Cluster {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("need 0 <= first <= last: " + first + ", " + last);
        }
        if (!(minX <= maxX)) {
            throw new IllegalArgumentException("need minX <= maxX: " + minX + ", " + maxX);
        }
    }

    public int count() {
        return last - first + 1;
    }

    public double centerX() {
        return minX + (maxX - minX) / 2;
    }
}
