package kr.sangsaeng.review.exchange.shortlist;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.JFreeChart;

/**
 * A chart as an image in the PDF. The chart is laid out at its printed size in points, so its
 * fonts print at their nominal size, and rendered at twice that resolution (144 dpi) so it stays
 * sharp when printed or zoomed.
 */
final class PdfCharts {
    private static final int SCALE = 2;

    private PdfCharts() {
    }

    static Image image(JFreeChart chart, float widthPt, float heightPt) {
        BufferedImage img = chart.createBufferedImage(Math.round(widthPt * SCALE), Math.round(heightPt * SCALE),
                widthPt, heightPt, null);
        try {
            Image pdfImage = Image.getInstance(img, null);
            pdfImage.scaleAbsolute(widthPt, heightPt);
            return pdfImage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadElementException e) {
            throw new IllegalStateException("A rendered chart is always a valid image", e);
        }
    }
}
