package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.format.Figures;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.stream.Collectors;
import kr.sangsaeng.review.analysis.ShortlistEntry;
import kr.sangsaeng.review.analysis.SubmissionStats;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Round;

/** The first page: which round, when, by whom, by what rule, and the shortlist itself. */
final class PdfCover {
    private PdfCover() {
    }

    static void add(Document doc, ShortlistReport r, PdfStyle st, ReportTexts t) throws DocumentException {
        Round round = r.snapshot().round();
        Paragraph top = new Paragraph(" ", st.body());
        top.setSpacingBefore(60);
        doc.add(top);
        doc.add(st.title(t.text("report.title")));
        Paragraph name = new Paragraph(st.printable(round.name()), st.font(15, true));
        name.setSpacingAfter(24);
        doc.add(name);
        doc.add(facts(r, st, t));
        doc.add(st.subheading(t.text("report.shortlist")));
        doc.add(st.paragraph(t.text("report.shortlist.note", t.rule(r.settings().rule())), st.muted()));
        doc.add(shortlist(r, st, t));
        PdfDecisions.add(doc, r, st, t);
    }

    private static PdfPTable facts(ShortlistReport r, PdfStyle st, ReportTexts t) {
        Round round = r.snapshot().round();
        PdfPTable facts = new PdfPTable(new float[] {1.2f, 3.8f});
        facts.setWidthPercentage(100);
        row(facts, st, t.text("report.round.year"), String.valueOf(round.year()));
        if (!round.organisers().isBlank()) {
            row(facts, st, t.text("report.round.organisers"), round.organisers());
        }
        row(facts, st, t.text("report.exportedAt"), t.dateTime(r.record().exportedAt()));
        row(facts, st, t.text("report.panel"), panel(r, t));
        row(facts, st, t.text("report.summary.method"), t.method(r.settings().method()));
        row(facts, st, t.text("report.summary.rule"), t.rule(r.settings().rule()) + "\n" + (r.ruleOverridden()
                ? t.text("report.rule.overridden", String.join(", ", r.record().ruleOverrides()))
                : t.text("report.rule.stored")));
        row(facts, st, t.text("report.summary.cases"), t.text("report.summary.casesValue", r.entries().size(),
                r.shortlist().shortlisted().size()));
        row(facts, st, t.text(r.record().readFromServer() ? "report.reviewFile.server" : "report.reviewFile"),
                r.record().reviewFile() + "\nSHA-256 " + r.record().fileSha256());
        return facts;
    }

    /** In blind mode no page names a reviewer: the signature lines are left for names written by hand. */
    private static String panel(ShortlistReport r, ReportTexts t) {
        int k = r.analysis().table().reviewerCount();
        if (r.blindMode()) {
            return t.text("report.panel.blind", k);
        }
        String names = r.analysis().table().reviewers().stream().map(PdfCover::nameWithRole)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "—" : names;
    }

    static String nameWithRole(Reviewer v) {
        return v.role().isBlank() || v.name().contains(v.role()) ? v.name() : v.name() + " (" + v.role() + ")";
    }

    private static void row(PdfPTable table, PdfStyle st, String label, String value) {
        table.addCell(PdfStyle.cell(label, st.strong(), com.lowagie.text.Element.ALIGN_LEFT));
        table.addCell(PdfStyle.cell(value, st.body(), com.lowagie.text.Element.ALIGN_LEFT));
    }

    private static PdfPTable shortlist(ShortlistReport r, PdfStyle st, ReportTexts t) {
        PdfPTable table = PdfStyle.table(st.fit(new float[] {0.7f, 1.1f, 2f, 4.2f, 1f}, java.util.List.of(
                t.text("report.col.rank"), t.text("report.col.ref"), t.text("report.col.platform"),
                t.text("report.col.title"), t.text("report.col.score"))));
        table.addCell(st.header(t.text("report.col.rank")));
        table.addCell(st.header(t.text("report.col.ref")));
        table.addCell(st.header(t.text("report.col.platform")));
        table.addCell(st.header(t.text("report.col.title")));
        table.addCell(st.header(t.text("report.col.score")));
        for (ShortlistEntry e : r.shortlist().shortlisted()) {
            SubmissionStats s = e.ranked().stats();
            table.addCell(st.number(String.valueOf(e.ranked().rank())));
            table.addCell(st.text(s.submission().ref()));
            table.addCell(st.text(s.submission().platformName()));
            table.addCell(st.text(s.submission().title()));
            table.addCell(st.number(Figures.score(s.panelScore(), t.locale())));
        }
        if (r.shortlist().shortlisted().isEmpty()) {
            var none = st.text(t.text("report.shortlist.empty"));
            none.setColspan(5);
            table.addCell(none);
        }
        return table;
    }
}
