package kr.sangsaeng.review.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.store.Backups;
import kr.sangsaeng.review.store.HealthReport;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.Schema;
import kr.sangsaeng.review.synthetic.RoundSpec;
import kr.sangsaeng.review.synthetic.SyntheticRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening, creating, restoring and backing up review files: the one place that decides when a file
 * is backed up. Every method does file work and belongs on a background thread.
 */
public final class RoundFiles {
    private static final Logger LOG = LoggerFactory.getLogger(RoundFiles.class);
    /** A file in daily use gets one restorable copy per day (docs/data-safety.md). */
    static final Duration DAILY = Duration.ofDays(1);

    private RoundFiles() {
    }

    /** What {@code check} reports about a file, read without changing it. */
    public record Health(int schemaVersion, int supportedVersion, List<String> problems, Map<String, Integer> rowCounts) {
        public boolean healthy() {
            return problems.isEmpty();
        }
    }

    /**
     * Opens a file (checked, migrated after a backup when old), then backs it up if its newest
     * automatic backup is more than a day old: the copy is taken from a file that just passed its
     * check. A failed backup is logged but does not keep the user from their file.
     */
    public static OpenRound open(Path file) throws ReviewFileException {
        ReviewStore store = ReviewStore.open(file);
        try {
            Backups.createIfOlderThan(file, DAILY, "daily");
        } catch (IOException e) {
            LOG.warn("Daily backup of {} failed", file, e);
        }
        return new OpenRound(store);
    }

    /** Opens a file for a command that writes once and exits: no daily backup is taken. */
    public static OpenRound openForCommand(Path file) throws ReviewFileException {
        return new OpenRound(ReviewStore.open(file));
    }

    /** A new file holding an empty round, or one with the sample rubric and panel to start from. */
    /**
     * Opens a file for a command that writes, with the same care as the window: a copy older than
     * what this computer last wrote is reported to {@code warnings}, and the first write of a day is
     * preceded by an automatic backup (docs/data-safety.md).
     */
    public static OpenRound openForWriting(Path file, java.util.function.Consumer<String> warnings)
            throws ReviewFileException {
        ReviewStore store = ReviewStore.open(file);
        store.staleWarning().ifPresent(warnings);
        if (!store.isReadOnly()) {
            try {
                Backups.createIfOlderThan(file, DAILY, "daily");
            } catch (IOException e) {
                store.close();
                throw new ReviewFileException(ReviewFileException.Problem.IO, file, "could not back up "
                        + file.getFileName() + " before changing it ("
                        + kr.sangsaeng.review.exchange.FailureText.describe(e) + "); nothing was changed.", e);
            }
        }
        return new OpenRound(store);
    }

    /**
     * Opens the round on a PostgreSQL server with the same services as a file (docs/server-mode.md).
     * There is no backup or stale-copy check: the server is the one copy, and the panel shares it.
     */
    public static OpenRound openServer(kr.sangsaeng.review.store.ServerAddress server) throws ReviewFileException {
        return new OpenRound(ReviewStore.openServer(server));
    }

    /**
     * Opens the server round at {@code address} ({@code postgresql://USER@HOST:PORT/DATABASE}) with a
     * typed password, or with null from PGPASSWORD or ~/.pgpass. The password stays in memory for
     * reconnecting and is never written or logged. A malformed address fails with IllegalArgumentException.
     */
    public static OpenRound openServer(String address, char[] password) throws ReviewFileException {
        return new OpenRound(ReviewStore.openServer(kr.sangsaeng.review.store.ServerAddress.parse(address), password));
    }

    /**
     * The address for a login on a server's database, {@code postgresql://USER@HOST:PORT/DATABASE};
     * IllegalArgumentException when the parts do not make one.
     */
    public static String serverAddress(String login, String host, int port, String database) {
        return kr.sangsaeng.review.store.ServerAddress.parse(
                "postgresql://" + login.strip() + "@" + host.strip() + ":" + port + "/" + database.strip()).toString();
    }

    /** The parts of a server address: login, host, port, database; IllegalArgumentException when it is not one. */
    public static String[] serverAddressParts(String address) {
        kr.sangsaeng.review.store.ServerAddress a = kr.sangsaeng.review.store.ServerAddress.parse(address);
        return new String[] {a.user(), a.host(), Integer.toString(a.port()), a.database()};
    }

    /** Opens a file only to read it: nothing is changed, upgraded or backed up, and no -wal is left. */
    public static OpenRound openForReading(Path file) throws ReviewFileException {
        ReviewStore.quickCheck(file);
        return new OpenRound(ReviewStore.openReadOnly(file));
    }

    public static OpenRound create(Path file, Round round, boolean sampleRubric) throws ReviewFileException {
        return new OpenRound(sampleRubric ? DemoRound.createWithSampleRubric(file, round) : ReviewStore.create(file, round));
    }

    /** A new file holding the bundled 2022 demo round. */
    public static OpenRound createDemo(Path file) throws ReviewFileException {
        try {
            return new OpenRound(SampleDocuments.createDemoAt(file));
        } catch (java.io.IOException e) {
            // The sample documents could not be written: say so as the file's I/O problem.
            throw new ReviewFileException(ReviewFileException.Problem.IO, file, e.getMessage(), e);
        }
    }

    /** A new file holding a synthetic round, for tests and benchmarks. */
    public static OpenRound createSynthetic(Path file, RoundSpec spec) throws ReviewFileException {
        return new OpenRound(SyntheticRound.createAt(file, spec));
    }

    /** The file to open at start: the last one used if it still exists, else the demo copy. */
    public static Path startupFile(Settings settings) throws ReviewFileException {
        Optional<Path> last = settings.lastFile().filter(java.nio.file.Files::isRegularFile);
        return last.isPresent() ? last.get() : demoFile();
    }

    /** The demo copy in the per-user data folder, created (with its sample documents) when missing. */
    public static Path demoFile() throws ReviewFileException {
        Path demo = kr.sangsaeng.review.app.AppPaths.demoFile();
        if (!java.nio.file.Files.exists(demo)) {
            createDemo(demo).close();
        }
        return demo;
    }

    /** The newest automatic backup of a file, if any; none when the folder cannot be read. */
    public static Optional<Path> newestBackup(Path file) {
        try {
            return Backups.newest(file);
        } catch (IOException e) {
            LOG.warn("Cannot list the backups of {}", file, e);
            return Optional.empty();
        }
    }

    /** The folder the automatic backups of {@code file} are kept in. */
    public static Path backupFolder(Path file) {
        return Backups.folderOf(file);
    }

    /** Puts a backup in place of the file (the file itself is backed up first); returns the file. */
    public static Path restore(Path backup, Path file) throws IOException, ReviewFileException {
        Backups.restore(backup, file);
        return file;
    }

    /**
     * Checks a server round without changing it (no migration): its schema version against this app's,
     * and how many rows each of the round's tables holds. The server keeps its own pages sound.
     */
    public static Health check(kr.sangsaeng.review.store.ServerAddress server) throws ReviewFileException {
        HealthReport r = ReviewStore.checkServer(server);
        return new Health(r.schemaVersion(), ReviewStore.SERVER_SCHEMA_VERSION, r.problems(), r.rowCounts());
    }

    /** Checks a file without opening it for writing: nothing in it changes, even when it is old. */
    public static Health check(Path file) throws ReviewFileException {
        HealthReport r = ReviewStore.check(file);
        return new Health(r.schemaVersion(), Schema.LATEST_VERSION, r.problems(), r.rowCounts());
    }
}
