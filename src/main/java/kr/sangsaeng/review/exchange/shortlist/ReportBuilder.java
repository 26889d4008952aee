package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.analysis.ShortlistSettings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.sangsaeng.review.AppVersion;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.ShortlistResult;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;

/** Computes a {@link ShortlistReport} from a snapshot: pure computation, no file or database. */
final class ReportBuilder {
    /** Reviewer totals map each criterion's scale onto 0–100 (docs/analysis.md) before weighting. */
    static final String SCORE_NORMALISATION = "min-max per criterion scale to 0-100, weighted mean";
    /** The PDF shows the figures as the platforms reported them. */
    static final String METRIC_NORMALISATION = "raw";

    private ReportBuilder() {
    }

    static ShortlistReport build(RoundSnapshot snapshot, ShortlistSettings settings, List<String> overrides,
                                 ExportFormat format, Instant now, StabilityProgress progress) {
        PanelAnalysis analysis = PanelAnalysis.of(snapshot.panel());
        ShortlistResult shortlist = analysis.shortlist(settings.method(), settings.rule());
        Optional<StabilityResult> stability = Arrays.stream(analysis.weights()).sum() > 0
                ? Optional.of(analysis.stability(settings.stabilityOptions(), progress))
                : Optional.empty();
        DecisionRecord record = record(snapshot, settings, overrides, analysis, shortlist, format, now)
                .withDocuments(snapshot.evidence().hashes());
        Map<Long, List<MetricValue>> values = snapshot.metricValues().stream()
                .collect(Collectors.groupingBy(MetricValue::submissionId));
        return new ShortlistReport(snapshot, settings, analysis, shortlist, stability, analysis.agreement(),
                analysis.reviewerBias(), record,
                snapshot.decisions().stream().collect(Collectors.toMap(Decision::submissionId, d -> d)),
                values);
    }

    private static DecisionRecord record(RoundSnapshot snapshot, ShortlistSettings settings, List<String> overrides,
                                         PanelAnalysis analysis, ShortlistResult shortlist, ExportFormat format,
                                         Instant now) {
        double[] w = analysis.weights();
        List<Criterion> criteria = analysis.table().criteria();
        List<DecisionRecord.Weight> weights = IntStream.range(0, criteria.size())
                .mapToObj(i -> new DecisionRecord.Weight(criteria.get(i).key(), criteria.get(i).label(), w[i],
                        criteria.get(i).min(), criteria.get(i).max()))
                .toList();
        var rule = settings.rule();
        var stability = settings.stabilityOptions();
        return new DecisionRecord(AppVersion.get(), now.truncatedTo(ChronoUnit.SECONDS).toString(), format.key(),
                snapshot.source(), snapshot.sha256(), snapshot.round().name(),
                snapshot.round().blindMode(), settings.method().key(),
                new DecisionRecord.Normalisation(SCORE_NORMALISATION, METRIC_NORMALISATION),
                new DecisionRecord.Rule(rule.topN(), rule.hasThreshold() ? rule.threshold() : null, rule.maxPerArea(),
                        rule.minReviews()),
                new DecisionRecord.Stability(stability.draws(), stability.seed(), stability.concentration()),
                weights, analysis.table().submissionCount(), analysis.table().reviewerCount(),
                analysis.table().reviewCount(),
                shortlist.shortlisted().stream().map(e -> e.ranked().stats().submission().ref()).toList(),
                overrides.isEmpty() ? DecisionRecord.STORED_RULE : DecisionRecord.OVERRIDDEN, overrides,
                decisions(snapshot, shortlist), snapshot.withdrawn().stream().map(Submission::ref).toList(), List.of());
    }

    /** The committee's decisions in ranking order, then any on cases not ranked (withdrawn since). */
    private static List<DecisionRecord.CommitteeDecision> decisions(RoundSnapshot snapshot, ShortlistResult shortlist) {
        Map<Long, Decision> byId = snapshot.decisions().stream().collect(Collectors.toMap(Decision::submissionId, d -> d));
        List<DecisionRecord.CommitteeDecision> out = new ArrayList<>();
        List<Submission> order = new ArrayList<>(shortlist.entries().stream()
                .map(e -> e.ranked().stats().submission()).toList());
        order.addAll(snapshot.withdrawn());
        for (Submission s : order) {
            Decision d = byId.get(s.id());
            if (d != null) {
                out.add(new DecisionRecord.CommitteeDecision(s.ref(), d.kind().key(), d.note(), d.decidedBy(),
                        d.decidedAt().truncatedTo(ChronoUnit.SECONDS).toString()));
            }
        }
        return out;
    }
}
