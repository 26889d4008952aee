package kr.sangsaeng.review.service;

import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * What the views and reports show, read as plain records. Reads change nothing; run them on the
 * database thread like every other call on an {@link OpenRound}.
 */
public final class RoundReader {
    private final ReviewStore store;

    RoundReader(ReviewStore store) {
        this.store = store;
    }

    public Round round() {
        return store.round().get();
    }

    public List<Submission> submissions() {
        return store.submissions().findAll();
    }

    public int submissionCount() {
        return store.submissions().count();
    }

    public List<Metric> metrics() {
        return store.metrics().findAll();
    }

    public List<MetricValue> metricValues() {
        return store.metrics().findAllValues();
    }

    /** Every figure's evidence pin (docs/documents.md). */
    public List<kr.sangsaeng.review.model.EvidencePin> evidencePins() {
        return store.pins().findAll();
    }

    public List<Criterion> criteria() {
        return store.criteria().findAll();
    }

    public List<Reviewer> reviewers() {
        return store.reviewers().findAll();
    }

    /** What the given person may see of the panel's scores (docs/meeting.md). */
    public ScoreVisibility visibility() {
        return new ScoreVisibility(store);
    }

    /** Every score: for the committee's figures and exports, not for a reviewer's own screens (see {@link #visibility()}). */
    public List<Score> scores() {
        return store.scores().findAll();
    }

    public int scoreCount() {
        return store.scores().count();
    }

    public List<Score> scoresOf(long reviewerId) {
        return store.scores().findByReviewer(reviewerId);
    }

    public List<Review> reviews() {
        return store.reviews().findAll();
    }

    public List<Review> reviewsOf(long reviewerId) {
        return store.reviews().findByReviewer(reviewerId);
    }

    /** Every audited change to one submission's scores, reviews and decision, oldest first. */
    public List<AuditEntry> historyOf(String ref) {
        return store.audit().historyOf(ref);
    }

    /** The whole panel as the analysis needs it, withdrawn cases left out as everywhere else. */
    public PanelData panel() {
        return PanelLoader.load(store);
    }

    /** A per-file preference of this computer (e.g. who last scored here); not audited. */
    public Optional<String> setting(String key) {
        return store.settings().get(key);
    }
}
