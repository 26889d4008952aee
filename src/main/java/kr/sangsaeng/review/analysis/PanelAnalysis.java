package kr.sangsaeng.review.analysis;

import java.util.List;
import java.util.Map;

/**
 * The entry point the command line and the results view use: one round, one set of weights (the
 * rubric's, or what-if weights), and every figure of docs/analysis.md from it. Compiling the round is the
 * expensive step and happens once; {@link #withWeights} reuses it, so live what-if editing only
 * recomputes totals. Immutable, so a background task can work on it while the view keeps its own.
 */
public final class PanelAnalysis {
    private final ReviewTable table;
    private final ReviewerTotals totals;

    private PanelAnalysis(ReviewTable table, double[] weights) {
        this.table = table;
        this.totals = ReviewerTotals.of(table, weights);
    }

    /** The round with the rubric's own weights. */
    public static PanelAnalysis of(PanelData data) {
        return of(ReviewTable.of(data));
    }

    public static PanelAnalysis of(ReviewTable table) {
        return new PanelAnalysis(table, table.rubricWeights());
    }

    /** What-if weights by criterion id; criteria not named keep the rubric's weight. */
    public PanelAnalysis withWeights(Map<Long, Double> weightsByCriterionId) {
        return new PanelAnalysis(table, table.weights(weightsByCriterionId));
    }

    /** What-if weights in rubric order. */
    public PanelAnalysis withWeights(double[] weights) {
        return new PanelAnalysis(table, weights);
    }

    public ReviewTable table() {
        return table;
    }

    /** The weights in effect, rubric order (a copy). */
    public double[] weights() {
        return totals.weights();
    }

    public ReviewerTotals totals() {
        return totals;
    }

    public PanelScores scores(PanelMethod method) {
        return PanelAggregator.aggregate(totals, method);
    }

    public Ranking ranking(PanelMethod method) {
        return Ranker.rank(scores(method));
    }

    public ShortlistResult shortlist(PanelMethod method, ShortlistRule rule) {
        return rule.apply(ranking(method));
    }

    public AgreementReport agreement() {
        return AgreementAnalyzer.analyze(totals);
    }

    public List<ReviewerBiasEntry> reviewerBias() {
        return ReviewerBias.compute(totals);
    }

    /** Rank stability centred on the weights in effect; blocks, so call it off the FX thread. */
    public StabilityResult stability(StabilityOptions options, StabilityProgress progress) {
        return new RankStability(table, totals.weights()).run(options, progress);
    }
}
