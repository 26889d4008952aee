package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DirichletSamplerTest {
    private static final int DRAWS = 40_000;

    @Test
    void drawsAroundTheWeightsWithTheDirichletSpread() {
        // Weights 50/30/20, κ = 50 → α = 25, 15, 10, α0 = 50.
        // E[w_c] = α_c/α0; Var[w_c] = α_c(α0 − α_c) / (α0²(α0 + 1)): 0.004902, 0.004118, 0.003137.
        double[] alpha = DirichletSampler.shapes(new double[] {50, 30, 20}, 50);
        DirichletSampler sampler = new DirichletSampler(alpha, 1);
        double[] sum = new double[3];
        double[] sumSq = new double[3];
        double[] w = new double[3];
        for (int d = 0; d < DRAWS; d++) {
            sampler.draw(d, w, 0);
            assertThat(w[0] + w[1] + w[2]).isCloseTo(1.0, within(1e-12));
            for (int c = 0; c < 3; c++) {
                sum[c] += w[c];
                sumSq[c] += w[c] * w[c];
            }
        }
        double[] mean = {0.5, 0.3, 0.2};
        for (int c = 0; c < 3; c++) {
            double m = sum[c] / DRAWS;
            double var = sumSq[c] / DRAWS - m * m;
            double expectedVar = 50 * mean[c] * (50 - 50 * mean[c]) / (50.0 * 50 * 51);
            assertThat(m).isCloseTo(mean[c], within(0.002));
            assertThat(var).isCloseTo(expectedVar, within(expectedVar * 0.06));
        }
    }

    @Test
    void gammaHasTheRightMeanAndVarianceAboveAndBelowShapeOne() {
        for (double shape : new double[] {0.4, 1.0, 3.5, 120}) {
            DirichletSampler sampler = new DirichletSampler(new double[] {1}, 7);
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < DRAWS; i++) {
                double g = sampler.gamma(shape);
                sum += g;
                sumSq += g * g;
            }
            double m = sum / DRAWS;
            double var = sumSq / DRAWS - m * m;
            // Gamma(k, 1): mean k, variance k.
            assertThat(m).as("mean for shape %s", shape).isCloseTo(shape, within(0.03 * Math.max(1, shape)));
            assertThat(var).as("variance for shape %s", shape).isCloseTo(shape, within(0.08 * shape));
        }
    }

    @Test
    void drawDependsOnlyOnSeedAndDrawNumber() {
        double[] alpha = {10, 20, 20};
        DirichletSampler a = new DirichletSampler(alpha, 42);
        DirichletSampler b = new DirichletSampler(alpha, 42);
        double[] x = new double[3];
        double[] y = new double[3];

        b.draw(5, y, 0);
        a.draw(17, x, 0);
        a.draw(5, x, 0);

        assertThat(x).containsExactly(y);
    }

    @Test
    void zeroWeightCriterionAlwaysDrawsZero() {
        DirichletSampler sampler = new DirichletSampler(DirichletSampler.shapes(new double[] {1, 0, 1}, 50), 3);
        double[] w = new double[3];
        for (int d = 0; d < 100; d++) {
            sampler.draw(d, w, 0);
            assertThat(w[1]).isZero();
        }
    }
}
