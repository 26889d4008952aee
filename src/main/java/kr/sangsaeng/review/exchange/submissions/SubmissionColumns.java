package kr.sangsaeng.review.exchange.submissions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.table.ColumnLetters;
import kr.sangsaeng.review.exchange.table.Header;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.model.Metric;

/** A submissions file's header: the fixed columns, and a {@link MetricColumn} for every other column. */
final class SubmissionColumns {
    private final Header header;
    private final List<MetricColumn> metrics;
    private final List<Problem> problems;

    private SubmissionColumns(Header header, List<MetricColumn> metrics, List<Problem> problems) {
        this.header = header;
        this.metrics = metrics;
        this.problems = problems;
    }

    /** Matches metric headers to the round's metrics by label (or key), ignoring case. */
    static SubmissionColumns resolve(TableRow row, List<Metric> roundMetrics) {
        Header header = Header.resolve(row, SubmissionFormat.COLUMNS, true);
        List<Problem> problems = new ArrayList<>(header.problems());
        Map<String, Metric> byName = new HashMap<>();
        for (Metric m : roundMetrics) {
            byName.putIfAbsent(m.key().toLowerCase(Locale.ROOT), m);
        }
        for (Metric m : roundMetrics) {
            byName.put(m.label().strip().toLowerCase(Locale.ROOT), m);
        }
        List<MetricColumn> metrics = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        for (int i : header.others()) {
            String name = header.name(i);
            StringBuilder reason = new StringBuilder();
            MetricHeader parsed = MetricHeader.parse(name, reason).orElse(null);
            if (parsed == null || parsed.label().isEmpty()) {
                problems.add(new Problem(row.number(), i, name, parsed == null ? reason.toString() : "the metric has no name"));
                continue;
            }
            Integer earlier = labels.putIfAbsent(parsed.label().toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                problems.add(new Problem(row.number(), i, name, "the metric \"" + parsed.label()
                        + "\" appears twice (also column " + ColumnLetters.of(earlier) + ")"));
                continue;
            }
            MetricColumn column = new MetricColumn(i, name, parsed, byName.get(parsed.label().toLowerCase(Locale.ROOT)));
            column.headerConflict().ifPresent(r -> problems.add(new Problem(row.number(), i, name, r)));
            metrics.add(column);
        }
        checkBaselines(row, metrics, labels, byName, problems);
        return new SubmissionColumns(header, metrics, problems);
    }

    /** A baseline must be another metric column of the file or a metric the round already has. */
    private static void checkBaselines(TableRow row, List<MetricColumn> metrics, Map<String, Integer> labels,
                                       Map<String, Metric> round, List<Problem> problems) {
        for (MetricColumn c : metrics) {
            String b = c.baseline().strip().toLowerCase(Locale.ROOT);
            if (b.isEmpty()) {
                continue;
            }
            if (b.equals(c.label().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(row.number(), c.index(), c.header(), "a metric cannot be its own baseline"));
            } else if (!labels.containsKey(b) && !round.containsKey(b)) {
                problems.add(new Problem(row.number(), c.index(), c.header(), "the baseline \"" + c.baseline().strip()
                        + "\" is neither a column of the file nor a metric of the round"));
            }
        }
    }

    Header header() {
        return header;
    }

    List<MetricColumn> metrics() {
        return metrics;
    }

    List<Problem> problems() {
        return problems;
    }
}
