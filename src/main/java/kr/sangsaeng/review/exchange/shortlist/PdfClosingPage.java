package kr.sangsaeng.review.exchange.shortlist;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Map;
import kr.sangsaeng.review.model.Reviewer;

/**
 * The last page: the decision record (how to reproduce this ranking) and the committee's signature
 * lines under it, so what the members sign is the ranking together with the way it was made.
 */
final class PdfClosingPage {
    private static final float SIGNATURE_ROW = 34;

    private PdfClosingPage() {
    }

    static void add(Document doc, ShortlistReport r, PdfStyle st, ReportTexts t) throws DocumentException {
        doc.add(st.heading(t.text("report.record")));
        doc.add(st.paragraph(t.text(r.record().readFromServer() ? "report.record.note.server" : "report.record.note"), st.muted()));
        PdfPTable record = PdfStyle.table(1.1f, 4f);
        record.setHeaderRows(0);
        for (Map.Entry<String, String> line : r.record().lines().entrySet()) {
            record.addCell(PdfStyle.cell(line.getKey(), st.tableHeader(), Element.ALIGN_LEFT));
            record.addCell(st.text(line.getValue()));
        }
        doc.add(record);
        doc.add(st.heading(t.text("report.signatures")));
        doc.add(st.paragraph(t.text("report.signatures.statement"), st.body()));
        doc.add(signatures(r, st, t));
    }

    /** One line per panel member; in blind mode the names are left for the members to write. */
    private static PdfPTable signatures(ShortlistReport r, PdfStyle st, ReportTexts t) {
        PdfPTable table = PdfStyle.table(2.2f, 2.4f, 1.4f);
        table.setSpacingBefore(10);
        table.addCell(st.header(t.text("report.signatures.name")));
        table.addCell(st.header(t.text("report.signatures.signature")));
        table.addCell(st.header(t.text("report.signatures.date")));
        for (Reviewer v : r.analysis().table().reviewers()) {
            table.addCell(line(r.blindMode() ? "" : PdfCover.nameWithRole(v), st));
            table.addCell(line("", st));
            table.addCell(line("", st));
        }
        return table;
    }

    private static PdfPCell line(String text, PdfStyle st) {
        PdfPCell c = PdfStyle.cell(text, st.body(), Element.ALIGN_LEFT);
        c.setMinimumHeight(SIGNATURE_ROW);
        c.setVerticalAlignment(Element.ALIGN_BOTTOM);
        c.setBorderColor(PdfStyle.TEXT);
        return c;
    }
}
