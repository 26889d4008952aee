package kr.sangsaeng.review.exchange.shortlist;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.util.HashMap;
import java.util.Map;
import kr.sangsaeng.review.model.PinStatus;

/**
 * The report's appendix: each case's documents with their SHA-256 and page count, and each
 * figure's evidence pin (page, finding, quote, note), so a reader can check a figure against the
 * page it came from. In blind review documents are numbered instead of named.
 */
final class PdfEvidenceAppendix {
    private PdfEvidenceAppendix() {
    }

    static void add(Document doc, ShortlistReport r, PdfStyle st, ReportTexts t) throws DocumentException {
        EvidenceAppendix e = r.snapshot().evidence();
        Map<Long, String> names = names(e, r.blindMode(), t);
        doc.add(st.heading(t.text("report.evidence")));
        doc.add(st.paragraph(t.text("report.evidence.note"), st.muted()));
        PdfPTable documents = PdfStyle.table(0.8f, 2.6f, 0.6f, 3.2f);
        documents.addCell(st.header(t.text("report.evidence.ref")));
        documents.addCell(st.header(t.text("report.evidence.document")));
        documents.addCell(st.header(t.text("report.evidence.pages")));
        documents.addCell(st.header("SHA-256"));
        for (kr.sangsaeng.review.model.Document d : e.documents()) {
            documents.addCell(st.text(d.ref()));
            documents.addCell(st.text(names.get(d.id())));
            documents.addCell(PdfStyle.cell(d.pages() > 0 ? String.valueOf(d.pages()) : "—", st.body(), Element.ALIGN_RIGHT));
            documents.addCell(PdfStyle.cell(d.sha256(), st.muted(), Element.ALIGN_LEFT));
        }
        doc.add(documents);
        doc.add(st.heading(t.text("report.evidence.pins")));
        if (e.pins().isEmpty()) {
            doc.add(st.paragraph(t.text("report.evidence.noPins"), st.muted()));
            return;
        }
        PdfPTable pins = PdfStyle.table(0.8f, 2.2f, 2.2f, 0.6f, 1.1f, 2.6f);
        for (String h : new String[] {t.text("report.evidence.ref"), t.text("report.evidence.figure"),
                t.text("report.evidence.document"), t.text("report.evidence.page"), t.text("report.evidence.status"),
                t.text("report.evidence.quoteNote")}) {
            pins.addCell(st.header(h));
        }
        for (EvidenceAppendix.Pin p : e.pins()) {
            pins.addCell(st.text(p.ref()));
            pins.addCell(st.text(p.figure() + (p.asWritten().isEmpty() ? "" : " — " + p.asWritten())));
            pins.addCell(st.text(names.getOrDefault(p.documentId(), p.documentName())));
            pins.addCell(PdfStyle.cell(String.valueOf(p.page()), st.body(), Element.ALIGN_RIGHT));
            pins.addCell(st.text(status(p.status(), t)));
            String quote = p.quote().isEmpty() ? "" : "“" + p.quote() + "”";
            pins.addCell(st.text(quote.isEmpty() ? p.note() : p.note().isEmpty() ? quote : quote + " · " + p.note()));
        }
        doc.add(pins);
    }

    private static Map<Long, String> names(EvidenceAppendix e, boolean blind, ReportTexts t) {
        Map<Long, String> names = new HashMap<>();
        Map<String, Integer> perCase = new HashMap<>();
        for (kr.sangsaeng.review.model.Document d : e.documents()) {
            int n = perCase.merge(d.ref(), 1, Integer::sum);
            names.put(d.id(), blind ? t.text("report.evidence.blindName", n) : d.name());
        }
        return names;
    }

    private static String status(PinStatus s, ReportTexts t) {
        return switch (s) {
            case VERIFIED -> t.text("report.evidence.verified");
            case UNVERIFIED -> t.text("report.evidence.unverified");
            case CONTRADICTED -> t.text("report.evidence.contradicted");
        };
    }
}
