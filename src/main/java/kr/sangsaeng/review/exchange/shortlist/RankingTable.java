package kr.sangsaeng.review.exchange.shortlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.sangsaeng.review.analysis.ShortlistEntry;
import kr.sangsaeng.review.analysis.SubmissionStats;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;

/**
 * The ranking as rows of cells, shared by the CSV and the XLSX ranking sheet so the two always
 * agree. A cell is a {@link String} (already made safe for spreadsheets), a {@link Number}, or
 * {@code null} for a figure that does not exist (no completed review, no stability run).
 */
final class RankingTable {
    /** Decimals of the panel figures; see {@link Numbers#rounded}. */
    static final int DECIMALS = 4;

    private RankingTable() {
    }

    /** Column names, stable for scripts: criterion columns are {@code mean_<criterion key>}. */
    static List<String> header(ShortlistReport report) {
        List<String> h = new ArrayList<>(List.of("rank", "ref", "platform", "title", "areas", "panel_score", "mean",
                "median", "sd", "reviews"));
        report.criteria().forEach(c -> h.add(SafeText.cell("mean_" + c.key())));
        h.addAll(List.of("shortlist_probability", "outcome", "decision"));
        return h;
    }

    static List<List<Object>> rows(ShortlistReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ShortlistEntry e : report.entries()) {
            rows.add(row(report, e));
        }
        return rows;
    }

    private static List<Object> row(ShortlistReport report, ShortlistEntry e) {
        SubmissionStats st = e.ranked().stats();
        Submission s = st.submission();
        List<Object> row = new ArrayList<>();
        row.add(st.hasScore() ? e.ranked().rank() : null);
        row.add(SafeText.cell(s.ref()));
        row.add(SafeText.cell(s.platformName()));
        row.add(SafeText.cell(s.title()));
        row.add(areas(s));
        row.add(Numbers.rounded(st.panelScore(), DECIMALS));
        row.add(Numbers.rounded(st.mean(), DECIMALS));
        row.add(Numbers.rounded(st.median(), DECIMALS));
        row.add(Numbers.rounded(st.sd(), DECIMALS));
        row.add(st.completed());
        for (int c = 0; c < report.criteria().size(); c++) {
            row.add(Numbers.rounded(st.criterionMeans().get(c), DECIMALS));
        }
        var p = report.probability(st.index());
        row.add(p.isPresent() ? Numbers.rounded(p.getAsDouble(), DECIMALS) : null);
        row.add(e.outcome().name().toLowerCase(Locale.ROOT));
        row.add(report.decision(s).map(DecisionKind::key).orElse(""));
        return row;
    }

    /** Area keys in a fixed order, separated by {@code ;} as the submissions import reads them. */
    static String areas(Submission s) {
        return s.areas().stream().sorted().map(SupportArea::key).collect(Collectors.joining(";"));
    }

    /** Index of the first per-criterion column; the XLSX sheet formats columns by position. */
    static int firstCriterionColumn() {
        return 10;
    }

    static int probabilityColumn(List<Criterion> criteria) {
        return firstCriterionColumn() + criteria.size();
    }
}
