package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.format.Figures;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Map;
import java.util.OptionalDouble;
import kr.sangsaeng.review.analysis.AgreementFigures;
import kr.sangsaeng.review.analysis.AgreementReport;
import kr.sangsaeng.review.analysis.IccResult;
import kr.sangsaeng.review.analysis.ReviewerBiasEntry;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.analysis.SubmissionStability;
import kr.sangsaeng.review.charts.StabilityChart;
import kr.sangsaeng.review.model.Criterion;

/** How far the panel agreed, how each reviewer leaned, and how stable the ranking is under other weights. */
final class PdfPanelPages {
    private static final float STABILITY_WIDTH = 495;

    private PdfPanelPages() {
    }

    static void agreementAndBias(Document doc, ShortlistReport r, PdfStyle st, ReportTexts t)
            throws DocumentException {
        AgreementReport a = r.agreement();
        doc.add(st.heading(t.text("report.agreement")));
        doc.add(st.paragraph(t.text("report.agreement.note", a.totals().n(), a.totals().k()), st.muted()));
        PdfPTable table = PdfStyle.table(2.6f, 0.5f, 0.5f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f);
        for (String h : new String[] {t.text("report.agreement.measure"), "n", "k", "ICC(1,1)", "ICC(2,1)",
                "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)", "W"}) {
            table.addCell(st.header(h));
        }
        agreementRow(table, st, t.text("report.agreement.totals"), a.totals());
        Map<String, AgreementFigures> byKey = a.byCriterion();
        for (Criterion c : r.criteria()) {
            if (byKey.containsKey(c.key())) {
                agreementRow(table, st, c.label(), byKey.get(c.key()));
            }
        }
        doc.add(table);
        doc.add(st.subheading(t.text("report.bias")));
        doc.add(st.paragraph(t.text("report.bias.note"), st.muted()));
        doc.add(bias(r, st, t));
    }

    private static void agreementRow(PdfPTable table, PdfStyle st, String label, AgreementFigures f) {
        IccResult i = f.icc();
        table.addCell(st.text(label));
        table.addCell(st.number(String.valueOf(f.n())));
        table.addCell(st.number(String.valueOf(f.k())));
        for (double v : new double[] {i.icc11(), i.icc21(), i.icc31(), i.icc1k(), i.icc2k(), i.icc3k(),
                f.kendallW()}) {
            table.addCell(st.number(Figures.fixed(v, 3, java.util.Locale.ROOT)));
        }
    }

    private static PdfPTable bias(ShortlistReport r, PdfStyle st, ReportTexts t) {
        PdfPTable table = PdfStyle.table(3f, 1.2f, 1f);
        table.addCell(st.header(t.text("report.bias.reviewer")));
        table.addCell(st.header(t.text("report.bias.value")));
        table.addCell(st.header(t.text("report.bias.reviews")));
        for (ReviewerBiasEntry b : r.bias()) {
            table.addCell(st.text(r.reviewerLabel(b.reviewer())));
            String sign = b.bias() > 0 ? "+" : "";
            table.addCell(st.number(Double.isNaN(b.bias()) ? "—" : sign + Figures.score(b.bias(), t.locale())));
            table.addCell(st.number(String.valueOf(b.reviews())));
        }
        return table;
    }

    static void stability(Document doc, ShortlistReport r, PdfStyle st, ReportTexts t) throws DocumentException {
        doc.add(st.heading(t.text("report.stability")));
        if (r.stability().isEmpty()) {
            doc.add(st.paragraph(t.text("report.stability.none"), st.body()));
            return;
        }
        StabilityResult s = r.stability().get();
        doc.add(st.paragraph(t.text("report.stability.note", s.options().draws(),
                Figures.plain(s.options().concentration()), String.valueOf(s.options().seed())), st.muted()));
        int shown = Math.min(s.submissions().size(), 30);
        float height = Math.min(560, 130 + 22 * shown);
        var chart = PdfCharts.image(StabilityChart.create(s, t.locale()), STABILITY_WIDTH, height);
        chart.setAlignment(Element.ALIGN_CENTER);
        doc.add(chart);
        stabilityTable(doc, r, s, st, t);
    }

    /**
     * Cases shortlisted in at least one draw, in ranking order. The others never came near the
     * shortlist; listing them would add pages of zeros to a large round, so a line counts them.
     */
    private static void stabilityTable(Document doc, ShortlistReport r, StabilityResult s, PdfStyle st,
                                       ReportTexts t) throws DocumentException {
        PdfPTable table = PdfStyle.table(1f, 2f, 1.1f, 1.1f, 1.2f, 1.2f);
        table.addCell(st.header(t.text("report.col.ref")));
        table.addCell(st.header(t.text("report.col.platform")));
        table.addCell(st.numberHeader(t.text("report.col.probability")));
        table.addCell(st.numberHeader(t.text("report.stability.median")));
        table.addCell(st.numberHeader(t.text("report.stability.interval")));
        table.addCell(st.header(t.text("report.stability.flag")));
        int never = 0;
        for (var e : r.entries()) {
            SubmissionStability x = s.submissions().get(e.ranked().stats().index());
            if (x.probability() == 0) {
                never++;
                continue;
            }
            table.addCell(st.text(x.submission().ref()));
            table.addCell(st.text(x.submission().platformName()));
            table.addCell(st.number(t.percent(OptionalDouble.of(x.probability()))));
            table.addCell(st.number(Figures.plain(x.medianRank())));
            table.addCell(st.number(x.rankLow() + "–" + x.rankHigh()));
            table.addCell(st.text(x.onCutoff() ? t.text("report.stability.onCutoff") : ""));
        }
        doc.add(table);
        if (never > 0) {
            doc.add(st.paragraph(t.text("report.stability.never", never), st.muted()));
        }
    }
}
