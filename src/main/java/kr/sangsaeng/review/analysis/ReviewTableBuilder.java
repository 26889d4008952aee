package kr.sangsaeng.review.analysis;

import java.util.Arrays;

import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.ScoreColumns;

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
    private final IdIndex submissionIndex;
    private final IdIndex reviewerIndex;
    private final IdIndex criterionIndex;

    ReviewTableBuilder(PanelData data) {
        this.data = data;
        this.ns = data.submissions().size();
        this.nr = data.reviewers().size();
        this.nc = data.criteria().size();
        this.submissionIndex = IdIndex.of(data.submissions(), s -> s.id(), "submission");
        this.reviewerIndex = IdIndex.of(data.reviewers(), r -> r.id(), "reviewer");
        this.criterionIndex = IdIndex.of(data.criteria(), c -> c.id(), "criterion");
    }

    ReviewTable build() {
        double[] cells = collectScores();
        boolean[] recusals = collectRecusals();
        byte[] state = new byte[ns * nr];
        int[] incomplete = new int[ns];
        int[] recused = new int[ns];
        int[] start = new int[ns + 1];
        for (int s = 0; s < ns; s++) {
            int complete = 0;
            for (int r = 0; r < nr; r++) {
                ReviewState st = classify(cells, cell(s, r), recusals[cell(s, r)]);
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

    private void fillCompleteReviews(double[] cells, byte[] state, int[] reviewerOf, double[] raw) {
        int m = 0;
        for (int s = 0; s < ns; s++) {
            for (int r = 0; r < nr; r++) {
                if (state[s * nr + r] == ReviewState.COMPLETE.ordinal()) {
                    reviewerOf[m] = r;
                    System.arraycopy(cells, cell(s, r) * nc, raw, m * nc, nc);
                    m++;
                }
            }
        }
    }

    private ReviewState classify(double[] cells, int cell, boolean recused) {
        if (recused) {
            return ReviewState.RECUSED;
        }
        int missing = 0;
        for (int c = cell * nc; c < (cell + 1) * nc; c++) {
            missing += Double.isNaN(cells[c]) ? 1 : 0;
        }
        if (missing == nc) {
            return ReviewState.NOT_STARTED;
        }
        return missing > 0 ? ReviewState.INCOMPLETE : ReviewState.COMPLETE;
    }

    /**
     * Every reviewer × submission cell's scores in rubric order, NaN where missing, in one array
     * (cell-major): one allocation instead of one small array per review.
     */
    private double[] collectScores() {
        double[] cells = new double[Math.multiplyExact(Math.multiplyExact(ns, nr), nc)];
        Arrays.fill(cells, Double.NaN);
        if (data.scores() instanceof ScoreColumns columns) {
            // A million scores read as numbers, not as a million Score objects made only to be read once.
            columns.forEachValue((reviewer, submission, criterion, value) -> put(cells, reviewer, submission, criterion, value));
        } else {
            for (Score sc : data.scores()) {
                put(cells, sc.reviewerId(), sc.submissionId(), sc.criterionId(), sc.value());
            }
        }
        return cells;
    }

    private void put(double[] cells, long reviewerId, long submissionId, long criterionId, double value) {
        int s = submissionIndex.indexOf(submissionId);
        int r = reviewerIndex.indexOf(reviewerId);
        int c = criterionIndex.indexOf(criterionId);
        if (s < 0 || r < 0 || c < 0 || Double.isNaN(value)) {
            return;
        }
        cells[cell(s, r) * nc + c] = value;
    }

    private boolean[] collectRecusals() {
        boolean[] out = new boolean[ns * nr];
        for (Review rv : data.reviews()) {
            int s = submissionIndex.indexOf(rv.submissionId());
            int r = reviewerIndex.indexOf(rv.reviewerId());
            if (rv.recused() && s >= 0 && r >= 0) {
                out[cell(s, r)] = true;
            }
        }
        return out;
    }

    private int cell(int s, int r) {
        return s * nr + r;
    }
}
