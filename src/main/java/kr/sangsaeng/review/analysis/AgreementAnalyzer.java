package kr.sangsaeng.review.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;

/**
 * Inter-rater agreement (docs/analysis.md) over a complete block of the score matrix, as ICC and W need.
 *
 * <p>Raters are the reviewers with at least one complete review: a panel member who has not
 * scored anything yet would otherwise leave no case that "every reviewer completed". Cases are the
 * submissions every one of those raters completed; a recusal therefore removes the case. Totals are
 * rounded to 1e-9 points before ranking for W, so sums that are equal on paper tie.
 */
public final class AgreementAnalyzer {
    private AgreementAnalyzer() {
    }

    public static AgreementReport analyze(ReviewerTotals totals) {
        ReviewTable t = totals.table();
        List<Integer> raters = raters(t);
        List<Integer> cases = cases(t, raters);
        int[][] review = reviewIndices(t, cases, raters);
        double[][] totalMatrix = new double[cases.size()][raters.size()];
        for (int i = 0; i < cases.size(); i++) {
            for (int j = 0; j < raters.size(); j++) {
                totalMatrix[i][j] = Math.rint(totals.total(review[i][j]) * 1e9) / 1e9;
            }
        }
        Map<String, AgreementFigures> byCriterion = new LinkedHashMap<>();
        for (int c = 0; c < t.criterionCount(); c++) {
            byCriterion.put(t.criteria().get(c).key(), AgreementFigures.of(criterionMatrix(t, review, c, raters.size())));
        }
        List<Reviewer> raterList = raters.stream().map(t.reviewers()::get).toList();
        List<Submission> caseList = cases.stream().map(t.submissions()::get).toList();
        // With every weight 0 no review has a total: the totals' figures are undefined, not an error.
        AgreementFigures onTotals = java.util.Arrays.stream(totals.weights()).sum() > 0
                ? AgreementFigures.of(totalMatrix)
                : new AgreementFigures(cases.size(), raters.size(),
                        IccResult.undefined(cases.size(), raters.size(), IccResult.ZERO_WEIGHTS), Double.NaN);
        return new AgreementReport(raterList, caseList, onTotals, byCriterion);
    }

    private static double[][] criterionMatrix(ReviewTable t, int[][] review, int c, int k) {
        double[][] x = new double[review.length][k];
        for (int i = 0; i < review.length; i++) {
            for (int j = 0; j < k; j++) {
                x[i][j] = t.raw(review[i][j], c);
            }
        }
        return x;
    }

    private static List<Integer> raters(ReviewTable t) {
        boolean[] active = new boolean[t.reviewerCount()];
        for (int m = 0; m < t.reviewCount(); m++) {
            active[t.reviewerOf(m)] = true;
        }
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < active.length; r++) {
            if (active[r]) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Integer> cases(ReviewTable t, List<Integer> raters) {
        List<Integer> out = new ArrayList<>();
        if (raters.isEmpty()) {
            return out;
        }
        for (int s = 0; s < t.submissionCount(); s++) {
            final int sub = s;
            if (raters.stream().allMatch(r -> t.state(sub, r) == ReviewState.COMPLETE)) {
                out.add(s);
            }
        }
        return out;
    }

    private static int[][] reviewIndices(ReviewTable t, List<Integer> cases, List<Integer> raters) {
        int[][] idx = new int[cases.size()][raters.size()];
        for (int i = 0; i < cases.size(); i++) {
            int s = cases.get(i);
            for (int m = t.reviewStart(s); m < t.reviewEnd(s); m++) {
                int j = raters.indexOf(t.reviewerOf(m));
                if (j >= 0) {
                    idx[i][j] = m;
                }
            }
        }
        return idx;
    }
}
