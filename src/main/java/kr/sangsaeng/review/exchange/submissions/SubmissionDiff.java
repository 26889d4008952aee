package kr.sangsaeng.review.exchange.submissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;

/**
 * Which columns of a row differ from the case already in the review file, named by the file's own
 * headers. A column the file does not have is not compared (an update leaves it alone); an empty
 * metric cell differs when the case has a value there (the update removes it).
 */
final class SubmissionDiff {
    private SubmissionDiff() {
    }

    static List<String> changedColumns(Submission current, SubmissionRecord r, SubmissionColumns columns,
                                       Map<Long, MetricValue> currentValues) {
        List<String> changed = new ArrayList<>();
        var h = columns.header();
        if (!current.platformName().equals(r.platform())) {
            changed.add(h.name(h.index(SubmissionFormat.PLATFORM)));
        }
        if (!current.title().equals(r.title())) {
            changed.add(h.name(h.index(SubmissionFormat.TITLE)));
        }
        if (r.areas() != null && !current.areas().equals(r.areas())) {
            changed.add(h.name(h.index(SubmissionFormat.SUPPORT_AREA)));
        }
        if (r.summary() != null && !current.summary().equals(r.summary())) {
            changed.add(h.name(h.index(SubmissionFormat.SUMMARY)));
        }
        List<MetricColumn> metrics = columns.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            MetricValue now = metrics.get(i).existing().map(m -> currentValues.get(m.id())).orElse(null);
            if (!same(now, r.figure(i))) {
                changed.add(metrics.get(i).header());
            }
        }
        return changed;
    }

    private static boolean same(MetricValue now, Figure f) {
        if (now == null || f == null) {
            return now == null && f == null;
        }
        return now.value() == f.value() && now.approximate() == f.approximate() && now.asWritten().equals(f.asWritten())
                && now.counter().equals(f.counter());
    }
}
