package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.format.Figures;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.analysis.ShortlistEntry;
import kr.sangsaeng.review.analysis.SubmissionStats;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.Submission;

/**
 * The ranking as rows of cells, shared by the CSV and the XLSX ranking sheet so the two always
 * agree; only the words differ ({@link Vocabulary}). A cell is a {@link String} (already made safe
 * for spreadsheets), a {@link Number}, or {@code null} for a figure that does not exist (no
 * completed review, no stability run). {@code outcome} is what the rule recommends and why a case
 * is not shortlisted; the {@code decision} columns are what the committee decided.
 */
final class RankingTable {
    /** Decimals of the panel figures; see {@link Figures#rounded}. */
    static final int DECIMALS = 4;
    private static final List<String> LEADING = List.of("rank", "ref", "platform", "title", "areas", "panel_score",
            "mean", "median", "sd", "reviews");
    private static final List<String> TRAILING = List.of("shortlist_probability", "outcome", "decision",
            "decision_note", "decided_by", "decided_at");

    private RankingTable() {
    }

    /** Column names; with {@link Vocabulary#machine()} stable for scripts (criterion columns {@code mean_<key>}). */
    static List<String> header(ShortlistReport report, Vocabulary v) {
        List<String> h = new ArrayList<>();
        LEADING.forEach(k -> h.add(v.heading(k)));
        report.criteria().forEach(c -> h.add(SafeText.cell(v.criterionMean(c))));
        TRAILING.forEach(k -> h.add(v.heading(k)));
        return h;
    }

    static List<List<Object>> rows(ShortlistReport report, Vocabulary v) {
        List<List<Object>> rows = new ArrayList<>();
        for (ShortlistEntry e : report.entries()) {
            rows.add(row(report, e, v));
        }
        return rows;
    }

    private static List<Object> row(ShortlistReport report, ShortlistEntry e, Vocabulary v) {
        SubmissionStats st = e.ranked().stats();
        Submission s = st.submission();
        List<Object> row = new ArrayList<>();
        row.add(st.hasScore() ? e.ranked().rank() : null);
        row.add(SafeText.cell(s.ref()));
        row.add(SafeText.cell(s.platformName()));
        row.add(SafeText.cell(s.title()));
        row.add(SafeText.cell(v.areas(s)));
        row.add(Figures.rounded(st.panelScore(), DECIMALS));
        row.add(Figures.rounded(st.mean(), DECIMALS));
        row.add(Figures.rounded(st.median(), DECIMALS));
        row.add(Figures.rounded(st.sd(), DECIMALS));
        row.add(st.completed());
        for (int c = 0; c < report.criteria().size(); c++) {
            row.add(Figures.rounded(st.criterionMeans().get(c), DECIMALS));
        }
        var p = report.probability(st.index());
        row.add(p.isPresent() ? Figures.rounded(p.getAsDouble(), DECIMALS) : null);
        row.add(v.outcome(e.outcome()));
        Optional<Decision> d = report.decision(s);
        row.add(d.map(x -> v.decision(x.kind())).orElse(""));
        row.add(d.map(x -> SafeText.cell(x.note())).orElse(""));
        row.add(d.map(x -> SafeText.cell(x.decidedBy())).orElse(""));
        row.add(d.map(x -> v.time(x.decidedAt().truncatedTo(ChronoUnit.SECONDS).toString())).orElse(""));
        return row;
    }

    /** Index of the first per-criterion column; the XLSX sheet formats columns by position. */
    static int firstCriterionColumn() {
        return LEADING.size();
    }

    static int probabilityColumn(List<Criterion> criteria) {
        return firstCriterionColumn() + criteria.size();
    }
}
