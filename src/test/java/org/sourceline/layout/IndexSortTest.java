package org.sourceline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {

    @Test
    void ordersIndicesStablyByKeyThenTieKey() {
        Random random = new Random(99);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(trial < 180 ? 40 : 3000);
            double[] key = new double[n];
            double[] tie = new double[n];
            for (int i = 0; i < n; i++) {
                key[i] = random.nextInt(20) - 10;
                tie[i] = random.nextInt(3);
            }
            int[] expectedByKey = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble(i -> key[i]))
                    .mapToInt(Integer::intValue).toArray();
            int[] expectedByBoth = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> key[i]).thenComparingDouble(i -> tie[i]))
                    .mapToInt(Integer::intValue).toArray();
            assertThat(IndexSort.sortedOrder(key)).containsExactly(expectedByKey);
            assertThat(IndexSort.sortedOrder(key, tie)).containsExactly(expectedByBoth);
        }
    }
}
