package kr.sangsaeng.review.exchange.shortlist;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Every page's footer: the round and, under it, the first digits of the file's hash (so a loose
 * page can be matched to its report) on the left; "page n of N" on the right. N is known only when
 * the document closes, so each page draws a shared template that is filled in then.
 */
final class PdfPageFooter extends PdfPageEventHelper {
    private static final float SIZE = 8f;
    private static final float Y = 28;

    private final PdfStyle style;
    private final String left;
    private final String middle;
    private final String pageFormat;
    private PdfTemplate total;

    /** @param pageFormat e.g. "{0} /" — the page number, after which the total is drawn */
    PdfPageFooter(PdfStyle style, String left, String middle, String pageFormat) {
        this.style = style;
        this.left = left;
        this.middle = middle;
        this.pageFormat = pageFormat;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float l = document.left();
        float r = document.right();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(style.printable(left), style.muted()), l, Y + 10, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(style.printable(middle), style.muted()), l, Y, 0);
        String page = java.text.MessageFormat.format(pageFormat, writer.getPageNumber()) + " ";
        float width = style.regularBase().getWidthPoint(page, SIZE);
        float totalWidth = style.regularBase().getWidthPoint("000", SIZE);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(page, style.muted()),
                r - totalWidth - width, Y, 0);
        cb.addTemplate(total, r - totalWidth, Y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), style.muted()), 0, 0, 0);
    }
}
