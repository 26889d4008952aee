package kr.sangsaeng.review.service;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.store.ReviewLockedException;

/**
 * Scores and reviews that could not be sent because the connection to the server was lost
 * (docs/server-mode.md, "Connection lost"). A change whose write fails for that reason is kept here,
 * in the order it was made, and {@link #sendAll()} sends the queue again, in order, once the server
 * answers. A change leaves the queue only after its transaction committed. One the server refuses on
 * return (the sheet was finalised meanwhile, another window wrote a newer value, the rubric changed)
 * moves to {@link #refused()} with the user's value, so that it is shown, never dropped in silence.
 *
 * <p>Held by the {@link OpenRound} for as long as the round is open. After {@link #keepOnDisk} the
 * queue is also kept in a journal on this computer's disk, written before a change is reported as
 * kept and rewritten as each change leaves the queue, so a crash or a kill loses nothing: the next
 * {@link #keepOnDisk} for the same server and login puts the changes back in the queue, to be sent as
 * after a reconnect (docs/server-mode.md, "Kept on this computer"); {@link DiskQueue} does the disk's
 * part. Without it the queue lives in memory only and the window asks before closing. Sending and queueing happen on the round's one
 * database thread; {@link #summary()} may be read from any thread.
 */
public final class PendingWrites {
    /** A change kept for sending: who made it, on whose sheet, and when it was made. */
    public sealed interface Change permits ScoreChange, ReviewChange {
        Actor actor();

        long reviewerId();

        long submissionId();

        Instant madeAt();
    }

    /** A score set (or cleared, {@code value} null). */
    public record ScoreChange(Actor actor, long reviewerId, long submissionId, long criterionId, Double value,
                              Instant madeAt) implements Change {
    }

    /** A comment or recusal; the review's own time is when it was made. */
    public record ReviewChange(Actor actor, Review review) implements Change {
        @Override
        public long reviewerId() {
            return review.reviewerId();
        }

        @Override
        public long submissionId() {
            return review.submissionId();
        }

        @Override
        public Instant madeAt() {
            return review.updatedAt();
        }
    }

    /** Why the server refused a change sent again. */
    public enum Why {
        /** The reviewer's sheet was finalised meanwhile. */
        FINALISED,
        /** Another window or program wrote a different value after this change was made. */
        NEWER,
        /** Any other rule (the rubric's scale changed, the case or criterion was removed, the pledge changed). */
        OTHER
    }

    /**
     * A change the server refused on return. {@code serverValue}: what the server holds for a
     * {@link Why#NEWER} refusal (a score as written, or the comment); else empty.
     */
    public record Refusal(Change change, Why why, String serverValue, Failure failure) {
    }

    /** What a write did: saved on the server, or kept here to be sent when the server is back. */
    public enum Outcome { SAVED, KEPT }

    /**
     * How many changes wait, by kind, and how many were refused on return and not yet dismissed;
     * {@code restored}: how many of those waiting were read back from the journal of an earlier run.
     */
    public record Summary(int scores, int reviews, int refused, int restored) {
        public static final Summary NONE = new Summary(0, 0, 0);

        public Summary(int scores, int reviews, int refused) {
            this(scores, reviews, refused, 0);
        }

        public int waiting() {
            return scores + reviews;
        }
    }

    /**
     * What one {@link #sendAll()} did; {@code restoredSaved} and {@code restoredRefused} count the
     * changes among them that were read back from the journal of an earlier run.
     */
    public record Sent(int saved, int refused, int left, int restoredSaved, int restoredRefused) {
        public Sent(int saved, int refused, int left) {
            this(saved, refused, left, 0, 0);
        }
    }

    /** Why the journal on disk could not be used as it was found. */
    public enum JournalProblem {
        /** The journal could not be read; it was renamed and kept ({@link Restored#setAside()}). */
        DAMAGED,
        /** A newer version of the app wrote it; it was renamed and kept. */
        NEWER_VERSION,
        /**
         * It was written for another round once published at the same address (the database was
         * published again since): its ids would name other cases, so it was renamed and kept, unsent.
         */
        OTHER_ROUND,
        /** Another window on this computer keeps the changes of this server and login; this one keeps its own in memory. */
        IN_USE,
        /** The journal could not be written; the changes are kept in memory only. */
        UNWRITABLE
    }

