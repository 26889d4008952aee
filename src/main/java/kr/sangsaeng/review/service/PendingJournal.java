package kr.sangsaeng.review.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.service.PendingWrites.Change;
import kr.sangsaeng.review.service.PendingWrites.ReviewChange;
import kr.sangsaeng.review.service.PendingWrites.ScoreChange;

/**
 * The changes kept while the connection to a server round is lost, on this computer's disk, so that a
 * crash or a kill does not lose them (docs/server-mode.md, "Kept on this computer"). One JSON file per
 * server address and login ({@code postgresql://LOGIN@HOST:PORT/DATABASE}, which never holds a
 * password), rewritten whole at each change of the queue: a temporary file is written and forced to
 * disk, then moved over the journal in one step, so a kill leaves the old journal or the new one,
 * never half of one. An empty queue removes the file.
 *
 * <p>A journal that cannot be read, that a newer version of the app wrote, or that was written for
 * another round once published at the same address (its ids would name other cases), is renamed
 * and kept beside the others, never deleted; {@link #open} says so. While a window holds a journal it holds a
 * lock on it, so that a second window of the same login does not write over the first one's changes.
 */
final class PendingJournal implements AutoCloseable {
    /** The format's version; a journal with a higher one is set aside, not read. */
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    /** Why a journal found on disk was not read. */
    enum Problem {
        /** It is not a journal this app can read: set aside. */
        DAMAGED,
        /** A newer version of the app wrote it: set aside. */
        NEWER_VERSION,
        /** It was written for another round at the same address (dropped and published again since): set aside. */
        OTHER_ROUND,
        /** Another window of the app on this computer keeps the changes of this server and login. */
        IN_USE
    }

    /** What opening found: the kept changes, oldest first, and a problem with the file found, if any. */
    record Opened(PendingJournal journal, List<Change> changes, Problem problem, Path setAside) {
    }

