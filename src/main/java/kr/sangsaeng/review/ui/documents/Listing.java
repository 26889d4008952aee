package kr.sangsaeng.review.ui.documents;

import java.io.IOException;
import java.util.List;
import kr.sangsaeng.review.exchange.documents.DocumentKind;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.service.DocumentReader;

/**
 * A case's documents, the one to show first and, when that is a PDF small enough to hold in
 * memory, its content: read together in one turn of the document thread, so the first page of
 * a newly chosen case is drawn without a second wait (docs/documents.md, "Speed").
 *
 * @param content the shown PDF's bytes, or null (not a PDF, too large, already shown, or none)
 */
record Listing(List<Document> documents, Document shown, byte[] content) {
    /** Reads on the document thread; {@code keep} is the id of the document to keep showing, if any. */
    static Listing read(DocumentReader reader, long submissionId, Long keep) throws IOException {
        List<Document> docs = reader.forSubmission(submissionId);
        Document shown = docs.stream().filter(d -> keep != null && d.id() == keep).findFirst()
                .orElse(docs.isEmpty() ? null : docs.get(0));
        boolean inMemory = shown != null && (keep == null || shown.id() != keep) && DocumentKind.fromMediaType(shown.mediaType()) == DocumentKind.PDF
                && shown.bytes() <= DocumentReader.IN_MEMORY_BYTES;
        return new Listing(docs, shown, inMemory ? reader.content(shown) : null);
    }
}
