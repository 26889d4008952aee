package kr.sangsaeng.review.exchange.submissions;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.table.Column;
import kr.sangsaeng.review.exchange.table.Header;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.model.SupportArea;

/** Turns one row of a submissions file into a {@link SubmissionRecord}, or into its problems. */
final class SubmissionRowReader {
    private final SubmissionColumns columns;

    SubmissionRowReader(SubmissionColumns columns) {
        this.columns = columns;
    }

    /** Returns the record, or null when the row has problems (all of them are added to {@code problems}). */
    SubmissionRecord read(TableRow row, List<Problem> problems) {
        int before = problems.size();
        Header h = columns.header();
        String ref = required(row, SubmissionFormat.REF, problems);
        String platform = required(row, SubmissionFormat.PLATFORM, problems);
        String title = required(row, SubmissionFormat.TITLE, problems);
        Set<SupportArea> areas = h.has(SubmissionFormat.SUPPORT_AREA) ? areas(row, problems) : null;
        String summary = h.has(SubmissionFormat.SUMMARY) ? row.cell(h.index(SubmissionFormat.SUMMARY)) : null;
        List<MetricColumn> metrics = columns.metrics();
        Figure[] figures = new Figure[metrics.size()];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = metrics.get(i).read(row, problems);
        }
        h.checkUnnamed(row, problems);
        if (problems.size() > before) {
            return null;
        }
        return new SubmissionRecord(row.number(), ref, platform, title, areas, summary, figures);
    }

    private String required(TableRow row, Column column, List<Problem> problems) {
        int i = columns.header().index(column);
        String value = row.cell(i);
        if (value.isEmpty()) {
            problems.add(new Problem(row.number(), i, columns.header().name(i), "the " + column.key() + " is empty"));
        }
        return value;
    }

    private Set<SupportArea> areas(TableRow row, List<Problem> problems) {
        int i = columns.header().index(SubmissionFormat.SUPPORT_AREA);
        Set<SupportArea> areas = EnumSet.noneOf(SupportArea.class);
        for (String part : SubmissionFormat.AREA_SEPARATORS.split(row.cell(i))) {
            if (part.isBlank()) {
                continue;
            }
            Optional<SupportArea> area = SupportArea.parse(part);
            if (area.isPresent()) {
                areas.add(area.get());
            } else {
                problems.add(new Problem(row.number(), i, columns.header().name(i), "unknown support area \""
                        + part.strip() + "\"; use 경영지원, 자금지원 or 판로지원 (management, financial, sales_channel)"));
            }
        }
        return areas;
    }
}
