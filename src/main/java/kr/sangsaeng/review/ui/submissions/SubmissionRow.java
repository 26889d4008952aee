package kr.sangsaeng.review.ui.submissions;

import java.util.List;
import java.util.Locale;
import kr.sangsaeng.review.model.Submission;

/**
 * One line of the Submissions table with its figures already formatted for the UI's language.
 * {@code haystack} is the lower-cased text the search box matches, computed once per load.
 */
public record SubmissionRow(Submission submission, String areasText, List<Figure> figures, String haystack) {

    /** A formatted figure: the metric's label, the value for display, and the text as the platform wrote it. */
    public record Figure(String label, String display, String asWritten) {
    }

    public static SubmissionRow of(Submission s, String areasText, List<Figure> figures) {
        String haystack = String.join("\n", s.ref(), s.platformName(), s.title(), s.summary(), areasText)
                .toLowerCase(Locale.ROOT);
        return new SubmissionRow(s, areasText, List.copyOf(figures), haystack);
    }

    /** The first two figures, for the table's "key figures" column. */
    public String keyFigures() {
        return String.join(" · ", figures.stream().limit(2).map(Figure::display).toList());
    }

    public boolean matches(String lowerCaseQuery) {
        return lowerCaseQuery.isEmpty() || haystack.contains(lowerCaseQuery);
    }
}
