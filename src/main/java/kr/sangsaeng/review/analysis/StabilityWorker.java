package kr.sangsaeng.review.analysis;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import kr.sangsaeng.review.model.SupportArea;

/**
 * One thread's share of a stability run. Workers claim blocks of draws from a shared counter and
 * write each draw's ranks into the shared rank table at that draw's own slots, so the table and
 * the summed shortlist counts are the same however the blocks were divided.
 */
final class StabilityWorker implements Callable<int[]> {
    /** Draws per block: the scorer handles a block in one pass over the scores. */
    static final int BLOCK = DrawScorer.LANES;

    private final Shared shared;
    private final int ns;
    private final DirichletSampler sampler;
    private final DrawScorer scorer;
    private final RankOrder order;
    private final int nc;
    private final double[] weights;
    private final double[] blockScores;
    private final double[] score;
    private final int[] chosen;
    private final int[] areaCount;
    private final int[] blockRanks;

    /**
     * What all workers of a run share. {@code ranks} holds draw d's rank of submission s at
     * {@code s * draws + d}, the layout the summary reads.
     */
    record Shared(DrawInputs inputs, StabilityOptions options, double[] alpha, double[] tieMeans, int[] completed,
                  int[] areaMask, int[] ranks, AtomicInteger nextBlock, DrawProgress progress) {
    }

    StabilityWorker(Shared shared) {
        this.shared = shared;
        ReviewTable t = shared.inputs().table();
        this.ns = t.submissionCount();
        this.sampler = new DirichletSampler(shared.alpha(), shared.options().seed());
        this.scorer = new DrawScorer(shared.inputs(), shared.options().method());
        this.order = new RankOrder(ns);
        this.nc = t.criterionCount();
        this.weights = new double[BLOCK * nc];
        this.blockScores = new double[BLOCK * ns];
        this.score = new double[ns];
        this.chosen = new int[ns];
        this.areaCount = new int[SupportArea.values().length];
        this.blockRanks = new int[BLOCK * ns];
    }

    /** Runs blocks until none is left; returns how often each submission was shortlisted. */
    @Override
    public int[] call() {
        int draws = shared.options().draws();
        int[] shortlisted = new int[ns];
        for (int block = shared.nextBlock().getAndIncrement(); block * BLOCK < draws;
             block = shared.nextBlock().getAndIncrement()) {
            if (shared.progress().shouldStop()) {
                throw new CancellationException("Stability run cancelled");
            }
            int from = block * BLOCK;
            int to = Math.min(draws, from + BLOCK);
            for (int d = from; d < to; d++) {
                sampler.draw(d, weights, (d - from) * nc);
            }
            scorer.score(weights, to - from, blockScores);
            for (int b = 0; b < to - from; b++) {
                rankDraw(b, shortlisted);
            }
            copyRanks(from, to);
            shared.progress().advance(to - from);
        }
        return shortlisted;
    }

    /** Ranks and shortlists draw b of the current block; its ranks go to the block buffer. */
    private void rankDraw(int b, int[] shortlisted) {
        System.arraycopy(blockScores, b * ns, score, 0, ns);
        int tie = Ranker.tieBreakCriterion(weights, b * nc, nc);
        order.rank(score, shared.tieMeans(), tie * ns, shared.completed());
        int taken = shared.options().rule().select(order.order(), order.ranks(), score, shared.completed(),
                shared.areaMask(), null, chosen, areaCount);
        for (int i = 0; i < taken; i++) {
            shortlisted[chosen[i]]++;
        }
        int[] rank = order.ranks();
        System.arraycopy(rank, 0, blockRanks, b * ns, ns);
    }

    /** Moves the block's ranks, stored draw by draw, into the submission-major shared table. */
    private void copyRanks(int from, int to) {
        int draws = shared.options().draws();
        int[] ranks = shared.ranks();
        int n = to - from;
        for (int s = 0; s < ns; s++) {
            int base = s * draws + from;
            for (int b = 0; b < n; b++) {
                ranks[base + b] = blockRanks[b * ns + s];
            }
        }
    }
}
