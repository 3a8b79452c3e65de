package org.sourceline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClustererTest {

    @Test
    void emptyInputGivesNoCluster() {
        assertThat(Clusterer.cluster(new double[0], 4)).isEmpty();
        assertThat(Clusterer.cluster(0, i -> { throw new AssertionError("not read"); }, 4)).isEmpty();
    }

    @Test
    void aLoneEventIsAClusterOfOne() {
        assertThat(Clusterer.cluster(new double[] {12.5}, 4)).containsExactly(new Cluster(0, 0, 12.5, 12.5));
        Cluster one = Clusterer.cluster(new double[] {12.5}, 4).get(0);
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.centerX()).isEqualTo(12.5);
    }

    @Test
    void equalPositionsMakeOneCluster() {
        double[] xs = new double[7];
        Arrays.fill(xs, 3.0);
        assertThat(Clusterer.cluster(xs, 1)).containsExactly(new Cluster(0, 6, 3, 3));
        // With no least distance nothing merges, not even equal positions.
        assertThat(Clusterer.cluster(xs, 0)).hasSize(7);
    }

    @Test
    void mergesNeighboursCloserThanTheDistance() {
        double[] xs = {0, 2, 3.9, 8, 20, 21, 30};
        List<Cluster> clusters = Clusterer.cluster(xs, 4);
        // 3.9 is 1.9 after 2, so it joins although 3.9 from 0; 8 is 4.1 after 3.9, exactly 4 would split too.
        assertThat(clusters).containsExactly(
                new Cluster(0, 2, 0, 3.9),
                new Cluster(3, 3, 8, 8),
                new Cluster(4, 5, 20, 21),
                new Cluster(6, 6, 30, 30));
        assertThat(clusters.get(0).count()).isEqualTo(3);
        assertThat(clusters.get(0).centerX()).isEqualTo(1.95);
        assertThat(Clusterer.cluster(new double[] {0, 4}, 4)).hasSize(2);
    }

    @Test
    void chainsCanGrowWiderThanTheDistance() {
        double[] xs = {0, 3, 6, 9, 12};
        assertThat(Clusterer.cluster(xs, 4)).containsExactly(new Cluster(0, 4, 0, 12));
    }

    @Test
    void preservesCountsAndSeparatesClustersOverRandomInputs() {
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            int n = random.nextInt(500);
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = random.nextInt(3) == 0 ? random.nextInt(100) : random.nextDouble() * 2000;
            }
            Arrays.sort(xs);
            double distance = random.nextDouble() * 10;
            List<Cluster> clusters = Clusterer.cluster(xs, distance);

            assertThat(clusters.stream().mapToInt(Cluster::count).sum()).isEqualTo(n);
            int expectedFirst = 0;
            for (int c = 0; c < clusters.size(); c++) {
                Cluster cluster = clusters.get(c);
                assertThat(cluster.first()).isEqualTo(expectedFirst);
                assertThat(cluster.minX()).isEqualTo(xs[cluster.first()]);
                assertThat(cluster.maxX()).isEqualTo(xs[cluster.last()]);
                for (int i = cluster.first() + 1; i <= cluster.last(); i++) {
                    assertThat(xs[i] - xs[i - 1]).isLessThan(distance);
                }
                if (c > 0) {
                    assertThat(cluster.minX() - clusters.get(c - 1).maxX()).isGreaterThanOrEqualTo(distance);
                }
                expectedFirst = cluster.last() + 1;
            }
            assertThat(expectedFirst).isEqualTo(n);
            assertThat(Clusterer.cluster(n, i -> xs[i], distance)).isEqualTo(clusters);
        }
    }

    @Test
    void rejectsUnsortedOrInvalidInput() {
        assertThatThrownBy(() -> Clusterer.cluster(new double[] {2, 1}, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Clusterer.cluster(new double[] {Double.NaN}, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Clusterer.cluster(new double[] {1}, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Clusterer.cluster(-1, i -> 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
