package kr.sangsaeng.review.ui.documents;

import kr.sangsaeng.review.exchange.documents.PdfPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most one PDF opened, and its first page drawn, while the window's thread was still busy
 * putting the case's document list in place; handed to {@link PdfView#open(byte[], int)} when it
 * asks for the same content, else closed. Used on the page thread only.
 */
final class OpenedAhead {
    private static final Logger LOG = LoggerFactory.getLogger(OpenedAhead.class);

    private Object content;
    private FirstPage page;

    void prepare(byte[] bytes, double viewportWidth, boolean fit, double fixedScale) {
        drop();
        try {
            page = FirstPage.open(() -> PdfPages.open(bytes), 0, viewportWidth, fit, fixedScale);
            content = bytes;
        } catch (Exception e) {
            // Opening it for real tries again and says what is wrong.
            LOG.debug("Cannot open a document ahead", e);
        }
    }

    /** The document opened ahead if it is {@code wanted} and drawn as asked; else null (and it is closed). */
    FirstPage take(Object wanted, int start, double viewportWidth, boolean fit, double fixedScale) {
        FirstPage p = page;
        boolean same = p != null && content == wanted && p.matches(start, viewportWidth, fit, fixedScale);
        if (same) {
            page = null;
            content = null;
            return p;
        }
        drop();
        return null;
    }

    void drop() {
        if (page != null) {
            try {
                page.pages().close();
            } catch (Exception e) {
                LOG.debug("Closing a document opened ahead", e);
            }
        }
        page = null;
        content = null;
    }
}
