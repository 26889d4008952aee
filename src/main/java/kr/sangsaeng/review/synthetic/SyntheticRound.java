package kr.sangsaeng.review.synthetic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Platform;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * A reproducible synthetic round for tests and benchmarks ({@code generate}): the same spec and seed
 * always give the same file contents.
 */
public final class SyntheticRound {
    private static final int CHUNK = 500;

    private SyntheticRound() {
    }

    public static ReviewStore createAt(Path file, RoundSpec spec) throws ReviewFileException {
        ReviewStore store = ReviewStore.create(file, new Round("Synthetic round (" + spec.submissions() + " cases)",
                2026, "synthetic data, seed " + spec.seed(), false));
        try {
            store.inTransaction(() -> populate(store, spec));
            return store;
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
    }

    private static void populate(ReviewStore store, RoundSpec spec) {
        Random random = new Random(spec.seed());
        List<Criterion> criteria = rubric(store, spec.criteria(), random);
        long[] reviewers = new long[spec.reviewers()];
        for (int r = 0; r < reviewers.length; r++) {
            reviewers[r] = store.reviewers().insert(String.format(java.util.Locale.ROOT, "Reviewer %02d", r + 1), "synthetic");
        }
        metrics(store);
        CaseWriter cases = new CaseWriter(random);
        PanelWriter panel = new PanelWriter(random, reviewers.length);
        List<Platform> platforms = cases.platforms(Math.max(1, spec.submissions() / 20));
        store.bulk().platforms(platforms);
        for (int start = 1; start <= spec.submissions(); start += CHUNK) {
            int end = Math.min(spec.submissions(), start + CHUNK - 1);
            writeChunk(store, start, end, platforms, criteria, reviewers, cases, panel, random);
        }
    }

    private static void writeChunk(ReviewStore store, int start, int end, List<Platform> platforms, List<Criterion> criteria,
                                   long[] reviewers, CaseWriter cases, PanelWriter panel, Random random) {
        List<Submission> subs = new ArrayList<>();
        List<MetricValue> values = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (long id = start; id <= end; id++) {
            int p = cases.platformFor(platforms.size());
            Platform platform = platforms.get(p - 1);
            subs.add(cases.submission(id, platform));
            // Smaller platform numbers are the giants: sizes fall off like 1/p.
            values.addAll(cases.figures(id, 50_000.0 / p));
            panel.scoreCase(id, random.nextGaussian(), criteria, reviewers, scores, reviews);
        }
        store.bulk().submissions(subs);
        store.bulk().metricValues(values);
        store.bulk().scores(scores);
        store.bulk().reviews(reviews);
    }

    private static List<Criterion> rubric(ReviewStore store, int count, Random random) {
        int[] weights = new int[count];
        int left = 100;
        for (int c = 0; c < count; c++) {
            weights[c] = c == count - 1 ? left : Math.max(1, Math.min(left - (count - c - 1), 100 / count + random.nextInt(7) - 3));
            left -= weights[c];
        }
        for (int c = 0; c < count; c++) {
            store.criteria().insert("c" + (c + 1), "Criterion " + (c + 1), weights[c], 1, 10, "synthetic");
        }
        return store.criteria().findAll();
    }

    private static void metrics(ReviewStore store) {
        store.metrics().insert("merchants", "merchants supported", MetricUnit.PERSONS, true, 0);
        store.metrics().insert("sales_growth", "sales growth", MetricUnit.PERCENT, true, 0);
        long baseline = store.metrics().insert("baseline_growth", "baseline growth", MetricUnit.PERCENT, true, 0);
        store.metrics().setBaseline(2, baseline);
        store.metrics().insert("sales", "sales", MetricUnit.KRW, true, 0);
        store.metrics().insert("events", "events held", MetricUnit.OCCURRENCES, true, 0);
    }
}
