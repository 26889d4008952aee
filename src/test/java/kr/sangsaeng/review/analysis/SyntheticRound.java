package kr.sangsaeng.review.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;

/**
 * A large made-up round for measuring the stability run: each case has a hidden quality, each
 * reviewer a leniency, every reviewer scores every case on a 1..5 scale per criterion.
 */
final class SyntheticRound {
    private SyntheticRound() {
    }

    static PanelData generate(int submissions, int reviewers, int criteria, long seed) {
        Random rnd = new Random(seed);
        Instant at = Instant.parse("2022-12-01T00:00:00Z");
        List<Criterion> cs = new ArrayList<>();
        for (int c = 0; c < criteria; c++) {
            cs.add(new Criterion(c + 1, "c" + c, "Criterion " + c, 10 + 5 * (criteria - c), 1, 5, "", c));
        }
        List<Reviewer> rs = new ArrayList<>();
        double[] leniency = new double[reviewers];
        for (int r = 0; r < reviewers; r++) {
            rs.add(new Reviewer(r + 1, "R" + r, ""));
            leniency[r] = 0.3 * rnd.nextGaussian();
        }
        SupportArea[] areas = SupportArea.values();
        List<Submission> ss = new ArrayList<>();
        List<Score> scores = new ArrayList<>(submissions * reviewers * criteria);
        for (int s = 0; s < submissions; s++) {
            ss.add(new Submission(s + 1, "S" + s, s + 1, "P" + s, "Case " + s, Set.of(areas[s % areas.length]), "",
                    SubmissionStatus.UNDER_REVIEW));
            double quality = rnd.nextGaussian();
            for (int r = 0; r < reviewers; r++) {
                for (int c = 0; c < criteria; c++) {
                    double x = Math.rint(3 + quality + leniency[r] + 0.8 * rnd.nextGaussian());
                    scores.add(new Score(r + 1, s + 1, c + 1, Math.max(1, Math.min(5, x)), at));
                }
            }
        }
        return new PanelData(cs, rs, ss, scores, List.of());
    }
}
