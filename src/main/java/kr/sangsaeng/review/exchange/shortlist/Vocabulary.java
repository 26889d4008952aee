package kr.sangsaeng.review.exchange.shortlist;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kr.sangsaeng.review.analysis.ReviewState;
import kr.sangsaeng.review.analysis.ShortlistOutcome;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;

/**
 * How an export names its columns and coded values. The CSV keeps the stable machine keys that
 * scripts rely on (docs/file-formats.md); the XLSX and the PDF speak the reader's language.
 */
abstract class Vocabulary {
    /** Machine column key → message key of its heading for people. */
    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("rank", "report.col.rank"), Map.entry("ref", "report.col.ref"),
            Map.entry("platform", "report.col.platform"), Map.entry("title", "report.col.title"),
            Map.entry("areas", "report.col.areas"), Map.entry("panel_score", "report.col.score"),
            Map.entry("mean", "report.col.mean"), Map.entry("median", "report.col.median"),
            Map.entry("sd", "report.col.sd"), Map.entry("reviews", "report.col.completedReviews"),
            Map.entry("shortlist_probability", "report.col.probabilityLong"),
            Map.entry("outcome", "report.col.recommended"), Map.entry("decision", "report.col.decision"),
            Map.entry("decision_note", "report.col.note"), Map.entry("decided_by", "report.col.decidedBy"),
            Map.entry("decided_at", "report.col.decidedAt"), Map.entry("metric", "report.col.metricKey"),
            Map.entry("label", "report.case.metric"), Map.entry("unit", "report.col.unit"),
            Map.entry("value", "report.case.value"), Map.entry("approximate", "report.col.approximate"),
            Map.entry("as_written", "report.case.asWritten"), Map.entry("reviewer", "report.bias.reviewer"),
            Map.entry("state", "report.col.state"), Map.entry("total", "report.col.total"),
            Map.entry("recuse_reason", "report.col.recuseReason"), Map.entry("comment", "report.col.comment"),
            Map.entry("key", "report.col.key"), Map.entry("ranking", "report.sheet.ranking"),
            Map.entry("metrics", "report.sheet.metrics"), Map.entry("scores", "report.sheet.scores"),
            Map.entry("decision_record", "report.record"));

    abstract String heading(String key);

    abstract String criterionMean(Criterion c);

    abstract String outcome(ShortlistOutcome o);

    abstract String decision(DecisionKind k);

    abstract String areas(Submission s);

    abstract String state(ReviewState s);

    /** A decision's time: ISO instants for machines, the reader's date and time for people. */
    abstract String time(String isoInstant);

    /** Stable keys: {@code below_cut}, {@code sales_channel;financial}, {@code mean_<criterion key>}. */
    static Vocabulary machine() {
        return new Vocabulary() {
            String heading(String key) {
                return key;
            }

            String criterionMean(Criterion c) {
                return "mean_" + c.key();
            }

            String outcome(ShortlistOutcome o) {
                return o.name().toLowerCase(Locale.ROOT);
            }

            String decision(DecisionKind k) {
                return k.key();
            }

            String areas(Submission s) {
                return s.areas().stream().sorted().map(SupportArea::key).collect(Collectors.joining(";"));
            }

            String state(ReviewState s) {
                return s.name().toLowerCase(Locale.ROOT);
            }

            String time(String isoInstant) {
                return isoInstant;
            }
        };
    }

    /** Headings and values in the report's language (Korean or English). */
    static Vocabulary of(ReportTexts t) {
        return new Vocabulary() {
            String heading(String key) {
                String messageKey = HEADINGS.get(key);
                return messageKey == null ? key : t.text(messageKey);
            }

            String criterionMean(Criterion c) {
                return t.text("report.col.criterionMean", c.label());
            }

            String outcome(ShortlistOutcome o) {
                return t.outcome(o);
            }

            String decision(DecisionKind k) {
                return t.decision(k);
            }

            String areas(Submission s) {
                return t.areas(s);
            }

            String state(ReviewState s) {
                return switch (s) {
                    case NOT_STARTED -> t.text("report.state.notStarted");
                    case COMPLETE -> t.text("report.state.complete");
                    case INCOMPLETE -> t.text("report.state.incomplete");
                    case RECUSED -> t.text("report.state.recused");
                };
            }

            String time(String isoInstant) {
                return t.dateTime(isoInstant);
            }
        };
    }
}
