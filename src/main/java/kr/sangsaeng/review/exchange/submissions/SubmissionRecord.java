package kr.sangsaeng.review.exchange.submissions;

import java.util.Arrays;
import java.util.Set;
import kr.sangsaeng.review.model.SupportArea;

/**
 * One valid row of a submissions file. {@code areas} and {@code summary} are null when the file has
 * no such column (an update then leaves them as they are); {@code figures} follow the file's metric
 * columns, null for an empty cell.
 */
record SubmissionRecord(int row, String ref, String platform, String title, Set<SupportArea> areas, String summary,
                        Figure[] figures) {
    SubmissionRecord {
        areas = areas == null ? null : Set.copyOf(areas);
        figures = figures.clone();
    }

    Figure figure(int column) {
        return figures[column];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubmissionRecord r && row == r.row && ref.equals(r.ref) && platform.equals(r.platform)
                && title.equals(r.title) && java.util.Objects.equals(areas, r.areas)
                && java.util.Objects.equals(summary, r.summary) && Arrays.equals(figures, r.figures);
    }

    @Override
    public int hashCode() {
        return ref.hashCode();
    }
}
