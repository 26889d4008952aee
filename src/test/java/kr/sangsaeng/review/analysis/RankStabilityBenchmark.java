package kr.sangsaeng.review.analysis;

import java.util.Locale;

/**
 * Times the stability run on 10,000 cases × 20 reviewers × 6 criteria, 2,000 draws, for each
 * method. Not a test (timings depend on the machine); run it by hand:
 * {@code java -cp target/classes:target/test-classes kr.sangsaeng.review.analysis.RankStabilityBenchmark [threads]}
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
        long t2 = System.nanoTime();
        print("generate round", t0, t1);
        print("compile review table", t1, t2);
        for (PanelMethod m : PanelMethod.values()) {
            StabilityOptions o = StabilityOptions.defaults(ShortlistRule.top(100)).withMethod(m).withThreads(threads);
            analysis.stability(o.withDraws(200), StabilityProgress.NONE); // warm-up
            long a = System.nanoTime();
            StabilityResult r = analysis.stability(o, StabilityProgress.NONE);
            long b = System.nanoTime();
            print("stability " + m.key() + ", " + o.draws() + " draws, " + threads + " threads ("
                    + r.onCutoff().size() + " on the cut-off)", a, b);
        }
    }

    private static void print(String what, long from, long to) {
        System.out.printf(Locale.ROOT, "%-70s %8.0f ms%n", what, (to - from) / 1e6);
    }
}
