package kr.sangsaeng.review.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistEntry;
import kr.sangsaeng.review.analysis.ShortlistResult;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.analysis.SubmissionStability;
import kr.sangsaeng.review.model.Decision;

/**
 * Turns the view's settings into what it shows, with no JavaFX, so it runs on a worker thread and
 * is tested without a screen. Everything comes from {@link PanelAnalysis}, the same code the
 * command line prints from.
 */
final class ResultsComputation {
    /**
     * @param weights   what-if weights in rubric order, or null for the rubric's
     * @param stability a stability run for exactly these settings, or null
     */
    record Inputs(PanelAnalysis base, double[] weights, PanelMethod method, ShortlistRule rule,
                  Map<Long, Decision> decisions, StabilityResult stability) {
    }

    private ResultsComputation() {
    }

    static ResultsSnapshot compute(Inputs in, PanelWording wording) {
        PanelAnalysis analysis = in.weights() == null ? in.base() : in.base().withWeights(in.weights());
        ShortlistResult shortlist = analysis.shortlist(in.method(), in.rule());
        List<ResultRow> rows = rows(shortlist, in.decisions(), in.stability());
        var agreement = analysis.agreement();
        return new ResultsSnapshot(rows, shortlist.shortlisted().size(), wording.headline(agreement),
                wording.details(agreement, analysis.table().criteria()), wording.bias(analysis.reviewerBias()));
    }

    private static List<ResultRow> rows(ShortlistResult shortlist, Map<Long, Decision> decisions,
                                        StabilityResult stability) {
        List<ShortlistEntry> entries = shortlist.entries();
        int last = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).shortlisted()) {
                last = i;
            }
        }
        List<ResultRow> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ShortlistEntry e = entries.get(i);
            int rank = e.ranked().rank();
            boolean tied = (i > 0 && entries.get(i - 1).ranked().rank() == rank)
                    || (i + 1 < entries.size() && entries.get(i + 1).ranked().rank() == rank);
            var stats = e.ranked().stats();
            SubmissionStability s = stability == null ? null : stability.submissions().get(stats.index());
            rows.add(new ResultRow(rank, tied, stats, e.outcome(), i == last, s,
                    decisions.get(stats.submission().id())));
        }
        return rows;
    }
}
