package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.format.Figures;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.analysis.ShortlistEntry;
import kr.sangsaeng.review.analysis.SubmissionStability;
import kr.sangsaeng.review.analysis.SubmissionStats;
import kr.sangsaeng.review.charts.CriterionProfileChart;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.quantity.QuantityFormatter;

/**
 * One shortlisted case: what it is, the panel's figures beside its criterion profile, the figures the
 * platform reported (as the app reads them, and as written), and the reviewers' comments.
 */
final class PdfCasePage {
    private static final float CHART_WIDTH = 440;
    private static final float CHART_HEIGHT = 250;

    private PdfCasePage() {
    }

    static void add(Document doc, ShortlistReport r, ShortlistEntry e, PdfStyle st, ReportTexts t)
            throws DocumentException {
        SubmissionStats s = e.ranked().stats();
        Submission sub = s.submission();
        doc.add(st.heading(t.text("report.case.heading", e.ranked().rank(), sub.platformName())));
        doc.add(new Paragraph(st.printable(sub.title()), st.font(11.5f, true)));
        doc.add(st.paragraph(sub.ref() + " · " + t.areas(sub), st.muted()));
        doc.add(st.paragraph(PdfDecisions.caseLine(r, sub, t.outcome(e.outcome()), t), st.strong()));
        if (!sub.summary().isBlank()) {
            doc.add(st.paragraph(sub.summary(), st.body()));
        }
        figuresAndProfile(doc, r, s, st, t);
        doc.add(st.subheading(t.text("report.case.metrics")));
        doc.add(metrics(r, sub, st, t));
        doc.add(st.subheading(t.text("report.case.comments")));
        comments(doc, r, sub, st, t);
    }

    /** The panel's figures, then the profile chart at a width where its criterion labels fit. */
    private static void figuresAndProfile(Document doc, ShortlistReport r, SubmissionStats s, PdfStyle st,
                                          ReportTexts t) throws DocumentException {
        PdfPTable figures = figures(r, s, st, t);
        figures.setWidthPercentage(62);
        figures.setHorizontalAlignment(Element.ALIGN_LEFT);
        figures.setSpacingBefore(6);
        doc.add(figures);
        Image chart = PdfCharts.image(CriterionProfileChart.create(r.analysis(), s.index(), t.locale()),
                CHART_WIDTH, CHART_HEIGHT);
        chart.setAlignment(Element.ALIGN_CENTER);
        doc.add(chart);
    }

    private static PdfPTable figures(ShortlistReport r, SubmissionStats s, PdfStyle st, ReportTexts t) {
        PdfPTable table = PdfStyle.table(1.4f, 1f);
        table.setHeaderRows(0);
        row(table, st, t.text("report.case.score"), Figures.score(s.panelScore(), t.locale()));
        row(table, st, t.text("report.case.meanMedian"), Figures.score(s.mean(), t.locale()) + " / "
                + Figures.score(s.median(), t.locale()));
        row(table, st, t.text("report.col.sd"), Figures.score(s.sd(), t.locale()));
        row(table, st, t.text("report.case.reviews"), t.text("report.case.reviewsValue", s.completed(),
                s.incomplete(), s.recused()));
        row(table, st, t.text("report.case.probability"), t.percent(r.probability(s.index())));
        Optional<SubmissionStability> stab = r.stability().map(x -> x.submissions().get(s.index()));
        row(table, st, t.text("report.case.rankRange"), stab.map(x -> Figures.plain(x.medianRank()) + " ("
                + x.rankLow() + "–" + x.rankHigh() + ")").orElse("—"));
        return table;
    }

    private static void row(PdfPTable table, PdfStyle st, String label, String value) {
        table.addCell(PdfStyle.cell(label, st.small(), Element.ALIGN_LEFT));
        table.addCell(PdfStyle.cell(value, st.tableHeader(), Element.ALIGN_RIGHT));
    }

    private static PdfPTable metrics(ShortlistReport r, Submission sub, PdfStyle st, ReportTexts t) {
        Map<Long, MetricValue> values = new HashMap<>();
        r.metricValues(sub).forEach(v -> values.put(v.metricId(), v));
        PdfPTable table = PdfStyle.table(2.4f, 1.4f, 2.5f);
        table.addCell(st.header(t.text("report.case.metric")));
        table.addCell(st.numberHeader(t.text("report.case.value")));
        PdfPCell asWrittenHeader = st.header(t.text("report.case.asWritten"));
        asWrittenHeader.setPaddingLeft(12);
        table.addCell(asWrittenHeader);
        for (Metric m : r.snapshot().metrics()) {
            MetricValue v = values.get(m.id());
            if (v != null) {
                table.addCell(st.text(m.label()));
                table.addCell(st.number(QuantityFormatter.format(v, m, t.locale())));
                PdfPCell asWritten = st.text(v.asWritten());
                asWritten.setPaddingLeft(12);
                table.addCell(asWritten);
            }
        }
        if (values.isEmpty()) {
            PdfPCell none = st.text(t.text("report.case.noMetrics"));
            none.setColspan(3);
            table.addCell(none);
        }
        return table;
    }

    /** Comments and recusals in panel order; in blind mode under R1, R2, … instead of names. */
    private static void comments(Document doc, ShortlistReport r, Submission sub, PdfStyle st, ReportTexts t)
            throws DocumentException {
        Map<Long, Review> reviews = new HashMap<>();
        r.snapshot().panel().reviews().stream().filter(v -> v.submissionId() == sub.id())
                .forEach(v -> reviews.put(v.reviewerId(), v));
        boolean any = false;
        for (Reviewer v : r.analysis().table().reviewers()) {
            Review review = reviews.get(v.id());
            if (review == null || (review.comment().isBlank() && !review.recused())) {
                continue;
            }
            Phrase p = new Phrase(st.printable(r.reviewerLabel(v) + ": "), st.strong());
            p.add(new Phrase(st.printable(commentText(review, t)), st.body()));
            Paragraph para = new Paragraph(p);
            para.setLeading(st.body().getSize() * 1.45f);
            para.setSpacingAfter(4);
            doc.add(para);
            any = true;
        }
        if (!any) {
            doc.add(st.paragraph(t.text("report.case.noComments"), st.muted()));
        }
    }

    private static String commentText(Review review, ReportTexts t) {
        if (!review.recused()) {
            return review.comment();
        }
        String reason = review.recuseReason().isBlank() ? "" : " — " + review.recuseReason();
        String comment = review.comment().isBlank() ? "" : "\n" + review.comment();
        return "(" + t.text("report.case.recused") + reason + ")" + comment;
    }
}
