package kr.sangsaeng.review.exchange.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.sangsaeng.review.exchange.submissions.MetricHeader;
import kr.sangsaeng.review.exchange.submissions.SubmissionFormat;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The round's cases in the submissions import format: {@code ref,platform,title,support_area,summary}
 * and one {@code label [unit]} column per metric, so an export imports back into another file as the
 * same cases and figures.
 */
public final class SubmissionsCsvExport {
    private SubmissionsCsvExport() {
    }

    /** Returns the number of cases written. */
    public static int write(ReviewStore store, Path out) throws IOException {
        List<Metric> metrics = store.metrics().findAll();
        Map<Long, Map<Long, MetricValue>> values = new HashMap<>();
        store.metrics().findAllValues().forEach(v ->
                values.computeIfAbsent(v.submissionId(), k -> new HashMap<>()).put(v.metricId(), v));
        List<Submission> cases = store.submissions().findAll();
        try (CsvOutput csv = CsvOutput.open(out)) {
            List<Object> header = new ArrayList<>(List.of(SubmissionFormat.REF.key(), SubmissionFormat.PLATFORM.key(),
                    SubmissionFormat.TITLE.key(), SubmissionFormat.SUPPORT_AREA.key(), SubmissionFormat.SUMMARY.key()));
            // The baseline clause travels with the header, so the exported file imports with its baselines.
            metrics.forEach(m -> header.add(MetricHeader.format(m.label(), m.unit(), "",
                    metrics.stream().filter(b -> b.id() == m.baselineMetricId()).map(Metric::label).findFirst().orElse(""))));
            csv.row(header);
            for (Submission s : cases) {
                csv.row(row(s, metrics, values.getOrDefault(s.id(), Map.of())));
            }
            csv.commit();
        }
        return cases.size();
    }

    private static List<Object> row(Submission s, List<Metric> metrics, Map<Long, MetricValue> values) {
        List<Object> row = new ArrayList<>(List.of(s.ref(), s.platformName(), s.title(),
                s.areas().stream().sorted().map(a -> a.key()).collect(Collectors.joining(";")), s.summary()));
        for (Metric m : metrics) {
            MetricValue v = values.get(m.id());
            row.add(v == null ? "" : FigureText.of(v, m.unit()));
        }
        return row;
    }
}
