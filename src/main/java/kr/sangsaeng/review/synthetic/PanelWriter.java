package kr.sangsaeng.review.synthetic;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Score;

/**
 * Invents a panel's scores: each case has a true quality, each reviewer a leniency and a noise level,
 * so rankings, agreement and bias behave like a real panel's. About 1% of reviews are recused and
 * 2% are incomplete (one criterion left unscored).
 */
final class PanelWriter {
    private static final Instant SCORED_AT = Instant.parse("2026-11-01T09:00:00Z");

    private final Random random;
    private final double[] leniency;
    private final double[] noise;

    PanelWriter(Random random, int reviewers) {
        this.random = random;
        this.leniency = new double[reviewers];
        this.noise = new double[reviewers];
        for (int r = 0; r < reviewers; r++) {
            leniency[r] = random.nextGaussian() * 0.6;
            noise[r] = 0.4 + random.nextDouble() * 0.8;
        }
    }

    /** Scores and reviews of one case by every reviewer, appended to the given lists. */
    void scoreCase(long submissionId, double quality, List<Criterion> criteria, long[] reviewerIds,
                   List<Score> scores, List<Review> reviews) {
        for (int r = 0; r < reviewerIds.length; r++) {
            double u = random.nextDouble();
            if (u < 0.01) {
                reviews.add(new Review(reviewerIds[r], submissionId, "", true, "conflict of interest (synthetic)", false, SCORED_AT));
                continue;
            }
            int skip = u < 0.03 ? random.nextInt(criteria.size()) : -1;
            for (int c = 0; c < criteria.size(); c++) {
                if (c == skip) {
                    continue;
                }
                Criterion k = criteria.get(c);
                double mid = (k.min() + k.max()) / 2;
                double spread = (k.max() - k.min()) / 4;
                double raw = mid + spread * (quality + random.nextGaussian() * 0.5 + leniency[r] + random.nextGaussian() * noise[r]);
                double value = Math.max(k.min(), Math.min(k.max(), Math.rint(raw)));
                scores.add(new Score(reviewerIds[r], submissionId, k.id(), value, SCORED_AT));
            }
        }
    }
}
