package org.sourceline.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Merges events that would be drawn closer together than a few pixels, so a dense stretch of
 * the timeline shows one counted mark instead of an unreadable smear.
 */
public final class Clusterer {

    private Clusterer() {
    }

    /**
     * Clusters positions sorted ascending: each x closer than {@code minDistancePx} to the one
     * before it joins that one's cluster. A cluster can therefore be wider than the distance
     * when events are chained; a lone x is a cluster of one.
     */
    public static List<Cluster> cluster(double[] xs, double minDistancePx) {
        return cluster(xs.length, i -> xs[i], minDistancePx);
    }

    /**
     * As {@link #cluster(double[], double)}, reading the positions through {@code x} so the
     * caller need not copy them out of its own structure.
     *
     * @param count how many positions, read as x.applyAsDouble(0 .. count-1)
     */
    public static List<Cluster> cluster(int count, IntToDoubleFunction x, double minDistancePx) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        if (!Double.isFinite(minDistancePx) || minDistancePx < 0) {
            throw new IllegalArgumentException("minDistancePx must be finite and >= 0: " + minDistancePx);
        }
        List<Cluster> clusters = new ArrayList<>();
        if (count == 0) {
            return clusters;
        }
        int first = 0;
        double firstX = checked(x.applyAsDouble(0), 0);
        double previous = firstX;
        for (int i = 1; i < count; i++) {
            double current = checked(x.applyAsDouble(i), i);
            if (current < previous) {
                throw new IllegalArgumentException("positions must be sorted ascending: x[" + i + "] = " + current
                        + " < " + previous);
            }
            if (current - previous >= minDistancePx) {
                clusters.add(new Cluster(first, i - 1, firstX, previous));
                first = i;
                firstX = current;
            }
            previous = current;
        }
        clusters.add(new Cluster(first, count - 1, firstX, previous));
        return clusters;
    }

    private static double checked(double value, int index) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("x[" + index + "] is NaN");
        }
        return value;
    }
}
