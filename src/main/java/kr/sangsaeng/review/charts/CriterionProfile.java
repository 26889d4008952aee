package kr.sangsaeng.review.charts;

import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.ReviewTable;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Submission;

/**
 * One case's criterion means beside the panel's average, each as a share (0–100%) of the criterion's
 * own scale, so a 1–5 criterion and a 0–10 criterion sit on the same web. The panel average is the
 * mean of the cases' criterion means (each case counts once, however many reviews it had), over the
 * cases with at least one complete review. NaN where a case has no complete review.
 */
public record CriterionProfile(Submission submission, int completedReviews, List<Axis> axes) {
    public CriterionProfile {
        axes = List.copyOf(axes);
    }

    /** One criterion: its label and scale, the case's and the panel's raw means and shares. */
    public record Axis(Criterion criterion, double caseMean, double panelMean) {
        public double caseShare() {
            return share(caseMean);
        }

        public double panelShare() {
            return share(panelMean);
        }

        private double share(double mean) {
            return (mean - criterion.min()) / (criterion.max() - criterion.min()) * 100;
        }
    }

    public boolean hasScores() {
        return completedReviews > 0;
    }

    public static CriterionProfile of(PanelAnalysis analysis, int submissionIndex) {
        ReviewTable t = analysis.table();
        if (submissionIndex < 0 || submissionIndex >= t.submissionCount()) {
            throw new IndexOutOfBoundsException("No submission at index " + submissionIndex);
        }
        List<Axis> axes = new ArrayList<>(t.criterionCount());
        for (int c = 0; c < t.criterionCount(); c++) {
            axes.add(new Axis(t.criteria().get(c), t.criterionMean(submissionIndex, c), panelMean(t, c)));
        }
        return new CriterionProfile(t.submissions().get(submissionIndex), t.completed(submissionIndex), axes);
    }

    private static double panelMean(ReviewTable t, int criterion) {
        double sum = 0;
        int n = 0;
        for (int s = 0; s < t.submissionCount(); s++) {
            if (t.completed(s) > 0) {
                sum += t.criterionMean(s, criterion);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
