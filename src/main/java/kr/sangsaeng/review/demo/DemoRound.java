package kr.sangsaeng.review.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.exchange.submissions.FigureReader;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.quantity.QuantityFormatException;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The bundled demo: the six cases selected in December 2022, with their published figures, plus a
 * sample rubric, three sample reviewers and some of their scores (the last three are invented and
 * labelled as sample data).
 */
public final class DemoRound {
    public static final Round ROUND = new Round("2022 온라인플랫폼-소상공인 상생협력 우수사례 (예시 심사)", 2022,
            "중소기업중앙회 · 한국온라인쇼핑협회", false);
    private static final Instant SCORED_AT = Instant.parse("2022-12-08T05:00:00Z");

    private DemoRound() {
    }

    /** Creates a new review file holding the demo round. */
    public static ReviewStore createAt(Path file) throws ReviewFileException {
        ReviewStore store = ReviewStore.create(file, ROUND);
        store.inTransaction(() -> populate(store));
        return store;
    }

    /** Creates a new, empty round whose rubric is the demo's sample rubric (a starting point to edit). */
    public static ReviewStore createWithSampleRubric(Path file, Round round) throws ReviewFileException {
        ReviewStore store = ReviewStore.create(file, round);
        store.inTransaction(() -> addRubric(store));
        return store;
    }

    private static Map<String, Long> addRubric(ReviewStore store) {
        Map<String, Long> criteria = new HashMap<>();
        for (DemoRubric.Line l : DemoRubric.LINES) {
            criteria.put(l.key(), store.criteria().insert(l.key(), l.label(), l.weight(), 1, 5, l.guidance()));
        }
        return criteria;
    }

    private static void populate(ReviewStore store) {
        Map<String, Long> cases = new HashMap<>();
        for (DemoCases.Case c : DemoCases.CASES) {
            cases.put(c.ref(), store.submissions().insert(c.ref(), c.platform(), c.title(), c.areas(), c.summary(),
                    SubmissionStatus.UNDER_REVIEW));
        }
        Map<String, Long> metrics = addMetrics(store);
        for (DemoCases.Figure f : DemoCases.FIGURES) {
            store.metrics().putValue(new MetricValue(cases.get(f.ref()), metrics.get(f.metric()), f.value(),
                    f.approximate(), f.asWritten(), counterOf(f.asWritten())));
        }
        Map<String, Long> criteria = addRubric(store);
        addScores(store, cases, criteria);
        DemoMeeting.add(store);
    }

    /** The counting word as the import would keep it (약 4,000개사 → 개사), so the demo shows it as written. */
    private static String counterOf(String asWritten) {
        try {
            return FigureReader.read(asWritten).counter();
        } catch (QuantityFormatException e) {
            return "";
        }
    }

    private static Map<String, Long> addMetrics(ReviewStore store) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoCases.MetricSpec m : DemoCases.METRICS) {
            ids.put(m.key(), store.metrics().insert(m.key(), m.label(), m.unit(), true, 0));
        }
        store.metrics().setBaseline(ids.get("sales_growth"), ids.get("baseline_growth"));
        return ids;
    }

    private static void addScores(ReviewStore store, Map<String, Long> cases, Map<String, Long> criteria) {
        List<String> keys = DemoRubric.LINES.stream().map(DemoRubric.Line::key).toList();
        for (DemoRubric.Panel p : DemoRubric.PANEL) {
            long reviewer = store.reviewers().insert(p.name(), p.role());
            for (Map.Entry<String, int[]> e : p.scores().entrySet()) {
                int[] values = e.getValue();
                for (int i = 0; i < values.length; i++) {
                    store.scores().put(new Score(reviewer, cases.get(e.getKey()), criteria.get(keys.get(i)),
                            values[i], SCORED_AT), p.name());
                }
            }
            for (Map.Entry<String, String> e : p.comments().entrySet()) {
                store.reviews().put(new Review(reviewer, cases.get(e.getKey()), e.getValue(), false, "", false, SCORED_AT),
                        p.name());
            }
            if (p.recusedRef() != null) {
                store.reviews().put(new Review(reviewer, cases.get(p.recusedRef()), "", true, p.recuseReason(), false,
                        SCORED_AT), p.name());
            }
        }
    }
}
