package kr.sangsaeng.review.ui.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import kr.sangsaeng.review.exchange.documents.PdfPages;

/**
 * A PDF opened on the page thread with its first page drawn straight away, at the width the view
 * has, so the page comes back together with the page sizes rather than after another turn through
 * the window's thread (docs/documents.md, "Speed").
 *
 * @param first the page drawn (from 0); {@code image} is null for a document without pages
 */
record FirstPage(PdfPages pages, List<float[]> sizes, int first, double scale, Image image) {
    /** Page margin of the view: 12 px a side. */
    private static final double MARGIN = 24;

    /** Opens and draws; on the page thread. The caller owns (and closes) the pages. */
    static FirstPage open(Callable<PdfPages> opener, int start, double viewportWidth, boolean fit, double fixedScale)
            throws Exception {
        PdfPages pages = opener.call();
        try {
            List<float[]> sizes = new ArrayList<>();
            for (int i = 0; i < pages.count(); i++) {
                sizes.add(pages.size(i));
            }
            if (sizes.isEmpty()) {
                return new FirstPage(pages, sizes, 0, fixedScale, null);
            }
            int first = Math.max(0, Math.min(start, sizes.size() - 1));
            double scale = fit ? fitScale(viewportWidth, sizes.get(first)[0]) : fixedScale;
            Image image = SwingFXUtils.toFXImage(pages.render(first, (float) scale), null);
            return new FirstPage(pages, sizes, first, scale, image);
        } catch (Exception | Error e) {
            pages.close();
            throw e;
        }
    }

    /** True when this is what opening at {@code start} with these settings would draw. */
    boolean matches(int start, double viewportWidth, boolean fit, double fixedScale) {
        if (sizes.isEmpty()) {
            return true;
        }
        int wanted = Math.max(0, Math.min(start, sizes.size() - 1));
        double s = fit ? fitScale(viewportWidth, sizes.get(wanted)[0]) : fixedScale;
        return wanted == first && Math.abs(s - scale) < 0.001;
    }

    /** The scale at which a page fills the view's width, within the view's zoom limits. */
    static double fitScale(double viewportWidth, float pageWidth) {
        double usable = (viewportWidth > 50 ? viewportWidth : 560) - MARGIN;
        return Math.max(PdfView.MIN_SCALE, Math.min(PdfView.MAX_SCALE, usable / pageWidth));
    }
}
