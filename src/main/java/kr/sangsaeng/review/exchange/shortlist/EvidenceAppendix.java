package kr.sangsaeng.review.exchange.shortlist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.EvidencePin;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The cases' documents (with hash and page count) and every figure's evidence pin, as the report's
 * appendix and the decision record show them (docs/documents.md).
 */
public record EvidenceAppendix(List<Document> documents, List<Pin> pins) {
    public static final EvidenceAppendix EMPTY = new EvidenceAppendix(List.of(), List.of());

    /** A case's figure and where it is pinned. */
    public record Pin(String ref, String figure, String asWritten, long documentId, String documentName, int page,
                      PinStatus status, String quote, String note) {
    }

    public EvidenceAppendix {
        documents = List.copyOf(documents);
        pins = List.copyOf(pins);
    }

    public boolean isEmpty() {
        return documents.isEmpty() && pins.isEmpty();
    }

    /** Reads the documents and pins; on the thread that owns the store. */
    public static EvidenceAppendix read(ReviewStore store) {
        List<Document> documents = store.documents().findAll();
        Map<Long, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        Map<Long, Metric> metrics = new HashMap<>();
        store.metrics().findAll().forEach(m -> metrics.put(m.id(), m));
        Map<String, MetricValue> values = new HashMap<>();
        store.metrics().findAllValues().forEach(v -> values.put(v.submissionId() + "/" + v.metricId(), v));
        List<Pin> pins = store.pins().findAll().stream().map(p -> pin(p, byId, metrics, values))
                .sorted(java.util.Comparator.comparing(Pin::ref)).toList();
        return new EvidenceAppendix(documents, pins);
    }

    private static Pin pin(EvidencePin p, Map<Long, Document> docs, Map<Long, Metric> metrics, Map<String, MetricValue> values) {
        Document d = docs.get(p.documentId());
        Metric m = metrics.get(p.metricId());
        MetricValue v = values.get(p.submissionId() + "/" + p.metricId());
        return new Pin(d == null ? "?" : d.ref(), m == null ? "?" : m.label(), v == null ? "" : v.asWritten(), p.documentId(),
                d == null ? "?" : d.name(), p.page(), p.status(), p.quote(), p.note());
    }

    /** The documents' hashes for the decision record. */
    public List<DecisionRecord.DocumentHash> hashes() {
        return documents.stream().map(d -> new DecisionRecord.DocumentHash(d.ref(), d.name(), d.sha256())).toList();
    }
}
