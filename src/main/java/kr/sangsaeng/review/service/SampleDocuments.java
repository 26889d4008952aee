package kr.sangsaeng.review.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.demo.DemoDocuments;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.exchange.documents.DocumentPlan;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The demo round with its sample documents: the demo package writes the sample PDFs, and they are
 * added as any secretary's documents are, through {@link DocumentService} (docs/documents.md).
 */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    /** A new file holding the bundled 2022 round and a sample document per case. */
    public static ReviewStore createDemoAt(Path file) throws ReviewFileException, IOException {
        ReviewStore store = DemoRound.createAt(file);
        try {
            addTo(store);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Writes the sample PDFs to a private temporary folder and adds them to the round. */
    public static void addTo(ReviewStore store) throws IOException {
        Path dir = Files.createTempDirectory("sangsaeng-demo-documents");
        try {
            DemoDocuments.writeTo(dir);
            DocumentService service = new DocumentService(store);
            DocumentPlan plan = service.plan(List.of(dir));
            service.apply(plan, new Actor(DemoDocuments.ADDED_BY));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