    /**
     * What {@link #keepOnDisk} found: how many changes it put back in the queue, and a problem with the
     * journal (null when none) with the name it was kept under when it was set aside.
     */
    public record Restored(int changes, JournalProblem problem, Path setAside) {
        public static final Restored NONE = new Restored(0, null, null);
    }

    private final ScoringService scoring;
    private final BooleanSupplier connected;
    private final List<Change> queue = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final Set<Change> restored = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile Consumer<Summary> watcher = s -> { };
    /** The journal on disk; null for a review file. */
    private final DiskQueue disk;

    /**
     * {@code server}: the round's address ({@code postgresql://LOGIN@HOST:PORT/DATABASE}), empty for a
     * file; {@code round}: what tells that round from another published later at the same address.
     */
    PendingWrites(ScoringService scoring, BooleanSupplier connected, Optional<String> server, Optional<String> round) {
        this.scoring = scoring;
        this.connected = connected;
        this.disk = server.map(s -> new DiskQueue(s, round.orElse(null))).orElse(null);
    }

    /**
     * From now on keeps the queue in a journal in {@code folder} as well, one per server address and
     * login, and puts back in the queue, ahead of anything kept since, the changes an earlier run left
     * there unsent; they are sent by the next {@link #sendAll()}, as after a reconnect, so a newer
     * value saved on the server meanwhile stands. Nothing for a review file. Call on the database thread.
     */
    public Restored keepOnDisk(Path folder) {
        if (disk == null || disk.taken()) {
            return Restored.NONE;
        }
        DiskQueue.Taken taken = disk.take(folder);
        if (!disk.taken()) {
            return new Restored(0, taken.problem(), null);
        }
        synchronized (this) {
            queue.addAll(0, taken.changes());
            restored.addAll(taken.changes());
        }
        boolean written = persist();
        watcher.accept(summary());
        JournalProblem problem = taken.problem() != null ? taken.problem() : written ? null : JournalProblem.UNWRITABLE;
        return new Restored(taken.changes().size(), problem, taken.setAside());
    }

    /** True when what waits is also on this computer's disk, and survives the window closing or a crash. */
    public boolean keptOnDisk() {
        return disk != null && disk.onDisk();
    }

    /** Lets the journal go (it stays on disk, holding what still waits); the round is closing. */
    void close() {
        if (disk != null) {
            disk.close();
        }
    }

    /** Tells {@code w} (on the thread that changed it) whenever the summary changes. */
    public void watch(Consumer<Summary> w) {
        this.watcher = w;
        w.accept(summary());
    }

    /**
     * Sets or clears a score now, or keeps it when the connection is lost. Changes kept earlier go
     * first, so the server sees them in the order they were made.
     *
     * @throws OutOfScaleException, ReviewLockedException and the other refusals of
     *         {@link ScoringService#score}, when the server answered and refused this change
     */
    public Outcome score(Actor actor, long reviewerId, long submissionId, long criterionId, Double value) {
        // The time is kept to the microsecond, as the server keeps it, so a change sent twice finds itself.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return write(new ScoreChange(actor, reviewerId, submissionId, criterionId, value, now));
    }

    /** Saves a comment or recusal now, or keeps it when the connection is lost; see {@link #score}. */
    public Outcome review(Actor actor, Review review) {
        Instant now = review.updatedAt().truncatedTo(ChronoUnit.MICROS);
        return write(new ReviewChange(actor, new Review(review.reviewerId(), review.submissionId(), review.comment(),
                review.recused(), review.recuseReason(), review.finalised(), now)));
    }

    private Outcome write(Change change) {
        if (!isEmpty() && connected.getAsBoolean()) {
            sendAll();
        }
        if (!isEmpty() || !connected.getAsBoolean()) {
            keep(change);
            return Outcome.KEPT;
        }
        try {
            sendFresh(change);
            return Outcome.SAVED;
        } catch (RuntimeException e) {
            if (!lost(e)) {
                throw e;
            }
        }
        // A single dropped connection (the server ended this session) is replaced at once: try again,
        // as a change made earlier, which finds itself should the first attempt have committed after all.
        try {
            send(change);
            return Outcome.SAVED;
        } catch (RuntimeException e) {
            if (!lost(e)) {
                throw e;
            }
            keep(change);
            return Outcome.KEPT;
        }
    }

