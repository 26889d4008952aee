package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.format.Figures;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.sangsaeng.review.analysis.ShortlistEntry;
import kr.sangsaeng.review.analysis.SubmissionStats;
import kr.sangsaeng.review.model.Criterion;

/** Every case in ranking order with its panel figures, then its criterion means; shortlisted rows shaded. */
final class PdfRanking {
    private PdfRanking() {
    }

    static void add(Document doc, ShortlistReport r, PdfStyle st, ReportTexts t) throws DocumentException {
        doc.add(st.heading(t.text("report.ranking")));
        doc.add(st.paragraph(t.text("report.ranking.note", t.method(r.settings().method()),
                r.settings().draws()), st.muted()));
        doc.add(figures(r, st, t));
        PdfDecisions.withdrawn(doc, r, st, t);
        PdfDecisions.add(doc, r, st, t);
        doc.add(st.subheading(t.text("report.criterionMeans")));
        doc.add(st.paragraph(t.text("report.criterionMeans.note"), st.muted()));
        doc.add(criterionMeans(r, st, t));
    }

    /**
     * Every case with its panel figures, the rule's recommendation and the committee's decision. The
     * case titles are on the cover and the case pages; here the columns are sized so that neither a
     * heading nor a figure breaks inside a word.
     */
    private static PdfPTable figures(ShortlistReport r, PdfStyle st, ReportTexts t) {
        List<String> keys = List.of("report.col.rank", "report.col.ref", "report.col.platform", "report.col.score",
                "report.col.mean", "report.col.median", "report.col.sd", "report.col.reviews",
                "report.col.probability", "report.col.recommended", "report.col.committee");
        Set<Integer> numeric = Set.of(0, 3, 4, 5, 6, 7, 8);
        List<String> headings = keys.stream().map(t::text).toList();
        List<List<String>> rows = new ArrayList<>();
        for (ShortlistEntry e : r.entries()) {
            SubmissionStats s = e.ranked().stats();
            rows.add(List.of(s.hasScore() ? String.valueOf(e.ranked().rank()) : "—", s.submission().ref(),
                    s.submission().platformName(), Figures.score(s.panelScore(), t.locale()),
                    Figures.score(s.mean(), t.locale()), Figures.score(s.median(), t.locale()),
                    Figures.score(s.sd(), t.locale()), String.valueOf(s.completed()),
                    t.percent(r.probability(s.index())), t.outcome(e.outcome()),
                    r.decision(s.submission()).map(d -> t.decision(d.kind())).orElse("—")));
        }
        PdfPTable table = PdfStyle.table(st.fit(new float[] {0.5f, 0.9f, 1.8f, 0.75f, 0.75f, 0.8f, 0.7f, 0.45f,
                0.6f, 1.15f, 1f}, headings, rows));
        for (int i = 0; i < headings.size(); i++) {
            table.addCell(numeric.contains(i) ? st.numberHeader(headings.get(i)) : st.header(headings.get(i)));
        }
        for (int row = 0; row < rows.size(); row++) {
            List<PdfPCell> cells = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                String v = rows.get(row).get(i);
                cells.add(numeric.contains(i) ? st.number(v) : st.text(v));
            }
            addRow(table, cells, r.entries().get(row).shortlisted());
        }
        return table;
    }

    private static PdfPTable criterionMeans(ShortlistReport r, PdfStyle st, ReportTexts t) {
        List<Criterion> criteria = r.criteria();
        float[] widths = new float[3 + criteria.size()];
        widths[0] = 0.55f;
        widths[1] = 0.95f;
        widths[2] = 1.9f;
        for (int c = 0; c < criteria.size(); c++) {
            widths[3 + c] = Math.max(0.8f, 6.5f / Math.max(1, criteria.size()));
        }
        List<String> headings = new ArrayList<>(List.of(t.text("report.col.rank"), t.text("report.col.ref"),
                t.text("report.col.platform")));
        criteria.forEach(c -> headings.add(c.label()));
        PdfPTable table = PdfStyle.table(st.fit(widths, headings));
        table.addCell(st.header(t.text("report.col.rank")));
        table.addCell(st.header(t.text("report.col.ref")));
        table.addCell(st.header(t.text("report.col.platform")));
        for (Criterion c : criteria) {
            table.addCell(st.numberHeader(c.label() + "\n" + t.text("report.criterion.weight", Figures.plain(c.weight()),
                    Figures.plain(c.min()), Figures.plain(c.max()))));
        }
        for (ShortlistEntry e : r.entries()) {
            SubmissionStats s = e.ranked().stats();
            List<PdfPCell> cells = new ArrayList<>(List.of(
                    st.number(s.hasScore() ? String.valueOf(e.ranked().rank()) : "—"),
                    st.text(s.submission().ref()), st.text(s.submission().platformName())));
            s.criterionMeans().forEach(m -> cells.add(st.number(Figures.score(m, t.locale()))));
            addRow(table, cells, e.shortlisted());
        }
        return table;
    }

    private static void addRow(PdfPTable table, List<PdfPCell> cells, boolean shortlisted) {
        for (PdfPCell c : cells) {
            if (shortlisted) {
                c.setBackgroundColor(PdfStyle.SHORTLISTED_FILL);
            }
            table.addCell(c);
        }
    }
}
