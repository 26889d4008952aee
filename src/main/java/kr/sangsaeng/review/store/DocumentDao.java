package kr.sangsaeng.review.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Document;

/**
 * Documents per case. Content is stored once per SHA-256 in chunks of {@value #CHUNK_BYTES} bytes,
 * written and read one chunk at a time, so a 100 MB file never sits in memory whole. Adding and
 * removing a document are audited under the key {@code ref/name}.
 */
public final class DocumentDao {
    /** One chunk row: large enough that a 100 MB file is 100 rows, small enough to hold briefly. */
    public static final int CHUNK_BYTES = 1 << 20;

    private static final String SELECT = """
            SELECT d.id, d.submission_id, s.ref, d.name, d.sha256, c.bytes, c.media_type, c.pages, d.added_by, d.added_at
            FROM document d JOIN document_content c ON c.sha256 = d.sha256 JOIN submission s ON s.id = d.submission_id""";

    private final Db db;
    private final AuditDao audit;

    DocumentDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Opens the content to store; called again if the write has to be retried. */
    @FunctionalInterface
    public interface ContentSource {
        InputStream open() throws IOException;
    }

    public List<Document> findAll() {
        return db.query(SELECT + " ORDER BY " + db.dialect().byCodePoint("s.ref") + ", d.id", DocumentDao::map);
    }

    public List<Document> findBySubmission(long submissionId) {
        return db.query(SELECT + " WHERE d.submission_id = ? ORDER BY d.id", DocumentDao::map, submissionId);
    }

    public Optional<Document> find(long id) {
        return db.queryOne(SELECT + " WHERE d.id = ?", DocumentDao::map, id);
    }

    public boolean hasContent(String sha256) {
        return db.queryOne("SELECT 1 FROM document_content WHERE sha256 = ?", rs -> true, sha256).isPresent();
    }

    /** The bytes of all distinct content stored in the file (what the per-round cap limits). */
    public long storedBytes() {
        return db.queryOne("SELECT coalesce(sum(bytes), 0) FROM document_content", rs -> rs.getLong(1)).orElse(0L);
    }

    /**
     * Stores content under its hash unless it is there already. The caller has checked the hash and
     * size; {@code bytes} must equal what the source yields, or the write is rolled back.
     */
    public void putContent(String sha256, long bytes, String mediaType, int pages, ContentSource source) {
        db.inTransaction(() -> {
            if (hasContent(sha256)) {
                return null;
            }
            db.update("INSERT INTO document_content (sha256, bytes, media_type, pages) VALUES (?, ?, ?, ?)",
                    sha256, bytes, mediaType, pages);
            long written = writeChunks(sha256, source);
            if (written != bytes) {
                throw new StoreException("The document changed while it was being stored (" + written + " bytes instead of "
                        + bytes + "); add it again.", null);
            }
            return null;
        });
    }

    private long writeChunks(String sha256, ContentSource source) {
        long total = 0;
        try (InputStream in = source.open()) {
            for (int seq = 0; ; seq++) {
                byte[] chunk = in.readNBytes(CHUNK_BYTES);
                if (chunk.length == 0) {
                    return total;
                }
                db.update("INSERT INTO document_chunk (sha256, seq, data) VALUES (?, ?, ?)", sha256, seq, chunk);
                total += chunk.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Links stored content to a case under the name it was submitted with; returns the new id. */
    public long add(long submissionId, String name, String sha256, String actor, Instant at) {
        return db.inTransaction(() -> {
            long id = db.insert("INSERT INTO document (submission_id, name, sha256, added_by, added_at) VALUES (?, ?, ?, ?, ?)",
                    submissionId, name, sha256, actor, at);
            audit.append(actor, "document", ref(submissionId) + "/" + name, null, sha256);
            return id;
        });
    }

    /** Removes a document from its case; content no other document uses is deleted with it. */
    public void remove(long id, String actor) {
        db.inTransaction(() -> {
            Optional<Document> d = find(id);
            if (d.isEmpty()) {
                return null;
            }
            db.update("DELETE FROM document WHERE id = ?", id);
            db.update("DELETE FROM document_content WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM document WHERE sha256 = ?)",
                    d.get().sha256(), d.get().sha256());
            audit.append(actor, "document", d.get().ref() + "/" + d.get().name(), d.get().sha256(), null);
            return null;
        });
    }

    /** Reads stored content one chunk at a time. */
    public InputStream open(String sha256) {
        if (!hasContent(sha256)) {
            throw new StoreException("No document with SHA-256 " + sha256 + " is stored in this file.", null);
        }
        return new ChunkInputStream(seq -> db.queryOne("SELECT data FROM document_chunk WHERE sha256 = ? AND seq = ?",
                rs -> rs.getBytes(1), sha256, seq));
    }

    private String ref(long submissionId) {
        return db.queryOne("SELECT ref FROM submission WHERE id = ?", rs -> rs.getString(1), submissionId).orElse("?");
    }

    private static Document map(ResultSet rs) throws SQLException {
        return new Document(rs.getLong("id"), rs.getLong("submission_id"), rs.getString("ref"), rs.getString("name"),
                rs.getString("sha256"), rs.getLong("bytes"), rs.getString("media_type"), rs.getInt("pages"),
                rs.getString("added_by"), Rows.instant(rs, "added_at"));
    }
}
