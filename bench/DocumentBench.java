import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.demo.SamplePdf;
import kr.sangsaeng.review.exchange.documents.PdfPages;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.service.DocumentService;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The time from selecting a case to its PDF's first page drawn, on a 50-page document stored in a
 * review file: the same steps the document pane takes (list the case's documents, copy the PDF out
 * of the review file to a private file, open it, read every page's size, draw page 1 at the width
 * the pane fits), without putting the image on screen. Target (issue 17): at most 0.5 s.
 * usage: bench/documents.sh   (prints cold, median and worst of RUNS runs)
 */
public final class DocumentBench {
    private static final int PAGES = 50;
    /** A4 at 1.0 is 595 pixels wide, the document column of a 1280-pixel window fitted to width. */
    private static final float SCALE = 1.0f;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createTempDirectory("document-bench");
        Path pdf = dir.resolve("2022-03_우아한형제들_신청서.pdf");
        List<SamplePdf.Page> pages = new ArrayList<>();
        String line = "풍수해보험료 지원 사업의 실적과 증빙을 적은 쪽입니다. 지원 소상공인 약 3만 명, 최대 보상 9,000만원. ";
        for (int i = 1; i <= PAGES; i++) {
            pages.add(new SamplePdf.Page("쪽 " + i, List.of(line.repeat(12), line.repeat(12), line.repeat(8)), "bench " + i));
        }
        SamplePdf.write(pdf, "bench", pages);
        try (ReviewStore store = DemoRound.createAt(dir.resolve("bench.sangsaeng"))) {
            DocumentService documents = new DocumentService(store);
            Document added = documents.apply(documents.plan(List.of(pdf)), new kr.sangsaeng.review.service.Actor("bench")).get(0);
            if (System.getenv("BENCH_NO_WARMUP") == null) {
                // As the pane does when it is created, before any case is selected.
                kr.sangsaeng.review.exchange.documents.PdfWarmUp.run(() -> false);
            }
            double[] seconds = new double[runs];
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                Document d = documents.forSubmission(added.submissionId()).get(0);
                // As the pane reads a PDF up to 32 MB: its bytes straight out of the file into PDFBox.
                byte[] bytes;
                try (java.io.InputStream in = documents.open(d)) {
                    bytes = in.readAllBytes();
                }
                long copied = System.nanoTime();
                BufferedImage first;
                long opened;
                try (PdfPages doc = PdfPages.open(bytes)) {
                    for (int p = 0; p < doc.count(); p++) {
                        doc.size(p);
                    }
                    opened = System.nanoTime();
                    first = doc.render(0, SCALE);
                }
                if (System.getenv("BENCH_DETAIL") != null) {
                    System.out.printf("read %.3f open %.3f draw %.3f%n", (copied - start) / 1e9, (opened - copied) / 1e9,
                            (System.nanoTime() - opened) / 1e9);
                }
                seconds[r] = (System.nanoTime() - start) / 1e9;
                if (first.getWidth() < 100) {
                    throw new IllegalStateException("page not drawn");
                }
            }
            double cold = seconds[0];
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            System.out.printf("first page of a %d-page PDF (%d KB) from the review file: first selection %.3f s, median %.3f s, worst %.3f s"
                    + " over %d runs; target <= 0.5 s%n", PAGES, Files.size(pdf) / 1024, cold, sorted[runs / 2],
                    sorted[runs - 1], runs);
        }
    }
}
