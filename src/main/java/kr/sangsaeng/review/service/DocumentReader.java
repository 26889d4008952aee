package kr.sangsaeng.review.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.StoreException;

/**
 * Reads a round's documents on a connection of their own (docs/documents.md, "Speed"), so that
 * showing a case's document never waits behind the views' reads and writes on the round's
 * connection: SQLite in WAL mode lets a reader run beside other readers and a writer, and a server
 * takes a second connection anyway. The connection is opened on first use and only reads. The
 * methods are synchronized: one thread at a time uses it, and closing waits for a read under way.
 */
public final class DocumentReader implements AutoCloseable {
    /**
     * Content up to this size is read into memory and handed to the viewer as it is, without a
     * temporary file; larger documents (up to the 100 MB cap) go through a private copy instead,
     * so memory stays bounded.
     */
    public static final long IN_MEMORY_BYTES = 32L << 20;

    /** Opens the reading connection. */
    @FunctionalInterface
    interface Opener {
        ReviewStore open() throws ReviewFileException;
    }

    private final Opener opener;
    private ReviewStore store;
    private DocumentService documents;
    private boolean closed;

    DocumentReader(ReviewStore main) {
        this(() -> main.server().isPresent() ? ReviewStore.openServer(main.server().get())
                : ReviewStore.openReadOnly(main.file()));
    }

    DocumentReader(Opener opener) {
        this.opener = opener;
    }

    /** Opens the connection and runs the document query once, so the first real read is quick. */
    public synchronized void prepare() {
        documents().forSubmission(-1);
    }

    public synchronized List<Document> forSubmission(long submissionId) {
        return documents().forSubmission(submissionId);
    }

    /** The document's bytes; only for content of at most {@link #IN_MEMORY_BYTES}. */
    public synchronized byte[] content(Document d) throws IOException {
        if (d.bytes() > IN_MEMORY_BYTES) {
            throw new IllegalArgumentException(d.bytes() + " bytes are too many to hold in memory; use a private copy");
        }
        try (InputStream in = documents().open(d)) {
            return in.readAllBytes();
        }
    }

    /** As {@link DocumentService#privateCopy(Document, String)}, read on this connection. */
    public synchronized Path privateCopy(Document d, String name) throws IOException {
        return documents().privateCopy(d, name);
    }

    private DocumentService documents() {
        if (closed) {
            throw new StoreException("The round was closed.", null);
        }
        if (store == null) {
            try {
                store = opener.open();
            } catch (ReviewFileException e) {
                throw new StoreException(e.getMessage(), e);
            }
            documents = new DocumentService(store);
        }
        return documents;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
