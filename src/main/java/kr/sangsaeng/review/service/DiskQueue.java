package kr.sangsaeng.review.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.service.PendingWrites.Change;
import kr.sangsaeng.review.service.PendingWrites.JournalProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link PendingWrites}' queue of one server address and login in its journal on this
 * computer's disk (docs/server-mode.md, "Kept on this computer"): takes the journal, says what was
 * wrong with it as found, writes the queue to it whole at each change and lets it go when the round
 * closes. A journal that cannot be written leaves the queue in memory only, which
 * {@link #onDisk()} then says. The file's format is {@link PendingJournal}'s.
 */
final class DiskQueue {
    private static final Logger LOG = LoggerFactory.getLogger(DiskQueue.class);

    /** What taking the journal found: the changes an earlier run left, and a problem with the file, if any. */
    record Taken(List<Change> changes, JournalProblem problem, Path setAside) {
    }

    private final String server;
    private final String round;
    private PendingJournal journal;
    private volatile boolean onDisk;

    /**
     * {@code server}: the round's address ({@code postgresql://LOGIN@HOST:PORT/DATABASE}); {@code round}:
     * what tells this round from another published later at that address, or null when it records none.
     */
    DiskQueue(String server, String round) {
        this.server = server;
        this.round = round;
    }

    /** True once a journal is held (a second {@link #take} then does nothing). */
    synchronized boolean taken() {
        return journal != null;
    }

    /**
     * Takes the journal in {@code folder} and reads what it holds. A journal another window holds or
     * that cannot be opened is a problem, and no changes; a damaged or newer one, or one written for
     * another round at the same address, was set aside.
     */
    Taken take(Path folder) {
        PendingJournal.Opened opened;
        try {
            opened = PendingJournal.open(folder, server, round);
        } catch (IOException e) {
            LOG.warn("Cannot keep the unsent changes of {} in {}", server, folder, e);
            return new Taken(List.of(), JournalProblem.UNWRITABLE, null);
        }
        if (opened.journal() == null) {
            LOG.warn("Another window keeps the unsent changes of {}; this one keeps its own in memory only", server);
            return new Taken(List.of(), JournalProblem.IN_USE, null);
        }
        if (opened.setAside() != null) {
            LOG.warn("The journal of unsent changes for {} could not be read ({}); it was kept as {}",
                    server, opened.problem(), opened.setAside());
        }
        synchronized (this) {
            journal = opened.journal();
        }
        JournalProblem problem = opened.problem() == PendingJournal.Problem.DAMAGED ? JournalProblem.DAMAGED
                : opened.problem() == PendingJournal.Problem.NEWER_VERSION ? JournalProblem.NEWER_VERSION
                : opened.problem() == PendingJournal.Problem.OTHER_ROUND ? JournalProblem.OTHER_ROUND
                : null;
        return new Taken(opened.changes(), problem, opened.setAside());
    }

    /** Writes {@code queue} to the journal, if one is held; false when that failed (logged, kept in memory). */
    boolean write(List<Change> queue) {
        PendingJournal j;
        synchronized (this) {
            j = journal;
        }
        if (j == null) {
            return false;
        }
        try {
            j.write(queue);
            onDisk = true;
            return true;
        } catch (IOException | RuntimeException e) {
            onDisk = false;
            LOG.warn("Cannot write the unsent changes of {} to {}", server, j.file(), e);
            return false;
        }
    }

    /** True when the last write reached the disk. */
    boolean onDisk() {
        return onDisk;
    }

    /** Lets the journal go; it stays on disk, holding what still waits. */
    void close() {
        PendingJournal j;
        synchronized (this) {
            j = journal;
            journal = null;
        }
        if (j != null) {
            j.close();
        }
    }
}
