package kr.sangsaeng.review.exchange.shortlist;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import kr.sangsaeng.review.model.Submission;

/**
 * What the committee decided, as the report prints it apart from what the rule recommends: one line
 * per decision with its note, who recorded it and when, and the cases that could not be
 * shortlisted because they were withdrawn.
 */
final class PdfDecisions {
    private PdfDecisions() {
    }

    /** The "decided by the committee" section: a heading, then the table or a sentence saying there is none. */
    static void add(Document doc, ShortlistReport r, PdfStyle st, ReportTexts t) throws DocumentException {
        doc.add(st.subheading(t.text("report.decided")));
        List<DecisionRecord.CommitteeDecision> decisions = r.record().decisions();
        if (decisions.isEmpty()) {
            doc.add(st.paragraph(t.text("report.decided.none"), st.muted()));
            return;
        }
        List<String> headings = List.of(t.text("report.col.ref"), t.text("report.col.platform"),
                t.text("report.col.decision"), t.text("report.col.note"), t.text("report.col.decidedBy"),
                t.text("report.col.decidedAt"));
        List<List<String>> rows = decisions.stream().map(d -> List.of(d.ref(), platform(r, d.ref()),
                t.decision(d.decision()), d.note().isEmpty() ? "—" : d.note(),
                d.decidedBy().isEmpty() ? "—" : d.decidedBy(), t.dateTime(d.decidedAt()))).toList();
        // The note wraps; its words and every other cell's words stay whole.
        List<List<String>> unbreakable = rows.stream().map(row -> List.of(row.get(0), row.get(1), row.get(2), "",
                row.get(4), row.get(5).replace(' ', '\u00a0'))).toList();
        PdfPTable table = PdfStyle.table(st.fit(new float[] {0.9f, 1.6f, 1f, 3.2f, 1.1f, 1.5f}, headings, unbreakable));
        headings.forEach(h -> table.addCell(st.header(h)));
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = st.text(row.get(i));
                if (i == 2) {
                    cell.setBackgroundColor(PdfStyle.SHORTLISTED_FILL);
                }
                table.addCell(cell);
            }
        }
        doc.add(table);
    }

    /** Withdrawn cases are not ranked; the report says so rather than leaving them out silently. */
    static void withdrawn(Document doc, ShortlistReport r, PdfStyle st, ReportTexts t) throws DocumentException {
        List<Submission> withdrawn = r.snapshot().withdrawn();
        if (!withdrawn.isEmpty()) {
            doc.add(st.paragraph(t.text("report.withdrawn", String.join(", ",
                    withdrawn.stream().map(s -> s.ref() + " " + s.platformName()).toList())), st.muted()));
        }
    }

    /** One sentence for a case page: the rule's recommendation and the committee's decision. */
    static String caseLine(ShortlistReport r, Submission s, String outcome, ReportTexts t) {
        String recommended = t.text("report.case.recommended", outcome);
        return r.decision(s).map(d -> recommended + "\n" + t.text("report.case.decided", t.decision(d.kind().key()),
                        d.note().isEmpty() ? "—" : d.note(), d.decidedBy().isEmpty() ? "—" : d.decidedBy(),
                        t.dateTime(d.decidedAt().toString())))
                .orElse(recommended + "\n" + t.text("report.case.undecided"));
    }

    private static String platform(ShortlistReport r, String ref) {
        return r.analysis().table().submissions().stream().filter(s -> s.ref().equals(ref)).findFirst()
                .or(() -> r.snapshot().withdrawn().stream().filter(s -> s.ref().equals(ref)).findFirst())
                .map(Submission::platformName).orElse("");
    }
}
