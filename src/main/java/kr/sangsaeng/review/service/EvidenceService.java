package kr.sangsaeng.review.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.EvidencePin;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Evidence pins: a case's reported figure pinned to the page of one of its documents that should
 * prove it, with the reviewer's finding. Every change is audited with who made it.
 */
public final class EvidenceService {
    private final ReviewStore store;

    public EvidenceService(ReviewStore store) {
        this.store = store;
    }

    /** A case's figure with its pin, if it has one. */
    public record PinnedFigure(Metric metric, MetricValue value, Optional<EvidencePin> pin) {
    }

    /** The case's figures in the round's metric order, each with its pin. */
    public List<PinnedFigure> figures(long submissionId) {
        Map<Long, EvidencePin> pins = new HashMap<>();
        store.pins().findBySubmission(submissionId).forEach(p -> pins.put(p.metricId(), p));
        Map<Long, MetricValue> values = new HashMap<>();
        store.metrics().valuesOf(submissionId).forEach(v -> values.put(v.metricId(), v));
        List<PinnedFigure> out = new ArrayList<>();
        for (Metric m : store.metrics().findAll()) {
            MetricValue v = values.get(m.id());
            if (v != null) {
                out.add(new PinnedFigure(m, v, Optional.ofNullable(pins.get(m.id()))));
            }
        }
        return out;
    }

    /** Every pin of the round, keyed by submission id then metric id. */
    public Map<Long, Map<Long, EvidencePin>> allPins() {
        Map<Long, Map<Long, EvidencePin>> out = new HashMap<>();
        store.pins().findAll().forEach(p -> out.computeIfAbsent(p.submissionId(), k -> new HashMap<>()).put(p.metricId(), p));
        return out;
    }

    /**
     * Pins a figure to a page of one of the same case's documents, replacing its earlier pin. The
     * page must exist when the document's pages are known.
     */
    public EvidencePin pin(long submissionId, long metricId, long documentId, int page, String quote, PinStatus status,
                           String note, Actor actor) {
        Document d = store.documents().find(documentId)
                .orElseThrow(() -> new IllegalArgumentException("The document is no longer in this file."));
        if (d.submissionId() != submissionId) {
            throw new IllegalArgumentException("A figure can be pinned only to a document of its own case.");
        }
        if (page < 1 || (d.pages() > 0 && page > d.pages())) {
            throw new IllegalArgumentException("Page " + page + " is not in " + d.name() + " (1–" + Math.max(1, d.pages()) + ").");
        }
        EvidencePin p = new EvidencePin(0, submissionId, metricId, documentId, page, clean(quote), status, clean(note),
                actor.name(), Instant.now());
        store.pins().put(p);
        return store.pins().find(submissionId, metricId).orElseThrow();
    }

    public void unpin(long submissionId, long metricId, Actor actor) {
        store.pins().remove(submissionId, metricId, actor.name());
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
