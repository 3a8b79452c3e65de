package org.sourceline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeIndexTest {

    private static final double DAY = 86400;
    private static final double YEAR = 365.2425 * DAY;

    /** Caller indices of the events visible in [t0, t1), by start then index, found by looking at every event. */
    private static List<Integer> bruteVisible(double[] start, double[] end, double t0, double t1) {
        if (!(t1 > t0)) {
            return List.of();
        }
        return IntStream.range(0, start.length)
                .filter(i -> start[i] < t1 && end[i] >= t0)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> start[i]).thenComparingInt(i -> i))
                .toList();
    }

    private static List<Integer> visible(TimeIndex index, double t0, double t1) {
        List<Integer> positions = new ArrayList<>();
        index.forEachVisible(t0, t1, positions::add);
        for (int k = 1; k < positions.size(); k++) {
            assertThat(positions.get(k)).isGreaterThan(positions.get(k - 1));
        }
        return positions.stream().map(index::idAt).toList();
    }

    /** Points, short intervals and a few spanning centuries, from 1000 BC to now. */
    private static double[][] randomEvents(Random random, int n, double longShare) {
        double[] start = new double[n];
        double[] end = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = (random.nextDouble() * 3000 - 2970) * YEAR;
            if (random.nextInt(8) == 0) {
                // Coarse values give shared starts and ends that fall exactly on window bounds.
                start[i] = Math.rint(start[i] / YEAR) * YEAR;
            }
            double kind = random.nextDouble();
            if (kind < longShare) {
                end[i] = start[i] + random.nextDouble() * 500 * YEAR;
            } else if (kind < 0.5) {
                end[i] = start[i];
            } else {
                end[i] = start[i] + random.nextDouble() * 30 * DAY;
            }
        }
        return new double[][] {start, end};
    }

    @Test
    void matchesABruteForceScanOverRandomEvents() {
        Random random = new Random(1789);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(trial < 50 ? 20 : 2000);
            double longShare = new double[] {0, 0.001, 0.02, 0.3}[trial % 4];
            double[][] events = randomEvents(random, n, longShare);
            double[] start = events[0];
            double[] end = events[1];
            TimeIndex index = new TimeIndex(start, end);
            assertThat(index.size()).isEqualTo(n);

            for (int q = 0; q < 50; q++) {
                double t0;
                double t1;
                if (n > 0 && q % 3 == 0) {
                    // Bounds exactly on event bounds.
                    t0 = random.nextBoolean() ? start[random.nextInt(n)] : end[random.nextInt(n)];
                    t1 = random.nextBoolean() ? start[random.nextInt(n)] : end[random.nextInt(n)];
                } else {
                    t0 = (random.nextDouble() * 3100 - 3020) * YEAR;
                    t1 = t0 + Math.pow(10, random.nextDouble() * 11);
                }
                List<Integer> expected = bruteVisible(start, end, t0, t1);
                assertThat(visible(index, t0, t1)).as("window [%s, %s)", t0, t1).isEqualTo(expected);
                assertThat(index.countVisible(t0, t1)).isEqualTo(expected.size());
            }
        }
    }

    @Test
    void findsAVeryLongEventAmongManyPoints() {
        int n = 10_000;
        double[] start = new double[n];
        double[] end = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = i * DAY;
            end[i] = start[i];
        }
        // Listed last, starting first, lasting through all the others.
        start[n - 1] = -DAY;
        end[n - 1] = 2 * n * DAY;
        TimeIndex index = new TimeIndex(start, end);

        List<Integer> found = visible(index, 5000.5 * DAY, 5002.5 * DAY);
        assertThat(found).containsExactly(n - 1, 5001, 5002);
        assertThat(index.countVisible(3 * n * DAY, 4 * n * DAY)).isZero();
        assertThat(visible(index, 1.5 * n * DAY, 1.6 * n * DAY)).containsExactly(n - 1);
    }

    @Test
    void windowBoundsAreHalfOpen() {
        double[] start = {10, 20, 5};
        double[] end = {10, 20, 10};
        TimeIndex index = new TimeIndex(start, end);
        // The point at t0 and the interval ending at t0 are in; the point at t1 is out.
        assertThat(visible(index, 10, 20)).containsExactly(2, 0);
        assertThat(visible(index, 10, 10)).isEmpty();
        assertThat(visible(index, 20, 10)).isEmpty();
        assertThat(visible(index, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)).containsExactly(2, 0, 1);
    }

    @Test
    void mapsSortedPositionsBackToCallerIndices() {
        double[] start = {30, 10, 20, 10};
        double[] end = {40, 15, 20, 12};
        TimeIndex index = new TimeIndex(start, end);
        assertThat(IntStream.range(0, 4).map(index::idAt).toArray()).containsExactly(1, 3, 2, 0);
        for (int p = 0; p < 4; p++) {
            assertThat(index.startAt(p)).isEqualTo(start[index.idAt(p)]);
            assertThat(index.endAt(p)).isEqualTo(end[index.idAt(p)]);
        }
        assertThat(index.minStart()).isEqualTo(10);
        assertThat(index.maxEnd()).isEqualTo(40);
    }

    @Test
    void stepsToTheNextAndPreviousEvent() {
        Random random = new Random(11);
        double[][] events = randomEvents(random, 500, 0.02);
        double[] start = events[0];
        double[] end = events[1];
        TimeIndex index = new TimeIndex(start, end);
        for (int q = 0; q < 500; q++) {
            double time = q % 2 == 0 ? start[random.nextInt(500)] : (random.nextDouble() * 3100 - 3020) * YEAR;

            double nextStart = IntStream.range(0, 500).mapToDouble(i -> start[i]).filter(s -> s > time).min().orElse(Double.NaN);
            int next = index.nextAfter(time);
            if (Double.isNaN(nextStart)) {
                assertThat(next).isEqualTo(-1);
            } else {
                assertThat(index.startAt(next)).isEqualTo(nextStart);
                assertThat(next == 0 || index.startAt(next - 1) <= time).isTrue();
            }

            double previousStart = IntStream.range(0, 500).mapToDouble(i -> start[i]).filter(s -> s < time).max().orElse(Double.NaN);
            int previous = index.previousBefore(time);
            if (Double.isNaN(previousStart)) {
                assertThat(previous).isEqualTo(-1);
            } else {
                assertThat(index.startAt(previous)).isEqualTo(previousStart);
                assertThat(previous == 499 || index.startAt(previous + 1) >= time).isTrue();
            }
        }
    }

    @Test
    void handlesNoEvents() {
        TimeIndex index = new TimeIndex(new double[0], new double[0]);
        assertThat(index.size()).isZero();
        assertThat(index.countVisible(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)).isZero();
        assertThat(index.nextAfter(0)).isEqualTo(-1);
        assertThat(index.previousBefore(0)).isEqualTo(-1);
        assertThat(index.minStart()).isNaN();
        assertThat(index.maxEnd()).isNaN();
    }

    @Test
    void answersQuicklyOverAMillionEvents() {
        Random random = new Random(2);
        int n = 1_000_000;
        double[][] events = randomEvents(random, n, 0.0001);
        double[] start = events[0];
        double[] end = events[1];
        TimeIndex index = new TimeIndex(start, end);
        double t0 = -500 * YEAR;
        double t1 = -499 * YEAR;
        assertThat(index.countVisible(t0, t1)).isEqualTo(bruteVisible(start, end, t0, t1).size());
        assertThat(index.maxEnd()).isEqualTo(IntStream.range(0, n).mapToDouble(i -> end[i]).max().orElseThrow());
        assertThat(index.minStart()).isEqualTo(IntStream.range(0, n).mapToDouble(i -> start[i]).min().orElseThrow());
    }

    @Test
    void rejectsBadEvents() {
        assertThatThrownBy(() -> new TimeIndex(new double[1], new double[2])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeIndex(new double[] {2}, new double[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeIndex(new double[] {Double.NaN}, new double[] {1})).isInstanceOf(IllegalArgumentException.class);
        TimeIndex index = new TimeIndex(new double[] {1}, new double[] {1});
        assertThatThrownBy(() -> index.forEachVisible(Double.NaN, 1, p -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
