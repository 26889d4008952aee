package kr.sangsaeng.review.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.sangsaeng.review.exchange.documents.DocumentFiles;
import kr.sangsaeng.review.exchange.documents.DocumentInspector;
import kr.sangsaeng.review.exchange.documents.DocumentMatcher;
import kr.sangsaeng.review.exchange.documents.DocumentNames;
import kr.sangsaeng.review.exchange.documents.DocumentPlan;
import kr.sangsaeng.review.exchange.documents.DocumentPlan.Item;
import kr.sangsaeng.review.exchange.documents.DocumentPlan.Outcome;
import kr.sangsaeng.review.exchange.documents.DocumentProblem;
import kr.sangsaeng.review.exchange.documents.DocumentProblem.Reason;
import kr.sangsaeng.review.exchange.documents.Inspection;
import kr.sangsaeng.review.exchange.shortlist.FileHash;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.StoreException;

/**
 * The platforms' documents in a review file: plan and add a set of files (all or nothing, audited),
 * list, remove (audited), and copy them back out byte for byte. The caps keep a round's file a size
 * that can still be copied and backed up: 100 MB per document, 2 GB per round (docs/documents.md).
 */
public final class DocumentService {
    /** Size caps; the defaults are the product's, tests use smaller ones. */
    public record Limits(long maxFileBytes, long maxRoundBytes) {
        public static final Limits DEFAULT = new Limits(100L << 20, 2L << 30);
    }

    private final ReviewStore store;
    private final Limits limits;

    public DocumentService(ReviewStore store) {
        this(store, Limits.DEFAULT);
    }

