package kr.sangsaeng.review.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.ReviewTable;
import kr.sangsaeng.review.analysis.ReviewerTotals;
import kr.sangsaeng.review.model.Reviewer;

/**
 * The panel's totals grouped for a box plot: per case (each reviewer's total of that case), or per
 * reviewer (each of their totals minus the case's mean of complete totals, so a reviewer whose box
 * sits right of zero is lenient and left of it harsh; the mean of a reviewer's group is their bias
 * as the results view reports it). Only complete reviews count (docs/analysis.md).
 */
public record ScoreGroups(List<Group> groups, int total, List<String> leftOut) {
    /** Cases a per-case plot draws at most; a large round shows its best by median. */
    public static final int DEFAULT_LIMIT = 30;

    public ScoreGroups {
        groups = List.copyOf(groups);
        leftOut = List.copyOf(leftOut);
    }

    /** A reviewer as a box's key: drawn by label, told apart by id (two members may share a name). */
    public record ReviewerKey(long reviewerId, String label) implements Comparable<ReviewerKey> {
        @Override
        public int compareTo(ReviewerKey o) {
            return Long.compare(reviewerId, o.reviewerId);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReviewerKey k && k.reviewerId == reviewerId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(reviewerId);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One box: its key (a {@link CaseKey} or a {@link ReviewerKey}), its values and who gave each. */
    public record Group(Comparable<?> key, List<Double> values, List<String> sources) {
        public Group {
            values = List.copyOf(values);
            sources = List.copyOf(sources);
        }

        public double mean() {
            return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }

        public double median() {
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = v.length;
            return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        }
    }

    public int hidden() {
        return total - groups.size();
    }

    /** Per case, highest median first; cases without a complete review are named in {@code leftOut}. */
    public static ScoreGroups byCase(PanelAnalysis analysis, int limit) {
        ReviewTable t = analysis.table();
        ReviewerTotals totals = analysis.totals();
        var keys = CaseLabels.of(t.submissions());
        List<Group> groups = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (int s = 0; s < t.submissionCount(); s++) {
            CaseKey key = keys.get(t.submissions().get(s).id());
            if (t.completed(s) == 0) {
                leftOut.add(key.label());
                continue;
            }
            List<Double> values = new ArrayList<>();
            List<String> who = new ArrayList<>();
            for (int m = t.reviewStart(s); m < t.reviewEnd(s); m++) {
                values.add(totals.total(m));
                who.add(t.reviewers().get(t.reviewerOf(m)).name());
            }
            groups.add(new Group(key, values, who));
        }
        groups.sort(Comparator.comparingDouble(Group::median).thenComparingDouble(Group::mean).reversed());
        return new ScoreGroups(groups.subList(0, Math.min(Math.max(0, limit), groups.size())), groups.size(), leftOut);
    }

    /** Per reviewer, most lenient first; reviewers without a complete review are named in {@code leftOut}. */
    public static ScoreGroups byReviewer(PanelAnalysis analysis) {
        ReviewTable t = analysis.table();
        ReviewerTotals totals = analysis.totals();
        var keys = CaseLabels.of(t.submissions());
        List<List<Double>> values = new ArrayList<>();
        List<List<String>> cases = new ArrayList<>();
        for (int r = 0; r < t.reviewerCount(); r++) {
            values.add(new ArrayList<>());
            cases.add(new ArrayList<>());
        }
        for (int s = 0; s < t.submissionCount(); s++) {
            double mean = caseMean(t, totals, s);
            for (int m = t.reviewStart(s); m < t.reviewEnd(s); m++) {
                values.get(t.reviewerOf(m)).add(totals.total(m) - mean);
                cases.get(t.reviewerOf(m)).add(keys.get(t.submissions().get(s).id()).label());
            }
        }
        List<Group> groups = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (int r = 0; r < t.reviewerCount(); r++) {
            Reviewer reviewer = t.reviewers().get(r);
            if (values.get(r).isEmpty()) {
                leftOut.add(reviewer.name());
            } else {
                groups.add(new Group(new ReviewerKey(reviewer.id(), reviewer.name()), values.get(r), cases.get(r)));
            }
        }
        groups.sort(Comparator.comparingDouble(Group::mean).reversed());
        return new ScoreGroups(groups, groups.size(), leftOut);
    }

    private static double caseMean(ReviewTable t, ReviewerTotals totals, int s) {
        double sum = 0;
        for (int m = t.reviewStart(s); m < t.reviewEnd(s); m++) {
            sum += totals.total(m);
        }
        return sum / t.completed(s);
    }
}
