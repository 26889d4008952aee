package kr.sangsaeng.review.exchange.documents;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kr.sangsaeng.review.exchange.documents.DocumentProblem.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Checks that a PDF opens, counts its pages and notes scripts and launch actions. */
public final class PdfCheck {
    /** A submission is a few dozen pages; thousands is a mistake or an attack on the reviewer's machine. */
    public static final int MAX_PAGES = 2_000;
    /** Pages whose links are looked at for actions; the catalog is always looked at. */
    private static final int PAGES_SCANNED = 50;

    private PdfCheck() {
    }

    public static Inspection inspect(Path file) throws DocumentProblem {
        requireEnd(file);
        try (PDDocument doc = open(file)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentProblem(Reason.PDF_NO_PAGES);
            }
            if (pages > MAX_PAGES) {
                throw new DocumentProblem(Reason.PDF_TOO_MANY_PAGES, pages, MAX_PAGES);
            }
            return new Inspection(DocumentKind.PDF, pages, scripted(doc));
        } catch (InvalidPasswordException e) {
            throw new DocumentProblem(Reason.PDF_PASSWORD);
        } catch (IOException | RuntimeException e) {
            throw new DocumentProblem(Reason.PDF_DAMAGED, String.valueOf(e.getMessage()));
        }
    }

    /** Opens a PDF with its streams cached in temporary files, not memory. */
    public static PDDocument open(Path file) throws IOException {
        return Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
    }

    /** Opens a PDF held in memory (read straight out of the review file), streams cached as above. */
    public static PDDocument open(byte[] content) throws IOException {
        return Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache());
    }

    /** Every complete PDF ends with {@code %%EOF}, give or take trailing whitespace or junk. */
    private static void requireEnd(Path file) throws DocumentProblem {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            int n = (int) Math.min(2048, raf.length());
            byte[] tail = new byte[n];
            raf.seek(raf.length() - n);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new DocumentProblem(Reason.PDF_TRUNCATED);
            }
        } catch (IOException e) {
            throw new DocumentProblem(Reason.UNREADABLE, e.getMessage());
        }
    }

    private static boolean scripted(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (catalog.getOpenAction() instanceof PDAction a && risky(a)) {
            return true;
        }
        if (catalog.getNames() != null && catalog.getNames().getJavaScript() != null) {
            return true;
        }
        if (catalog.getActions() != null && catalog.getActions().getCOSObject().size() > 0) {
            return true;
        }
        int seen = 0;
        for (PDPage page : doc.getPages()) {
            if (seen++ >= PAGES_SCANNED) {
                break;
            }
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() != null && risky(link.getAction())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean risky(PDAction a) {
        return a instanceof PDActionJavaScript || a instanceof PDActionLaunch;
    }
}
