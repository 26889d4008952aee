package kr.sangsaeng.review.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rank stability (docs/analysis.md): how far the ranking and the shortlist depend on the exact weights.
 * Each draw takes weights from a Dirichlet centred on the given weights (α_c = κ · normalised w_c),
 * recomputes every completed review's total, the panel scores by the chosen method, the ranking
 * (same tie-breaks as {@link Ranker}, using the drawn weights) and the shortlist rule. Per
 * submission it reports the share of draws that shortlisted it, its median rank and its 5–95% rank
 * interval.
 *
 * <p>Submissions without a completed review rank last in every draw and are never shortlisted.
 * The rank table holds draws × submissions ints (80 MB for 2,000 draws of 10,000 cases), which is
 * what exact percentiles cost; a real round is a few hundred cases at most.
 */
public final class RankStability {
    private final ReviewTable table;
    private final double[] centre;

    /** @param centreWeights the weights to centre the draws on, in rubric order (rubric or what-if) */
    public RankStability(ReviewTable table, double[] centreWeights) {
        ReviewerTotals.checkWeights(centreWeights, table.criterionCount());
        this.table = table;
        this.centre = centreWeights.clone();
    }

    /**
     * Runs the draws; blocks until done.
     *
     * @throws CancellationException when {@code progress} reports cancellation or the thread is interrupted
     */
    public StabilityResult run(StabilityOptions options, StabilityProgress progress) {
        int ns = table.submissionCount();
        int draws = options.draws();
        StabilityLimits.check(draws, ns);
        StabilityWorker.Shared shared = new StabilityWorker.Shared(DrawInputs.of(table, options.method()), options,
                DirichletSampler.shapes(centre, options.concentration()), tieMeans(table), completed(table), ShortlistRule.areaMasks(table), new int[ns * draws],
                new AtomicInteger(), new DrawProgress(progress, draws));
        int blocks = (draws + StabilityWorker.BLOCK - 1) / StabilityWorker.BLOCK;
        int[] shortlisted = execute(shared, Math.min(options.threads(), blocks));
        return summarise(options, shared.ranks(), shortlisted);
    }

    private static int[] execute(StabilityWorker.Shared shared, int workers) {
        if (workers <= 1) {
            return new StabilityWorker(shared).call();
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "rank-stability");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<int[]>> others = new ArrayList<>();
            for (int i = 1; i < workers; i++) {
                others.add(pool.submit(new StabilityWorker(shared)));
            }
            int[] total = runHere(shared);
            for (Future<int[]> f : others) {
                add(total, await(f, shared));
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The calling thread works too, rather than idling while the pool works. */
    private static int[] runHere(StabilityWorker.Shared shared) {
        try {
            return new StabilityWorker(shared).call();
        } catch (RuntimeException | Error e) {
            shared.progress().fail();
            throw e;
        }
    }

    private static int[] await(Future<int[]> f, StabilityWorker.Shared shared) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shared.progress().fail();
            throw new CancellationException("Stability run interrupted");
        } catch (ExecutionException e) {
            shared.progress().fail();
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Stability run failed", e.getCause());
        }
    }

    private static void add(int[] into, int[] more) {
        for (int i = 0; i < into.length; i++) {
            into[i] += more[i];
        }
    }

    private StabilityResult summarise(StabilityOptions options, int[] ranks, int[] shortlisted) {
        int ns = table.submissionCount();
        int draws = options.draws();
        RankQuantiles q = new RankQuantiles(ns, draws);
        List<SubmissionStability> out = new ArrayList<>(ns);
        for (int s = 0; s < ns; s++) {
            q.load(ranks, s * draws, draws);
            out.add(new SubmissionStability(table.submissions().get(s), s, (double) shortlisted[s] / draws,
                    q.median(draws), q.percentile(5, draws), q.percentile(95, draws), table.completed(s)));
        }
        List<Double> centreList = new ArrayList<>(centre.length);
        for (double w : centre) {
            centreList.add(w);
        }
        return new StabilityResult(options, centreList, out);
    }

    /** Raw criterion means, column-major (criterion c of submission s at c·S + s), as the tie-break reads them. */
    private static double[] tieMeans(ReviewTable t) {
        int ns = t.submissionCount();
        double[] out = new double[t.criterionCount() * ns];
        for (int c = 0; c < t.criterionCount(); c++) {
            for (int s = 0; s < ns; s++) {
                out[c * ns + s] = t.criterionMean(s, c);
            }
        }
        return out;
    }

    private static int[] completed(ReviewTable t) {
        int[] out = new int[t.submissionCount()];
        for (int s = 0; s < out.length; s++) {
            out[s] = t.completed(s);
        }
        return out;
    }
}
