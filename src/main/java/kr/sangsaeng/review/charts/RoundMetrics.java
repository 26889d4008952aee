package kr.sangsaeng.review.charts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;

/**
 * A round's cases and the figures they reported, as the metric charts read them. Values of cases
 * not in {@code submissions} (withdrawn ones, left out by the caller) are dropped, so a chart can
 * never draw a case the list beside it does not name.
 */
public final class RoundMetrics {
    /** The metric "per merchant" divides by, when the round has one under this key. */
    public static final String MERCHANTS_KEY = "merchants";

    private final List<Submission> submissions;
    private final List<Metric> metrics;
    private final Map<Long, Map<Long, MetricValue>> valuesByMetric;
    private final Map<Long, CaseKey> keys;
    /** Verified figures as submission id → metric ids; null while the round pins no figure at all. */
    private final Map<Long, Set<Long>> verified;

    private RoundMetrics(List<Submission> submissions, List<Metric> metrics,
                         Map<Long, Map<Long, MetricValue>> valuesByMetric, Map<Long, Set<Long>> verified) {
        this.submissions = List.copyOf(submissions);
        this.metrics = List.copyOf(metrics);
        this.valuesByMetric = valuesByMetric;
        this.keys = CaseLabels.of(submissions);
        this.verified = verified;
    }

    /**
     * The same figures, knowing which are verified against a document page. A round that pins no
     * figure marks none: the mark is for the figures still to check once checking has begun.
     */
    public RoundMetrics withEvidence(List<kr.sangsaeng.review.model.EvidencePin> pins) {
        if (pins.isEmpty()) {
            return this;
        }
        Map<Long, Set<Long>> ok = new HashMap<>();
        pins.stream().filter(p -> p.status() == kr.sangsaeng.review.model.PinStatus.VERIFIED)
                .forEach(p -> ok.computeIfAbsent(p.submissionId(), k -> new java.util.HashSet<>()).add(p.metricId()));
        return new RoundMetrics(submissions, metrics, valuesByMetric, ok);
    }

    /** True when the round pins figures to documents and this figure is not verified. */
    public boolean unverified(long submissionId, long metricId) {
        return verified != null && !verified.getOrDefault(submissionId, Set.of()).contains(metricId);
    }

    public static RoundMetrics of(List<Submission> submissions, List<Metric> metrics, List<MetricValue> values) {
        Set<Long> known = submissions.stream().map(Submission::id).collect(Collectors.toSet());
        Map<Long, Map<Long, MetricValue>> byMetric = new HashMap<>();
        for (MetricValue v : values) {
            if (known.contains(v.submissionId()) && Double.isFinite(v.value())) {
                byMetric.computeIfAbsent(v.metricId(), k -> new HashMap<>()).put(v.submissionId(), v);
            }
        }
        return new RoundMetrics(submissions, metrics, byMetric, null);
    }

    public List<Submission> submissions() {
        return submissions;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    public CaseKey key(Submission s) {
        return keys.get(s.id());
    }

    public Optional<MetricValue> value(Submission s, Metric m) {
        return Optional.ofNullable(valuesByMetric.getOrDefault(m.id(), Map.of()).get(s.id()));
    }

    /** How many cases reported the metric. */
    public int reportedCount(Metric m) {
        return valuesByMetric.getOrDefault(m.id(), Map.of()).size();
    }

    public Optional<Metric> metric(long id) {
        return metrics.stream().filter(m -> m.id() == id).findFirst();
    }

    /**
     * The count "per merchant" divides by: the metric keyed {@value #MERCHANTS_KEY}, else the first count
     * whose label names merchants, else the first counted in persons or in a word for businesses
     * (개사, 업체, 곳…). A round imported from a file names it in its own words and counts merchants in
     * 명, 개, 개사 or 곳 alike, so the unit alone cannot decide.
     */
    public Optional<Metric> merchantMetric() {
        return metrics.stream().filter(m -> MERCHANTS_KEY.equals(m.key())).findFirst()
                .or(() -> metrics.stream().filter(m -> isCount(m) && namesMerchants(m.label())).findFirst())
                .or(() -> metrics.stream().filter(m -> m.unit() == MetricUnit.PERSONS
                        || (m.unit() == MetricUnit.COUNT && BUSINESS_COUNTERS.contains(m.counter()))).findFirst());
    }

    private static final Set<String> BUSINESS_COUNTERS = Set.of("명", "개사", "업체", "개 업체", "곳", "개소", "점포",
            "개 점포", "기업", "개 기업");
    private static final List<String> MERCHANT_WORDS = List.of("소상공인", "판매자", "셀러", "입점", "업체", "상인",
            "가맹점", "점주", "사업자", "중소기업", "merchant", "seller", "vendor", "shop", "store", "business");

    private static boolean isCount(Metric m) {
        return m.unit() == MetricUnit.PERSONS || m.unit() == MetricUnit.COUNT;
    }

    private static boolean namesMerchants(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        return MERCHANT_WORDS.stream().anyMatch(l::contains);
    }

    /** Metrics measured against a baseline metric of the round, for the growth chart. */
    public List<Metric> metricsWithBaseline() {
        return metrics.stream().filter(m -> m.hasBaseline() && metric(m.baselineMetricId()).isPresent()).toList();
    }
}
