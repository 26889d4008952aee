package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.analysis.ShortlistSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import kr.sangsaeng.review.analysis.AgreementReport;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.ReviewerBiasEntry;
import kr.sangsaeng.review.analysis.ShortlistEntry;
import kr.sangsaeng.review.analysis.ShortlistResult;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;

/**
 * One shortlist export's content, computed once and written as CSV, XLSX or PDF: the ranking with
 * each case's outcome, the stability run, agreement and bias, and the decision record.
 *
 * @param stability empty when the rubric has no positive weight, so no weights can be drawn
 */
public record ShortlistReport(RoundSnapshot snapshot, ShortlistSettings settings, PanelAnalysis analysis,
                              ShortlistResult shortlist, Optional<StabilityResult> stability,
                              AgreementReport agreement, List<ReviewerBiasEntry> bias, DecisionRecord record,
                              Map<Long, Decision> decisions, Map<Long, List<MetricValue>> metricValues) {
    /** The format this report was made for, as its decision record says. */
    public ExportFormat format() {
        return ExportFormat.valueOf(record.format().toUpperCase(java.util.Locale.ROOT));
    }

    public List<Criterion> criteria() {
        return analysis.table().criteria();
    }

    /** Every submission in ranking order with its figures and the rule's outcome. */
    public List<ShortlistEntry> entries() {
        return shortlist.entries();
    }

    /** Share of the stability draws that shortlisted the submission at this table index. */
    public OptionalDouble probability(int submissionIndex) {
        return stability.map(s -> OptionalDouble.of(s.submissions().get(submissionIndex).probability()))
                .orElse(OptionalDouble.empty());
    }

    /** The committee's recorded decision, if it made one. */
    public Optional<Decision> decision(Submission s) {
        return Optional.ofNullable(decisions.get(s.id()));
    }

    /** True when parts of the committee's stored rule were overridden for this export alone. */
    public boolean ruleOverridden() {
        return !record.ruleOverrides().isEmpty();
    }

    public List<MetricValue> metricValues(Submission s) {
        return metricValues.getOrDefault(s.id(), List.of());
    }

    public boolean blindMode() {
        return snapshot.round().blindMode();
    }

    /**
     * How exports name a reviewer: the name, or in blind mode R1, R2, … in panel order, so a
     * comment or a score can be told apart from another without saying whose it is.
     */
    public String reviewerLabel(Reviewer r) {
        if (!blindMode()) {
            return r.name();
        }
        return "R" + (analysis.table().reviewers().indexOf(r) + 1);
    }
}
