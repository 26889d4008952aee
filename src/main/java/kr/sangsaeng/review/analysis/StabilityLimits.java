package kr.sangsaeng.review.analysis;

/**
 * How many rank-stability draws fit: every draw keeps one rank per submission (an int) until the
 * medians and intervals are taken, so D draws of n submissions need 4·D·n bytes at once. A run that
 * cannot fit is refused before it starts, with the limit, instead of ending in an out-of-memory error
 * after minutes of work.
 */
public final class StabilityLimits {
    /** Share of the memory free at the start a run may take; the rest is the app's and the summary's. */
    private static final double SHARE = 0.5;

    private StabilityLimits() {
    }

    /** The most draws that fit for {@code submissions} cases now (at least 1). */
    public static int maxDraws(int submissions) {
        int n = Math.max(1, submissions);
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long byMemory = (long) (free * SHARE) / (4L * n);
        long byArray = (Integer.MAX_VALUE - 8L) / n;
        return (int) Math.max(1, Math.min(byMemory, byArray));
    }

    /** Throws with the limit and the reason when {@code draws} do not fit. */
    static void check(int draws, int submissions) {
        int max = maxDraws(submissions);
        if (draws > max) {
            throw new IllegalArgumentException("--draws " + draws + " is more than the " + max + " draws that fit in "
                    + "memory for " + submissions + " cases (each draw keeps a rank for every case); use at most " + max);
        }
    }
}
