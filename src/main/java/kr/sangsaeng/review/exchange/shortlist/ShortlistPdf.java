package kr.sangsaeng.review.exchange.shortlist;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import kr.sangsaeng.review.analysis.ShortlistEntry;

/**
 * The PDF report (docs/exports.md), A4 portrait: cover, ranking, one page per shortlisted case, agreement
 * and reviewer bias, rank stability, then the decision record with the committee's signature lines.
 * Every page carries the round, the file's short hash and its page number.
 */
final class ShortlistPdf {
    private static final float MARGIN = 50;
    private static final float BOTTOM_MARGIN = 56;

    private ShortlistPdf() {
    }

    static void write(ShortlistReport report, Path out, Locale locale) throws IOException {
        PdfStyle style = PdfStyle.load();
        ReportTexts texts = new ReportTexts(locale);
        AtomicOutput.write(out, stream -> {
            try {
                write(report, stream, style, texts);
            } catch (DocumentException e) {
                throw new IOException("The PDF report could not be laid out: " + e.getMessage(), e);
            }
        });
    }

    /** A page for every case the rule shortlists and every case the committee shortlisted or awarded. */
    static java.util.List<ShortlistEntry> casePages(ShortlistReport r) {
        return r.entries().stream().filter(e -> e.shortlisted() || r.decision(e.ranked().stats().submission())
                .map(d -> d.kind() != kr.sangsaeng.review.model.DecisionKind.DECLINED).orElse(false)).toList();
    }

    private static void write(ShortlistReport r, OutputStream stream, PdfStyle st, ReportTexts t)
            throws DocumentException {
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(doc, stream);
        writer.setPageEvent(new PdfPageFooter(st, r.snapshot().round().name(),
                "SHA-256 " + r.record().fileSha256().substring(0, 12), t.text("report.page")));
        doc.addTitle(t.text("report.title") + " — " + r.snapshot().round().name());
        doc.addCreator("Sangsaeng Review " + r.record().appVersion());
        doc.open();
        PdfCover.add(doc, r, st, t);
        doc.newPage();
        PdfRanking.add(doc, r, st, t);
        for (ShortlistEntry e : casePages(r)) {
            // The case pages (a chart each) are the slow part; a cancelled task interrupts its thread.
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("PDF export cancelled");
            }
            doc.newPage();
            PdfCasePage.add(doc, r, e, st, t);
        }
        doc.newPage();
        PdfPanelPages.agreementAndBias(doc, r, st, t);
        doc.newPage();
        PdfPanelPages.stability(doc, r, st, t);
        if (!r.snapshot().evidence().isEmpty()) {
            doc.newPage();
            PdfEvidenceAppendix.add(doc, r, st, t);
        }
        if (!r.snapshot().meeting().isEmpty()) {
            doc.newPage();
            PdfMeetingPages.add(doc, r, st, t);
        }
        doc.newPage();
        PdfClosingPage.add(doc, r, st, t);
        doc.close();
    }
}
