package org.sourceline.layout;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.sourceline.model.IndexShift;

/**
 * Answers "which events intersect [t0, t1)?" over millions of events without touching most of
 * them. Events are kept sorted by start in flat arrays, about 20 bytes each; callers address
 * them by sorted position and map back to their own index with {@link #idAt(int)}.
 *
 * <p>An event [start, end] is visible in [t0, t1) when start &lt; t1 and end &gt;= t0, so a point
 * event at t0 is visible and one at t1 is not. Every visible event starts in
 * [t0 - longest duration, t1), so a query binary-searches that range and drops the events that
 * end before t0. One very long event (a dynasty among battles) would widen that range to most
 * of the data for every query; so the few longest events are set apart, scanned one by one,
 * and the range only has to reach back by the longest of the others. If long events are many
 * rather than few, the range is still wide and queries slow down, but stay correct.
 */
public final class TimeIndex {

    private final int[] ids;
    private final double[] starts;
    private final double[] ends;
    /** Sorted positions of the events set apart as long, ascending. */
    private final int[] longPositions;
    /** How far before t0 a visible event that is not set apart can start. */
    private final double reach;
    private final double maxEnd;

    /**
     * @param start the start of each event, epoch seconds
     * @param end   the end of each event, not before its start; equal to it for an instant
     */
    public TimeIndex(double[] start, double[] end) {
        if (start.length != end.length) {
            throw new IllegalArgumentException("start and end differ in length: " + start.length + " vs " + end.length);
        }
        int n = start.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(start[i]) || !Double.isFinite(end[i]) || end[i] < start[i]) {
                throw new IllegalArgumentException("event " + i + " has bad bounds: " + start[i] + ", " + end[i]);
            }
        }
        ids = IndexSort.sortedOrder(start);
        starts = new double[n];
        ends = new double[n];
        double[] durations = new double[n];
        double latest = Double.NaN;
        for (int p = 0; p < n; p++) {
            starts[p] = start[ids[p]];
            ends[p] = end[ids[p]];
            durations[p] = ends[p] - starts[p];
            latest = p == 0 ? ends[p] : Math.max(latest, ends[p]);
        }
        maxEnd = latest;

        // At most about sqrt(n) events are set apart: scanning them costs no more than the
        // binary search saves, and the longest of the rest bounds the searched range.
        int apart = (int) Math.ceil(Math.sqrt(n));
        double threshold = Double.POSITIVE_INFINITY;
        if (n > apart) {
            double[] sorted = durations.clone();
            Arrays.sort(sorted);
            threshold = sorted[n - 1 - apart];
        }
        int longCount = 0;
        double shortReach = 0;
        for (int p = 0; p < n; p++) {
            if (durations[p] > threshold) {
                longCount++;
            } else {
                shortReach = Math.max(shortReach, durations[p]);
            }
        }
        longPositions = new int[longCount];
        for (int p = 0, k = 0; p < n; p++) {
            if (durations[p] > threshold) {
                longPositions[k++] = p;
            }
        }
        reach = shortReach;
    }

    private TimeIndex(int[] ids, double[] starts, double[] ends, int[] longPositions, double reach,
                      double maxEnd) {
        this.ids = ids;
        this.starts = starts;
        this.ends = ends;
        this.longPositions = longPositions;
        this.reach = reach;
        this.maxEnd = maxEnd;
    }

    /**
     * The index after the caller's list changed: some entries removed, others inserted, the rest renumbered as
     * {@code shift} says. Made in one pass over the index, merging the new entries in by start: no sort. An entry
     * longer than the reach of the others is set apart, as the longest are when the index is built, so that the
     * searched range need not widen.
     *
     * @param shift         how the caller's indexes move: removed ones (old numbering), inserted ones (new)
     * @param insertedStart the start of each inserted entry, in the order of {@code shift.inserted()}
     * @param insertedEnd   its end
     */
    public TimeIndex edited(IndexShift shift, double[] insertedStart, double[] insertedEnd) {
        int[] inserted = shift.inserted();
        int[] removed = shift.removed();
        Integer[] order = new Integer[inserted.length];
        for (int k = 0; k < order.length; k++) {
            if (!Double.isFinite(insertedStart[k]) || !Double.isFinite(insertedEnd[k])
                    || insertedEnd[k] < insertedStart[k]) {
                throw new IllegalArgumentException("entry " + inserted[k] + " has bad bounds: " + insertedStart[k]
                        + ", " + insertedEnd[k]);
            }
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(insertedStart[a], insertedStart[b]));
        int n = ids.length - removed.length + inserted.length;
        int[] newIds = new int[n];
        double[] newStarts = new double[n];
        double[] newEnds = new double[n];
        int[] longOnes = new int[n];
        int longCount = 0;
        double latest = Double.NaN;
        int q = 0;
        int k = 0;
        for (int p = 0; p <= ids.length; p++) {
            // The inserted entries that start before this one (all of them, past the last).
            while (k < order.length && (p == ids.length || insertedStart[order[k]] < starts[p])) {
                int j = order[k++];
                newIds[q] = inserted[j];
                newStarts[q] = insertedStart[j];
                newEnds[q] = insertedEnd[j];
                if (newEnds[q] - newStarts[q] > reach) {
                    longOnes[longCount++] = q;
                }
                latest = Double.isNaN(latest) ? newEnds[q] : Math.max(latest, newEnds[q]);
                q++;
            }
            if (p == ids.length) {
                break;
            }
            int id = shift.map(ids[p]);
            if (id < 0) {
                continue;
            }
            newIds[q] = id;
            newStarts[q] = starts[p];
            newEnds[q] = ends[p];
            if (newEnds[q] - newStarts[q] > reach) {
                longOnes[longCount++] = q;
            }
            latest = Double.isNaN(latest) ? newEnds[q] : Math.max(latest, newEnds[q]);
            q++;
        }
        if (q != n) {
            throw new IllegalArgumentException("the shift removes entries this index does not hold");
        }
        return new TimeIndex(newIds, newStarts, newEnds, Arrays.copyOf(longOnes, longCount), reach,
                latest);
    }

    public int size() {
        return ids.length;
    }

    /** The caller's index of the event at a sorted position. */
    public int idAt(int sortedPos) {
        return ids[sortedPos];
    }

    public double startAt(int sortedPos) {
        return starts[sortedPos];
    }

    public double endAt(int sortedPos) {
        return ends[sortedPos];
    }

    /** The earliest start, NaN when there are no events. */
    public double minStart() {
        return ids.length == 0 ? Double.NaN : starts[0];
    }

    /** The latest end, NaN when there are no events. */
    public double maxEnd() {
        return maxEnd;
    }

    /**
     * Calls {@code sortedPositionConsumer} with the sorted position of every event visible in
     * [t0, t1), in start order. Nothing is visible when t1 &lt;= t0.
     */
    public void forEachVisible(double t0, double t1, IntConsumer sortedPositionConsumer) {
        if (Double.isNaN(t0) || Double.isNaN(t1)) {
            throw new IllegalArgumentException("window bounds must not be NaN: " + t0 + ", " + t1);
        }
        if (!(t1 > t0)) {
            return;
        }
        double lower = searchFrom(t0);
        // Set-apart events starting before the searched range come before all of it in start order.
        for (int p : longPositions) {
            if (starts[p] >= lower) {
                break;
            }
            if (ends[p] >= t0) {
                sortedPositionConsumer.accept(p);
            }
        }
        int to = firstStartingAtOrAfter(t1);
        for (int p = firstStartingAtOrAfter(lower); p < to; p++) {
            if (ends[p] >= t0) {
                sortedPositionConsumer.accept(p);
            }
        }
    }

    /** How many events {@link #forEachVisible} would report. */
    public int countVisible(double t0, double t1) {
        int[] count = new int[1];
        forEachVisible(t0, t1, p -> count[0]++);
        return count[0];
    }

    /** The first sorted position whose event starts at or after {@code time} ({@link #size()} if none). */
    public int firstAtOrAfter(double time) {
        requireNumber(time);
        return firstStartingAtOrAfter(time);
    }

    /** How many events start in [a, b): two binary searches, whatever the number of events. */
    public int countStartingIn(double a, double b) {
        return b <= a ? 0 : firstAtOrAfter(b) - firstAtOrAfter(a);
    }

    /** The first sorted position whose event starts strictly after {@code time}, or -1. */
    public int nextAfter(double time) {
        requireNumber(time);
        int p = firstStartingAfter(time);
        return p < starts.length ? p : -1;
    }

    /** The last sorted position whose event starts strictly before {@code time}, or -1. */
    public int previousBefore(double time) {
        requireNumber(time);
        return firstStartingAtOrAfter(time) - 1;
    }

    /**
     * The earliest start a visible event that is not set apart can have, nudged down a few ulps:
     * durations and this difference are rounded, and searching a little wider only adds
     * candidates that the end test drops.
     */
    private double searchFrom(double t0) {
        double lower = t0 - reach;
        return lower - 4 * (Math.ulp(lower) + Math.ulp(t0) + Math.ulp(reach));
    }

    private static void requireNumber(double time) {
        if (Double.isNaN(time)) {
            throw new IllegalArgumentException("time must not be NaN");
        }
    }

    private int firstStartingAtOrAfter(double time) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstStartingAfter(double time) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
