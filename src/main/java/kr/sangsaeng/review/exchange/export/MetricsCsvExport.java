package kr.sangsaeng.review.exchange.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The metrics export (docs/file-formats.md): one row per value, {@code ref,platform,metric,unit,value,approximate,as_written},
 * the value a plain number in the metric's base unit ({@code 90000000}, not {@code 9000만원}).
 */
public final class MetricsCsvExport {
    public static final List<String> HEADER = List.of("ref", "platform", "metric", "unit", "value", "approximate", "as_written");

    private MetricsCsvExport() {
    }

    /** Returns the number of values written. */
    public static int write(ReviewStore store, Path out) throws IOException {
        Map<Long, Metric> metrics = new HashMap<>();
        List<Metric> ordered = store.metrics().findAll();
        ordered.forEach(m -> metrics.put(m.id(), m));
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i).id(), i);
        }
        Map<Long, Map<Long, MetricValue>> values = new HashMap<>();
        store.metrics().findAllValues().forEach(v ->
                values.computeIfAbsent(v.submissionId(), k -> new HashMap<>()).put(v.metricId(), v));
        int count = 0;
        try (CsvOutput csv = CsvOutput.open(out)) {
            csv.row(HEADER);
            for (Submission s : store.submissions().findAll()) {
                List<MetricValue> own = values.getOrDefault(s.id(), Map.of()).values().stream()
                        .sorted(Comparator.comparing(v -> position.get(v.metricId()))).toList();
                for (MetricValue v : own) {
                    Metric m = metrics.get(v.metricId());
                    csv.row(List.of(s.ref(), s.platformName(), m.label(), m.unit().code(), v.value(),
                            Boolean.toString(v.approximate()), v.asWritten()));
                    count++;
                }
            }
            csv.commit();
        }
        return count;
    }
}
