package kr.sangsaeng.review.exchange.shortlist;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
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
        doc.add(st.subheading(t.text("report.criterionMeans")));
        doc.add(st.paragraph(t.text("report.criterionMeans.note"), st.muted()));
        doc.add(criterionMeans(r, st, t));
    }

    private static PdfPTable figures(ShortlistReport r, PdfStyle st, ReportTexts t) {
        PdfPTable table = PdfStyle.table(0.6f, 0.95f, 1.8f, 2.5f, 0.75f, 0.75f, 0.8f, 0.9f, 0.8f, 0.85f, 1.1f);
        for (String key : List.of("report.col.rank", "report.col.ref", "report.col.platform", "report.col.title")) {
            table.addCell(st.header(t.text(key)));
        }
        for (String key : List.of("report.col.score", "report.col.mean", "report.col.median", "report.col.sd",
                "report.col.reviews", "report.col.probability")) {
            table.addCell(st.numberHeader(t.text(key)));
        }
        table.addCell(st.header(t.text("report.col.outcome")));
        for (ShortlistEntry e : r.entries()) {
            SubmissionStats s = e.ranked().stats();
            List<PdfPCell> cells = new ArrayList<>(List.of(
                    st.number(s.hasScore() ? String.valueOf(e.ranked().rank()) : "—"),
                    st.text(s.submission().ref()), st.text(s.submission().platformName()),
                    st.text(s.submission().title()), st.number(Numbers.fixed(s.panelScore(), 2)),
                    st.number(Numbers.fixed(s.mean(), 2)), st.number(Numbers.fixed(s.median(), 2)),
                    st.number(Numbers.fixed(s.sd(), 2)), st.number(String.valueOf(s.completed())),
                    st.number(t.percent(r.probability(s.index()))), st.text(t.outcome(e.outcome()))));
            addRow(table, cells, e.shortlisted());
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
        PdfPTable table = PdfStyle.table(widths);
        table.addCell(st.header(t.text("report.col.rank")));
        table.addCell(st.header(t.text("report.col.ref")));
        table.addCell(st.header(t.text("report.col.platform")));
        for (Criterion c : criteria) {
            table.addCell(st.numberHeader(c.label() + "\n" + t.text("report.criterion.weight", Numbers.plain(c.weight()),
                    Numbers.plain(c.min()), Numbers.plain(c.max()))));
        }
        for (ShortlistEntry e : r.entries()) {
            SubmissionStats s = e.ranked().stats();
            List<PdfPCell> cells = new ArrayList<>(List.of(
                    st.number(s.hasScore() ? String.valueOf(e.ranked().rank()) : "—"),
                    st.text(s.submission().ref()), st.text(s.submission().platformName())));
            s.criterionMeans().forEach(m -> cells.add(st.number(Numbers.fixed(m, 2))));
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