    private final Path file;
    private final Path temp;
    private final String server;
    /** The round's identity (store.ReviewStore#roundIdentity), or null when the round records none. */
    private final String round;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private PendingJournal(Path file, String server, String round, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.temp = file.resolveSibling(file.getFileName() + ".tmp");
        this.server = server;
        this.round = round;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The journal's file for {@code server} ({@code postgresql://LOGIN@HOST:PORT/DATABASE}) in {@code folder}. */
    static Path fileFor(Path folder, String server) {
        String readable = server.replaceFirst("^postgres(ql)?://", "").replaceAll("[^A-Za-z0-9._@-]", "_");
        if (readable.length() > 60) {
            readable = readable.substring(0, 60);
        }
        return folder.resolve(readable + "-" + hash(server) + ".json");
    }

    /**
     * The server and number of changes of the journal {@code file}, read without taking it (a window
     * may hold it); empty when it is not a journal this app would read under that name: set aside,
     * damaged, or from a newer version. A journal is replaced whole by a move, so a read sees a whole one.
     */
    static Optional<UnsentJournals.Waiting> peek(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || !root.path("version").isInt() || root.path("version").asInt() < 1
                    || root.path("version").asInt() > VERSION || !root.path("server").isTextual()
                    || !root.path("changes").isArray()) {
                return Optional.empty();
            }
            String server = root.path("server").asText();
            if (!fileFor(file.toAbsolutePath().getParent(), server).getFileName().equals(file.getFileName())) {
                return Optional.empty();
            }
            return Optional.of(new UnsentJournals.Waiting(server, root.path("changes").size()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Takes the journal of {@code server} in {@code folder} (created when missing) and reads the
     * changes kept in it. A damaged or newer journal is renamed aside and the journal starts empty;
     * when another window holds it, {@link Opened#journal()} is null and nothing is read.
     */
    static Opened open(Path folder, String server) throws IOException {
        return open(folder, server, null);
    }

    /**
     * The same for the round whose identity is {@code round} (null: one that records none): a journal
     * written for a round of another identity is set aside unread ({@link Problem#OTHER_ROUND}). A
     * journal that names no round was written before rounds had one, and is read.
     */
    static Opened open(Path folder, String server, String round) throws IOException {
        createPrivateFolder(folder);
        Path file = fileFor(folder, server);
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return new Opened(null, List.of(), Problem.IN_USE, null);
        }
        PendingJournal journal = new PendingJournal(file, server, round, channel, lock);
        try {
            return journal.load();
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    private Opened load() throws IOException {
        PendingJournal journal = this;
        // A temporary file left by a kill in the middle of a write was never moved into place: the
        // journal beside it is the last whole one.
        Files.deleteIfExists(journal.temp);
        if (!Files.exists(file)) {
            return new Opened(journal, List.of(), null, null);
        }
        try {
            return new Opened(journal, journal.read(Files.readAllBytes(file)), null, null);
        } catch (Unreadable e) {
            Path aside = asideName(switch (e.problem) {
                case NEWER_VERSION -> ".newer-";
                case OTHER_ROUND -> ".other-round-";
                default -> ".damaged-";
            });
            Files.move(file, aside);
            return new Opened(journal, List.of(), e.problem, aside);
        }
    }

    /** A name no earlier set-aside journal has: {@code NAME.damaged-20261201T093000.json}, then {@code …-2.json}. */
    private Path asideName(String why) {
        String base = file.getFileName().toString().replaceFirst("\\.json$", "") + why + STAMP.format(Instant.now());
        Path aside = file.resolveSibling(base + ".json");
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n + ".json");
        }
        return aside;
    }

    Path file() {
        return file;
    }

    /** Puts {@code changes} on disk in place of what was there; none removes the file. */
    void write(List<Change> changes) throws IOException {
        if (changes.isEmpty()) {
            if (Files.deleteIfExists(file)) {
                forceFolder();
            }
            return;
        }
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(changes));
        Files.deleteIfExists(temp);
        try (FileChannel out = createPrivateFile(temp)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder();
    }

    private ObjectNode toJson(List<Change> changes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("server", server);
        if (round != null) {
            root.put("round", round);
        }
        ArrayNode list = root.putArray("changes");
        for (Change c : changes) {
            ObjectNode n = list.addObject();
            n.put("kind", c instanceof ScoreChange ? "score" : "review");
            n.put("actor", c.actor().name());
            n.put("reviewer", c.reviewerId());
            n.put("submission", c.submissionId());
            n.put("madeAt", c.madeAt().toString());
            if (c instanceof ScoreChange s) {
                n.put("criterion", s.criterionId());
                if (s.value() == null) {
                    n.putNull("value");
                } else {
                    n.put("value", s.value());
                }
            } else if (c instanceof ReviewChange r) {
                n.put("comment", r.review().comment());
                n.put("recused", r.review().recused());
                n.put("recuseReason", r.review().recuseReason());
                n.put("finalised", r.review().finalised());
            }
        }
        return root;
    }

    private List<Change> read(byte[] bytes) throws Unreadable {
        JsonNode root;
        try {
            root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreadable(Problem.DAMAGED);
        }
        if (root == null || !root.path("version").isInt() || root.path("version").asInt() < 1) {
            throw new Unreadable(Problem.DAMAGED);
        }
        if (root.path("version").asInt() > VERSION) {
            throw new Unreadable(Problem.NEWER_VERSION);
        }
        if (!server.equals(root.path("server").asText(null)) || !root.path("changes").isArray()
                || !(root.path("round").isMissingNode() || root.path("round").isTextual())) {
            throw new Unreadable(Problem.DAMAGED);
        }
        // Its ids (reviewer, case, criterion) belong to the round it was written for.
        if (root.path("round").isTextual() && !root.path("round").asText().equals(round)) {
            throw new Unreadable(Problem.OTHER_ROUND);
        }
        List<Change> changes = new ArrayList<>();
        try {
            for (JsonNode n : root.path("changes")) {
                changes.add(change(n));
            }
        } catch (RuntimeException e) {
            throw new Unreadable(Problem.DAMAGED);
        }
        return changes;
    }

    private static Change change(JsonNode n) {
        Actor actor = new Actor(text(n, "actor"));
        long reviewer = number(n, "reviewer");
        long submission = number(n, "submission");
        Instant madeAt = Instant.parse(text(n, "madeAt"));
        switch (text(n, "kind")) {
            case "score" -> {
                JsonNode v = n.path("value");
                if (!v.isNull() && !v.isNumber()) {
                    throw new IllegalArgumentException("value");
                }
                return new ScoreChange(actor, reviewer, submission, number(n, "criterion"),
                        v.isNull() ? null : v.asDouble(), madeAt);
            }
            case "review" -> {
                return new ReviewChange(actor, new Review(reviewer, submission, text(n, "comment"),
                        flag(n, "recused"), text(n, "recuseReason"), flag(n, "finalised"), madeAt));
            }
            default -> throw new IllegalArgumentException("kind");
        }
    }

    private static String text(JsonNode n, String field) {
        if (!n.path(field).isTextual()) {
            throw new IllegalArgumentException(field);
        }
        return n.path(field).asText();
    }

    private static long number(JsonNode n, String field) {
        if (!n.path(field).canConvertToLong() || !n.path(field).isIntegralNumber()) {
            throw new IllegalArgumentException(field);
        }
        return n.path(field).asLong();
    }

    private static boolean flag(JsonNode n, String field) {
        if (!n.path(field).isBoolean()) {
            throw new IllegalArgumentException(field);
        }
        return n.path(field).asBoolean();
    }

    /** The folder's own entry must be on disk too, or a crash may forget the move (or the removal). */
    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows opens no folder as a channel; there the move itself is durable (MOVEFILE_WRITE_THROUGH).
        }
    }

    /** Releases the lock; the journal stays on disk for the next time this login connects to the server. */
    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // Closing the channel releases the lock in any case.
        }
    }

    private static String hash(String server) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(server.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Comments and scores are confidential to the committee: only the user reads them. */
    private static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static FileChannel createPrivateFile(Path path) throws IOException {
        if (POSIX) {
            return FileChannel.open(path, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** The journal is not one this app can read. */
    private static final class Unreadable extends Exception {
        final Problem problem;

        Unreadable(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
