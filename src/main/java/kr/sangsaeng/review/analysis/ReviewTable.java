package kr.sangsaeng.review.analysis;

import java.util.List;
import java.util.Map;

import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;

/**
 * A round's scores compiled once into primitive arrays. Every figure the analysis produces is a
 * function of the complete reviews' criterion scores and the weights, so they are stored as a dense
 * review × criterion matrix: a reviewer's total for any weights is then a dot product, and the
 * stability draws can run thousands of times without touching a collection or boxing a number.
 *
 * <p>Complete reviews are grouped by submission: those of submission {@code s} are the review
 * indices {@code reviewStart(s) .. reviewEnd(s) - 1}, in reviewer order. Indices of submissions,
 * reviewers and criteria are positions in {@link #submissions()}, {@link #reviewers()} and
 * {@link #criteria()} (rubric order). Instances are immutable.
 */
public final class ReviewTable {
    private static final ReviewState[] STATES = ReviewState.values();

    private final List<Criterion> criteria;
    private final List<Submission> submissions;
    private final List<Reviewer> reviewers;
    private final int[] start;
    private final int[] reviewerOf;
    private final int[] submissionOf;
    private final double[] raw;
    private final double[] normalised;
    private final byte[] state;
    private final int[] incomplete;
    private final int[] recused;
    private final double[] criterionMeans;

    ReviewTable(PanelData data, int[] start, int[] reviewerOf, double[] raw, byte[] state,
                int[] incomplete, int[] recused) {
        this.criteria = data.criteria();
        this.submissions = data.submissions();
        this.reviewers = data.reviewers();
        this.start = start;
        this.reviewerOf = reviewerOf;
        this.raw = raw;
        this.state = state;
        this.incomplete = incomplete;
        this.recused = recused;
        this.submissionOf = submissionIndexOfEachReview(start, reviewerOf.length);
        this.normalised = normalise(raw, criteria);
        this.criterionMeans = criterionMeans(raw, start, criteria.size());
    }

    /** Compiles a round; see {@link ReviewTableBuilder} for how reviews are classified. */
    public static ReviewTable of(PanelData data) {
        return new ReviewTableBuilder(data).build();
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public List<Submission> submissions() {
        return submissions;
    }

    public List<Reviewer> reviewers() {
        return reviewers;
    }

    public int criterionCount() {
        return criteria.size();
    }

    public int submissionCount() {
        return submissions.size();
    }

    public int reviewerCount() {
        return reviewers.size();
    }

    /** Number of complete, non-recused reviews in the round. */
    public int reviewCount() {
        return reviewerOf.length;
    }

    public int reviewStart(int submission) {
        return start[submission];
    }

    public int reviewEnd(int submission) {
        return start[submission + 1];
    }

    /** Completed reviews of a submission: the ones that count in its panel figures. */
    public int completed(int submission) {
        return start[submission + 1] - start[submission];
    }

    /** Reviews of a submission with some criteria scored but not all. */
    public int incomplete(int submission) {
        return incomplete[submission];
    }

    /** Reviewers who recused themselves from a submission. */
    public int recused(int submission) {
        return recused[submission];
    }

    public ReviewState state(int submission, int reviewer) {
        return STATES[state[submission * reviewers.size() + reviewer]];
    }

    public int reviewerOf(int review) {
        return reviewerOf[review];
    }

    public int submissionOf(int review) {
        return submissionOf[review];
    }

    /** The score as given, on the criterion's own scale. */
    public double raw(int review, int criterion) {
        return raw[review * criteria.size() + criterion];
    }

    /** The score mapped to 0..1 on the criterion's scale: (x − min) / (max − min). */
    public double normalised(int review, int criterion) {
        return normalised[review * criteria.size() + criterion];
    }

    /** Mean raw score on one criterion over a submission's complete reviews; NaN when it has none. */
    public double criterionMean(int submission, int criterion) {
        return criterionMeans[submission * criteria.size() + criterion];
    }

    /** The rubric's weights in rubric order. */
    public double[] rubricWeights() {
        return criteria.stream().mapToDouble(Criterion::weight).toArray();
    }

    /**
     * What-if weights: the rubric's weights with some replaced, keyed by criterion id. The rubric
     * itself is not changed. An id that is not a criterion of this round is a caller's mistake and
     * is refused rather than silently ignored.
     */
    public double[] weights(Map<Long, Double> overridesByCriterionId) {
        double[] w = rubricWeights();
        for (Map.Entry<Long, Double> e : overridesByCriterionId.entrySet()) {
            int c = criterionIndex(e.getKey());
            if (c < 0) {
                throw new IllegalArgumentException("No criterion with id " + e.getKey() + " in this round");
            }
            w[c] = e.getValue();
        }
        ReviewerTotals.checkWeights(w, criteria.size());
        return w;
    }

    /** Position of a criterion in rubric order, or −1. */
    public int criterionIndex(long criterionId) {
        for (int c = 0; c < criteria.size(); c++) {
            if (criteria.get(c).id() == criterionId) {
                return c;
            }
        }
        return -1;
    }

    /** The normalised matrix itself, for the hot loops of this package; never modify it. */
    double[] normalisedMatrix() {
        return normalised;
    }

    /** Review boundaries per submission, for the hot loops of this package; never modify it. */
    int[] reviewStarts() {
        return start;
    }

    /** Reviewer index of every complete review, for the hot loops; never modify it. */
    int[] reviewerIndices() {
        return reviewerOf;
    }

    private static int[] submissionIndexOfEachReview(int[] start, int reviews) {
        int[] of = new int[reviews];
        for (int s = 0; s + 1 < start.length; s++) {
            for (int m = start[s]; m < start[s + 1]; m++) {
                of[m] = s;
            }
        }
        return of;
    }

    private static double[] normalise(double[] raw, List<Criterion> criteria) {
        int nc = criteria.size();
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            Criterion c = criteria.get(i % nc);
            out[i] = (raw[i] - c.min()) / (c.max() - c.min());
        }
        return out;
    }

    private static double[] criterionMeans(double[] raw, int[] start, int nc) {
        int ns = start.length - 1;
        double[] means = new double[ns * nc];
        for (int s = 0; s < ns; s++) {
            int n = start[s + 1] - start[s];
            for (int c = 0; c < nc; c++) {
                double sum = 0;
                for (int m = start[s]; m < start[s + 1]; m++) {
                    sum += raw[m * nc + c];
                }
                means[s * nc + c] = n == 0 ? Double.NaN : sum / n;
            }
        }
        return means;
    }
}