    public DocumentService(ReviewStore store, Limits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** Plans adding files and folders, each file to the case whose ref starts its name. */
    public DocumentPlan plan(List<Path> chosen) throws IOException {
        return plan(chosen, Optional.empty());
    }

    /** Plans adding files to one case whatever their names (a drop onto the case). */
    public DocumentPlan planForCase(String ref, List<Path> chosen) throws IOException {
        return plan(chosen, Optional.of(ref));
    }

    private DocumentPlan plan(List<Path> chosen, Optional<String> forcedRef) throws IOException {
        Map<String, Long> cases = new HashMap<>();
        store.submissions().findAll().forEach(s -> cases.put(s.ref(), s.id()));
        Set<String> present = new HashSet<>();
        store.documents().findAll().forEach(d -> present.add(d.ref() + "\n" + d.sha256()));
        Set<String> seen = new HashSet<>();
        Set<String> newContent = new HashSet<>();
        long roundBytes = store.documents().storedBytes();
        List<Item> items = new ArrayList<>();
        for (Path file : DocumentFiles.expand(chosen)) {
            String name = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
            Optional<String> ref = forcedRef.isPresent() ? forcedRef : DocumentMatcher.refOf(name, cases.keySet());
            if (ref.isPresent() && !cases.containsKey(ref.get())) {
                items.add(refused(file, name, ref, new DocumentProblem(Reason.NO_SUCH_CASE, ref.get())));
                continue;
            }
            if (ref.isEmpty()) {
                items.add(refused(file, name, ref, new DocumentProblem(Reason.NO_CASE)));
                continue;
            }
            Inspection inspection;
            String sha;
            long bytes;
            try {
                inspection = DocumentInspector.inspect(file, name, limits.maxFileBytes());
                sha = FileHash.sha256(file);
                bytes = Files.size(file);
            } catch (DocumentProblem p) {
                items.add(refused(file, name, ref, p));
                continue;
            } catch (IOException e) {
                items.add(refused(file, name, ref, new DocumentProblem(Reason.UNREADABLE, e.getMessage())));
                continue;
            }
            String key = ref.get() + "\n" + sha;
            Outcome outcome = present.contains(key) ? Outcome.ALREADY_STORED : seen.add(key) ? Outcome.ADD : Outcome.REPEATED;
            if (outcome == Outcome.ADD && !store.documents().hasContent(sha) && newContent.add(sha)) {
                roundBytes += bytes;
                if (roundBytes > limits.maxRoundBytes()) {
                    items.add(new Item(file, name, ref, Outcome.REFUSED, Optional.of(inspection), sha, bytes,
                            Optional.of(new DocumentProblem(Reason.ROUND_FULL, mb(roundBytes), mb(limits.maxRoundBytes())))));
                    roundBytes -= bytes;
                    continue;
                }
            }
            items.add(new Item(file, name, ref, outcome, Optional.of(inspection), sha, bytes, Optional.empty()));
        }
        return new DocumentPlan(items);
    }

    private static Item refused(Path file, String name, Optional<String> ref, DocumentProblem p) {
        return new Item(file, name, ref, Outcome.REFUSED, Optional.empty(), "", 0, Optional.of(p));
    }

    /**
     * Adds the plan's files in one transaction, so either every file is stored or none is. Each
     * file is read again while it is stored and must still have the hash it was planned with.
     */
    public List<Document> apply(DocumentPlan plan, Actor actor) {
        if (!plan.isValid()) {
            throw new IllegalArgumentException(plan.refused().size() + " of the files cannot be added; nothing was added.");
        }
        Map<String, Long> cases = new HashMap<>();
        store.submissions().findAll().forEach(s -> cases.put(s.ref(), s.id()));
        Instant now = Instant.now();
        List<Long> ids = store.inTransaction(() -> {
            List<Long> added = new ArrayList<>();
            for (Item item : plan.toAdd()) {
                Inspection in = item.inspection().orElseThrow();
                store.documents().putContent(item.sha256(), item.bytes(), in.kind().mediaType(), in.pages(),
                        () -> new VerifyingStream(Files.newInputStream(item.path()), item.sha256(), item.name()));
                added.add(store.documents().add(cases.get(item.ref().orElseThrow()), item.name(), item.sha256(), actor.name(), now));
            }
            return added;
        });
        return ids.stream().map(id -> store.documents().find(id).orElseThrow()).toList();
    }

    /** All documents, or one case's; an unknown ref is an error. */
    public List<Document> list(Optional<String> ref) {
        if (ref.isEmpty()) {
            return store.documents().findAll();
        }
        Submission s = store.submissions().findByRef(ref.get())
                .orElseThrow(() -> new IllegalArgumentException("There is no case " + ref.get() + " in this round."));
        return store.documents().findBySubmission(s.id());
    }

    public List<Document> forSubmission(long submissionId) {
        return store.documents().findBySubmission(submissionId);
    }

    /** Removes a document from its case; the audit log keeps its name and hash. */
    public void remove(long documentId, Actor actor) {
        store.documents().remove(documentId, actor.name());
    }

    /** Reads a document's content one chunk at a time. */
    public InputStream open(Document d) {
        return store.documents().open(d.sha256());
    }

    /** Writes a document's exact bytes to {@code target}, replacing it, through a temporary file beside it. */
    public void copyTo(Document d, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".document-", ".part");
        try {
            try (InputStream in = open(d); OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Copies a document to a new temporary file only its owner can read, named as submitted (or
     * safely, if the name is not), for the system viewer and for drawing its pages.
     */
    public Path privateCopy(Document d) throws IOException {
        return privateCopy(d, safeName(d));
    }

    /**
     * As {@link #privateCopy(Document)}, under another name: in blind review the copy is named
     * neutrally, so the system viewer's title bar does not show the platform's file name.
     */
    public Path privateCopy(Document d, String name) throws IOException {
        Path dir = PrivateFiles.createDirectory("sangsaeng-document-");
        Path target = dir.resolve(DocumentNames.problem(name).isEmpty() ? name : "document-" + d.id());
        PrivateFiles.createFile(target);
        try (InputStream in = open(d); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
        target.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return target;
    }

    /** Writes documents to {@code dir/REF/NAME}, byte-identical; returns how many. */
    public List<Path> export(Optional<String> ref, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Document d : list(ref)) {
            Path target = dir.resolve(safeSegment(d.ref())).resolve(safeName(d));
            copyTo(d, target);
            written.add(target);
        }
        return written;
    }

    /** A stored name that could not be a plain file name (from a damaged or hostile file) is replaced. */
    static String safeName(Document d) {
        return DocumentNames.problem(d.name()).isEmpty() ? d.name() : "document-" + d.id();
    }

    private static String safeSegment(String ref) {
        String s = ref.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return s.isBlank() || s.startsWith(".") ? "_" + s : s;
    }

    private static String mb(long bytes) {
        return String.valueOf(Math.round(bytes / (1024.0 * 1024.0)));
    }

    /** Passes a file through while hashing it, and fails at the end if the file changed since planned. */
    private static final class VerifyingStream extends DigestInputStream {
        private final String expected;
        private final String name;
        private boolean checked;

        VerifyingStream(InputStream in, String expected, String name) {
            super(in, sha256());
            this.expected = expected;
            this.name = name;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0 && !checked && !HexFormat.of().formatHex(getMessageDigest().digest()).equals(expected)) {
                checked = true;
                throw new StoreException(name + " changed while it was being added; add it again.", null);
            }
            checked |= n < 0;
            return n;
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }
}
