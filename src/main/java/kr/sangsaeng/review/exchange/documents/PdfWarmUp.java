package kr.sangsaeng.review.exchange.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * PDFBox's start-up, paid before the first case is selected rather than when it is: the first page
 * a JVM draws costs seconds on a busy machine (loading PDFBox's parser, font and drawing classes,
 * and the Java 2D rasteriser), and the next few draws stay slow until the JIT has compiled the
 * glyph-filling code. So this draws pages of Hangul and Latin text ({@link #PAGE}), through
 * the same path the viewer uses (a file opened by {@link PdfPages}), a few times, and searches it
 * (docs/documents.md, "Speed").
 * Once per JVM, since what it warms is the JVM's.
 */
public final class PdfWarmUp {
    /** Draws of the full page, so the JIT compiles the drawing loop. */
    private static final int DRAWS = 3;
    private static final AtomicBoolean DONE = new AtomicBoolean();
    /**
     * Two A4 pages of varied Hangul syllables, digits and Latin letters in NanumGothic, embedded as
     * submitted PDFs embed fonts: one line (drawn first, it loads the classes), then 48 lines (drawn
     * {@value #DRAWS} times, it gets the drawing code compiled). Shipped ready-made: writing it here would cost seconds of
     * reading and subsetting the 4.7 MB font (PdfWarmUpTest writes it again and checks it).
     */
    static final String PAGE = "/kr/sangsaeng/review/exchange/documents/warm-up.pdf";

    private PdfWarmUp() {
    }

    /**
     * Runs once per JVM (later calls return at once); never throws: it is only a head start.
     * {@code stop} is asked between draws: once a real document is waiting for the same thread, the
     * warm-up gives way to it (after the short first page, which loads what the document needs anyway).
     */
    public static void run(BooleanSupplier stop) {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sangsaeng-warm-up-");
            Path file = dir.resolve("warm-up.pdf");
            try (InputStream page = PdfWarmUp.class.getResourceAsStream(PAGE)) {
                if (page == null) {
                    return;
                }
                Files.copy(page, file);
            }
            try (PdfPages pages = PdfPages.open(file)) {
                float scale = 595f / pages.size(1)[0];
                pages.render(0, scale);
                for (int i = 0; i < DRAWS && !stop.getAsBoolean(); i++) {
                    pages.render(1, scale);
                }
                if (!stop.getAsBoolean()) {
                    pages.find("상생", 10);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only a head start: a real document reports its own problems.
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary folder left behind is removed with the others by the system.
        }
    }
}
