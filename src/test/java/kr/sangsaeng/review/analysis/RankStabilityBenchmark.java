package kr.sangsaeng.review.analysis;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times the stability run on 10,000 cases × 20 reviewers × 6 criteria, 2,000 draws, top 100, for
 * each method: the first (cold, including JIT compilation) run and the median of three warm runs.
 * Not a test — timings depend on the machine and its load; run it by hand after
 * {@code mvn -o test-compile}:
 * <pre>java -cp target/classes:target/test-classes kr.sangsaeng.review.analysis.RankStabilityBenchmark [threads]</pre>
 */
public final class RankStabilityBenchmark {
    private RankStabilityBenchmark() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        long t0 = System.nanoTime();
        PanelData data = SyntheticRound.generate(10_000, 20, 6, 7);
        long t1 = System.nanoTime();
        PanelAnalysis analysis = PanelAnalysis.of(data);
        System.out.printf(Locale.ROOT, "generate round %.0f ms, compile review table %.0f ms%n",
                (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
        for (PanelMethod m : PanelMethod.values()) {
            StabilityOptions o = StabilityOptions.defaults(ShortlistRule.top(100)).withMethod(m).withThreads(threads);
            double[] ms = new double[4];
            StabilityResult r = null;
            for (int i = 0; i < ms.length; i++) {
                long a = System.nanoTime();
                r = analysis.stability(o, StabilityProgress.NONE);
                ms[i] = (System.nanoTime() - a) / 1e6;
            }
            double cold = ms[0];
            Arrays.sort(ms, 1, ms.length);
            System.out.printf(Locale.ROOT, "%-8s %d draws, %d threads: cold %5.0f ms, warm %5.0f ms (%d on the cut-off)%n",
                    m.key(), o.draws(), threads, cold, ms[2], r.onCutoff().size());
        }
    }
}