    /**
     * Sends the kept changes in the order they were made, each in its own transaction, until the
     * connection fails again (the rest stay kept). A refused change moves to {@link #refused()}.
     */
    public Sent sendAll() {
        int saved = 0;
        int refused = 0;
        int restoredSaved = 0;
        int restoredRefused = 0;
        while (true) {
            Change next;
            synchronized (this) {
                if (queue.isEmpty()) {
                    break;
                }
                next = queue.get(0);
            }
            boolean wasRestored = isRestored(next);
            try {
                send(next);
                saved++;
                restoredSaved += wasRestored ? 1 : 0;
                taken(next, null);
            } catch (RuntimeException e) {
                if (lost(e)) {
                    break;
                }
                refused++;
                restoredRefused += wasRestored ? 1 : 0;
                taken(next, refusal(next, e));
            }
        }
        return new Sent(saved, refused, summary().waiting(), restoredSaved, restoredRefused);
    }

    /** A change made just now: the last write wins, as for any change (docs/server-mode.md). */
    private void sendFresh(Change c) {
        if (c instanceof ScoreChange s) {
            scoring.score(s.actor(), s.reviewerId(), s.submissionId(), s.criterionId(), s.value());
        } else if (c instanceof ReviewChange r) {
            scoring.review(r.actor(), r.review());
        }
    }

    /** A change made earlier: refused when the server holds a newer, different value. */
    private void send(Change c) {
        if (c instanceof ScoreChange s) {
            scoring.scoreMadeAt(s.actor(), s.reviewerId(), s.submissionId(), s.criterionId(), s.value(), s.madeAt());
        } else if (c instanceof ReviewChange r) {
            scoring.reviewMadeAt(r.actor(), r.review());
        }
    }

    private static boolean lost(RuntimeException e) {
        return Failure.of(e).kind() == Failure.Kind.SERVER_LOST;
    }

    private static Refusal refusal(Change c, RuntimeException e) {
        Throwable t = Failure.unwrap(e);
        if (t instanceof NewerWriteException newer) {
            return new Refusal(c, Why.NEWER, newer.serverValue(), Failure.of(e));
        }
        Why why = t instanceof ReviewLockedException ? Why.FINALISED : Why.OTHER;
        return new Refusal(c, why, "", Failure.of(e));
    }

    private void keep(Change c) {
        synchronized (this) {
            queue.add(c);
        }
        // On disk before the user is told the change is kept.
        persist();
        watcher.accept(summary());
    }

    /**
     * A change committed or refused leaves the journal too. Should the app die between the commit and
     * this, the change is sent again next time and finds its own value on the server.
     */
    private void taken(Change c, Refusal r) {
        synchronized (this) {
            queue.remove(c);
            restored.remove(c);
            if (r != null) {
                refusals.add(r);
            }
        }
        persist();
        watcher.accept(summary());
    }

    /** Writes the queue to the journal, if there is one; false when that failed (logged, kept in memory). */
    private boolean persist() {
        List<Change> now;
        synchronized (this) {
            now = List.copyOf(queue);
        }
        return disk != null && disk.write(now);
    }

    private synchronized boolean isRestored(Change c) {
        return restored.contains(c);
    }

    private synchronized boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The changes waiting to be sent, oldest first. */
    public synchronized List<Change> waiting() {
        return List.copyOf(queue);
    }

    /** The changes the server refused on return, oldest first, until {@link #dismissRefused()}. */
    public synchronized List<Refusal> refused() {
        return List.copyOf(refusals);
    }

    /** The user has read which changes were refused: forget them. */
    public void dismissRefused() {
        synchronized (this) {
            refusals.clear();
        }
        watcher.accept(summary());
    }

    public synchronized Summary summary() {
        int scores = (int) queue.stream().filter(c -> c instanceof ScoreChange).count();
        return new Summary(scores, queue.size() - scores, refusals.size(), restored.size());
    }
}
