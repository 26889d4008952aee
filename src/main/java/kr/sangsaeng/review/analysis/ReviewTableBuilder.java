package kr.sangsaeng.review.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Score;

/**
 * Classifies every reviewer × submission pair and lays the complete reviews out for
 * {@link ReviewTable}.
 *
 * <ul>
 *   <li>recused (a {@link Review} with {@code recused}) wins over any scores, which stay ignored;
 *   <li>complete: every criterion of the rubric has a score;
 *   <li>incomplete: at least one score, but not all criteria — a review row without any score is
 *       "not started", because the store may create review rows before anyone scores;
 *   <li>scores naming a reviewer, submission or criterion not in the data, or holding NaN, are
 *       ignored: the store's foreign keys already guarantee they cannot occur in a real file, and a
 *       results view should not fail on a caller passing a filtered list of submissions.
 * </ul>
 */
final class ReviewTableBuilder {
    private final PanelData data;
    private final int ns;
    private final int nr;
    private final int nc;
    private final Map<Long, Integer> submissionIndex;
    private final Map<Long, Integer> reviewerIndex;
    private final Map<Long, Integer> criterionIndex;

    ReviewTableBuilder(PanelData data) {
        this.data = data;
        this.ns = data.submissions().size();
        this.nr = data.reviewers().size();
        this.nc = data.criteria().size();
        this.submissionIndex = indexById(data.submissions(), s -> s.id(), "submission");
        this.reviewerIndex = indexById(data.reviewers(), r -> r.id(), "reviewer");
        this.criterionIndex = indexById(data.criteria(), c -> c.id(), "criterion");
    }

    ReviewTable build() {
        Map<Long, double[]> cells = collectScores();
        Set<Long> recusals = collectRecusals();
        byte[] state = new byte[ns * nr];
        int[] incomplete = new int[ns];
        int[] recused = new int[ns];
        int[] start = new int[ns + 1];
        for (int s = 0; s < ns; s++) {
            int complete = 0;
            for (int r = 0; r < nr; r++) {
                ReviewState st = classify(cells.get(cell(s, r)), recusals.contains(cell(s, r)));
                state[s * nr + r] = (byte) st.ordinal();
                complete += st == ReviewState.COMPLETE ? 1 : 0;
                incomplete[s] += st == ReviewState.INCOMPLETE ? 1 : 0;
                recused[s] += st == ReviewState.RECUSED ? 1 : 0;
            }
            start[s + 1] = start[s] + complete;
        }
        int[] reviewerOf = new int[start[ns]];
        double[] raw = new double[start[ns] * nc];
        fillCompleteReviews(cells, state, reviewerOf, raw);
        return new ReviewTable(data, start, reviewerOf, raw, state, incomplete, recused);
    }

    private void fillCompleteReviews(Map<Long, double[]> cells, byte[] state, int[] reviewerOf, double[] raw) {
        int m = 0;
        for (int s = 0; s < ns; s++) {
            for (int r = 0; r < nr; r++) {
                if (state[s * nr + r] == ReviewState.COMPLETE.ordinal()) {
                    reviewerOf[m] = r;
                    System.arraycopy(cells.get(cell(s, r)), 0, raw, m * nc, nc);
                    m++;
                }
            }
        }
    }

    private static ReviewState classify(double[] scores, boolean recused) {
        if (recused) {
            return ReviewState.RECUSED;
        }
        if (scores == null) {
            return ReviewState.NOT_STARTED;
        }
        for (double x : scores) {
            if (Double.isNaN(x)) {
                return ReviewState.INCOMPLETE;
            }
        }
        return ReviewState.COMPLETE;
    }

    private Map<Long, double[]> collectScores() {
        Map<Long, double[]> cells = new HashMap<>();
        for (Score sc : data.scores()) {
            Integer s = submissionIndex.get(sc.submissionId());
            Integer r = reviewerIndex.get(sc.reviewerId());
            Integer c = criterionIndex.get(sc.criterionId());
            if (s == null || r == null || c == null || Double.isNaN(sc.value())) {
                continue;
            }
            double[] row = cells.computeIfAbsent(cell(s, r), k -> filledWithNaN(nc));
            row[c] = sc.value();
        }
        return cells;
    }

    private Set<Long> collectRecusals() {
        Set<Long> out = new HashSet<>();
        for (Review rv : data.reviews()) {
            Integer s = submissionIndex.get(rv.submissionId());
            Integer r = reviewerIndex.get(rv.reviewerId());
            if (rv.recused() && s != null && r != null) {
                out.add(cell(s, r));
            }
        }
        return out;
    }

    private long cell(int s, int r) {
        return (long) s * nr + r;
    }

    private static double[] filledWithNaN(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    private static <T> Map<Long, Integer> indexById(List<T> items, ToLongFunction<T> id, String what) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (index.put(id.applyAsLong(items.get(i)), i) != null) {
                throw new IllegalArgumentException("The " + what + " id " + id.applyAsLong(items.get(i))
                        + " appears twice");
            }
        }
        return index;
    }
}
