package kr.sangsaeng.review.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this computer last committed to each review file, kept in the data folder. Every commit that
 * changes a review file also counts up {@code commit_counter} inside it; when a file later opens
 * with a smaller count than this computer wrote, it is an older state (an old copy put in its place,
 * a stale log applied, a lost log) and the user is warned before working on it.
 * The folder is the system property {@code sangsaeng.dataDir}; without it nothing is recorded.
 */
final class CommitLedger {
    static final String COUNTER_KEY = "commit_counter";
    static final String TIME_KEY = "commit_time";
    private static final String FILE = "commits.properties";
    private static final Logger LOG = LoggerFactory.getLogger(CommitLedger.class);

    /** A commit: the file's counter after it and when it happened. */
    record Commit(long counter, Instant at) {
    }

    private CommitLedger() {
    }

    private static Optional<Path> ledger() {
        String dir = System.getProperty("sangsaeng.dataDir");
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir).resolve(FILE));
    }

    private static String key(Path reviewFile) {
        return reviewFile.toAbsolutePath().normalize().toString();
    }

    static synchronized Optional<Commit> lastWritten(Path reviewFile) {
        return ledger().flatMap(l -> Optional.ofNullable(load(l).getProperty(key(reviewFile)))).flatMap(CommitLedger::parse);
    }

    static synchronized void record(Path reviewFile, Commit commit) {
        Optional<Path> ledger = ledger();
        if (ledger.isEmpty()) {
            return;
        }
        try {
            Path l = ledger.get();
            Files.createDirectories(l.getParent());
            Properties p = load(l);
            p.setProperty(key(reviewFile), commit.counter() + " " + commit.at());
            Path temp = l.resolveSibling(FILE + ".tmp");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(w, "What this computer last saved to each review file");
            }
            FilePermissions.ownerOnly(temp);
            Files.move(temp, l, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not record the last commit to {}", reviewFile, e);
        }
    }

    private static Properties load(Path ledger) {
        Properties p = new Properties();
        if (Files.exists(ledger)) {
            try (Reader r = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read {}", ledger, e);
            }
        }
        return p;
    }

    static Optional<Commit> parse(String text) {
        try {
            String[] parts = text.trim().split(" ", 2);
            return Optional.of(new Commit(Long.parseLong(parts[0]), Instant.parse(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The warning for a file that holds an older state than this computer last wrote, if it does. */
    static Optional<String> staleWarning(Path file, Optional<Commit> inFile, Optional<Commit> here) {
        if (here.isEmpty() || here.get().counter() <= inFile.map(Commit::counter).orElse(0L)) {
            return Optional.empty();
        }
        String held = inFile.map(c -> "change " + c.counter() + " of " + c.at()).orElse("no recorded change");
        return Optional.of(file.getFileName() + " is older than what this computer last saved to it: it holds " + held
                + ", but change " + here.get().counter() + " was saved here at " + here.get().at() + ". An older copy"
                + " may have been put in its place, or an old -wal file applied. Check the latest scores before"
                + " going on; a newer state may be in the file's backups.");
    }
}
