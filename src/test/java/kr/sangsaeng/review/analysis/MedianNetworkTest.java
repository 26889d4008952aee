package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MedianNetworkTest {
    @Test
    void findsTheMedianOfEverySizeInEveryLane() {
        Random rnd = new Random(5);
        int lanes = 7;
        for (int n = 1; n <= 40; n++) {
            MedianNetwork net = MedianNetwork.forSize(n);
            for (int trial = 0; trial < 30; trial++) {
                double[] v = new double[n * lanes];
                for (int i = 0; i < v.length; i++) {
                    // few distinct values, so ties are common
                    v[i] = trial % 2 == 0 ? rnd.nextInt(4) : rnd.nextGaussian();
                }
                double[] expected = new double[lanes];
                for (int b = 0; b < lanes; b++) {
                    double[] column = new double[n];
                    for (int j = 0; j < n; j++) {
                        column[j] = v[j * lanes + b];
                    }
                    Arrays.sort(column);
                    expected[b] = n % 2 == 1 ? column[n / 2] : (column[n / 2 - 1] + column[n / 2]) / 2;
                }
                double[] out = new double[lanes];
                net.medians(v, lanes, out);
                assertThat(out).as("n = %d", n).containsExactly(expected);
            }
        }
    }

    @Test
    void needsFewerComparisonsThanAFullSort() {
        // Batcher's full network for 16 values has 63 comparators.
        assertThat(MedianNetwork.forSize(16).comparators()).isLessThan(63);
    }
}
