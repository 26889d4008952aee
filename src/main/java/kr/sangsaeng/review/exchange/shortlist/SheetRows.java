package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.format.Figures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.analysis.ReviewState;
import kr.sangsaeng.review.analysis.ReviewTable;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;

/** Rows of the XLSX metrics and scores sheets. Cells as in {@link RankingTable}. */
final class SheetRows {
    private SheetRows() {
    }

    /** The columns of the metrics export (docs/exports.md), plus the metric's label. */
    static List<String> metricsHeader(Vocabulary v) {
        return List.of("ref", "platform", "metric", "label", "unit", "value", "approximate", "as_written").stream()
                .map(v::heading).toList();
    }

    static List<List<Object>> metrics(ShortlistReport report) {
        Map<Long, Metric> byId = new HashMap<>();
        report.snapshot().metrics().forEach(m -> byId.put(m.id(), m));
        List<List<Object>> rows = new ArrayList<>();
        for (Submission s : report.analysis().table().submissions()) {
            for (MetricValue v : report.metricValues(s)) {
                Metric m = byId.get(v.metricId());
                if (m != null) {
                    rows.add(List.of(SafeText.cell(s.ref()), SafeText.cell(s.platformName()), SafeText.cell(m.key()),
                            SafeText.cell(m.label()), m.unit().code(), v.value(), v.approximate(),
                            SafeText.cell(v.asWritten())));
                }
            }
        }
        return rows;
    }

    /** One row per reviewer and case, one column per criterion (raw score on its own scale). */
    static List<String> scoresHeader(ShortlistReport report, Vocabulary v) {
        List<String> h = new ArrayList<>(List.of("ref", "platform", "reviewer", "state").stream().map(v::heading).toList());
        report.criteria().forEach(c -> h.add(SafeText.cell(c.key())));
        List.of("total", "recuse_reason", "comment").forEach(k -> h.add(v.heading(k)));
        return h;
    }

    /**
     * Every reviewer–case pair with a score or a review row, cases in ranking order. The total is the
     * reviewer total of docs/analysis.md for a complete review, empty otherwise (it does not count).
     */
    static List<List<Object>> scores(ShortlistReport report, Vocabulary v) {
        ReviewTable t = report.analysis().table();
        Map<String, Double> raw = new HashMap<>();
        for (Score sc : report.snapshot().panel().scores()) {
            raw.put(sc.reviewerId() + "/" + sc.submissionId() + "/" + sc.criterionId(), sc.value());
        }
        Map<String, Review> reviews = new HashMap<>();
        report.snapshot().panel().reviews().forEach(r -> reviews.put(r.reviewerId() + "/" + r.submissionId(), r));
        List<List<Object>> rows = new ArrayList<>();
        for (var entry : report.entries()) {
            int s = entry.ranked().stats().index();
            for (int r = 0; r < t.reviewerCount(); r++) {
                Reviewer reviewer = t.reviewers().get(r);
                Submission sub = t.submissions().get(s);
                Review review = reviews.get(reviewer.id() + "/" + sub.id());
                ReviewState state = t.state(s, r);
                if (state != ReviewState.NOT_STARTED || review != null) {
                    rows.add(scoreRow(report, s, r, state, review, raw, v));
                }
            }
        }
        return rows;
    }

    private static List<Object> scoreRow(ShortlistReport report, int s, int r, ReviewState state, Review review,
                                         Map<String, Double> raw, Vocabulary v) {
        ReviewTable t = report.analysis().table();
        Reviewer reviewer = t.reviewers().get(r);
        Submission sub = t.submissions().get(s);
        List<Object> row = new ArrayList<>(List.of(SafeText.cell(sub.ref()), SafeText.cell(sub.platformName()),
                SafeText.cell(report.reviewerLabel(reviewer)), v.state(state)));
        for (var c : report.criteria()) {
            row.add(raw.get(reviewer.id() + "/" + sub.id() + "/" + c.id()));
        }
        row.add(Figures.rounded(report.analysis().totals().total(s, r), RankingTable.DECIMALS));
        row.add(review == null ? "" : SafeText.cell(review.recuseReason()));
        row.add(review == null ? "" : SafeText.cell(review.comment()));
        return row;
    }
}
