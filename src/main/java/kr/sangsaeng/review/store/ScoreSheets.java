package kr.sangsaeng.review.store;

import java.util.Optional;
import java.util.concurrent.FutureTask;
import kr.sangsaeng.review.model.ScoreColumns;

/**
 * Reads every score's value one sheet (a reviewer's scores of one case) per row: SQLite groups a
 * sheet's scores into one number, so the driver hands over one row per sheet instead of one per
 * score. On a round of 10,000 cases, 20 reviewers and 6 criteria that is 200,000 rows instead of
 * 1.2 million, and the calls into the driver's native code per row were most of the read's time.
 * A large round is read in two halves by reviewer, the second on its own connection and thread, so
 * that SQLite's scan runs on two cores; should anything be committed to the file while they read,
 * the halves are dropped and the caller reads everything in one statement, so the scores always
 * come from one moment, as from one statement. A server round's halves share one snapshot instead,
 * so nothing needs reading again there.
 *
 * <p>The values arrive exactly as stored: each criterion has a slot of {@code bits} bits in the
 * sheet's 63-bit number, holding the score plus one (0: not scored). That works for whole-number
 * scores from 0 to the slot's bound, which is what rubrics use; a file holding any other value
 * anywhere (a half point, a score past the bound) is reported as not packable and the caller reads
 * it score by score, so every figure comes out the same either way.
 */
final class ScoreSheets {
    /** Bits of the sheet's key: the case takes 26 (as in the per-score key), the lowest bit flags a value that does not pack. */
    private static final int SUBMISSION_BITS = 26;
    private static final long SUBMISSION_MASK = (1L << SUBMISSION_BITS) - 1;
    /** No slot wider than this: scores up to about a billion, far beyond any rubric's scale. */
    private static final int MAX_BITS = 31;
    private static final int MIN_BITS = 2;
    /** Below this many possible scores a second connection and thread cost more than they save. */
    static final long SPLIT_FROM_SCORES = 100_000;

    /*
     * Each value is masked to the slot's lower half before it is added, so no value can spill into the
     * next slot or past 63 bits (which would make SQLite's sum() fail); a value the mask changed is a
     * value that does not pack, and max() flags its sheet. ?1 is the mask, ?2 the lowest criterion id,
     * ?3 the slot width, ?4 and ?5 the reviewers' ids read.
     */
    private static final String SQL = """
            SELECT (reviewer_id << 27) | (submission_id << 1)
                     | max(coalesce(value <> (CAST(value AS INTEGER) & ?1), 1)),
                   sum(((CAST(value AS INTEGER) & ?1) + 1) << ((criterion_id - ?2) * ?3))
            FROM score WHERE reviewer_id BETWEEN ?4 AND ?5
            GROUP BY reviewer_id, submission_id""";

    /*
     * The same sheets on a server round, in PostgreSQL's dialect: bit_or rather than sum, because sum of
     * bigints is a numeric there and each score has a slot of its own (one score per criterion and
     * sheet), so the two agree. A value is clamped into the slot before the cast, so no value can make
     * the cast to bigint fail; any value the clamp or the cut changed (a half point, a negative, past
     * the bound, not a number) flags its sheet. The driver takes plain ? only: the mask twice, then the
     * lowest criterion id, the slot width, and the reviewers' ids read.
     */
    private static final String SERVER_SQL = """
            SELECT (reviewer_id << 27) | (submission_id << 1)
                     | max(CASE WHEN value >= 0 AND value <= ? AND value = trunc(value) THEN 0 ELSE 1 END),
                   bit_or((least(greatest(trunc(value), 0), ?)::bigint + 1) << ((criterion_id - ?) * ?)::integer)
            FROM score WHERE reviewer_id BETWEEN ? AND ?
            GROUP BY reviewer_id, submission_id ORDER BY reviewer_id, submission_id""";

    /** Sheets fetched from the server at a time: memory stays small however large the round. */
    static final int SERVER_FETCH_ROWS = 20_000;

    /** The lowest and highest ids among the scores, all known to fit the per-score key ({@code ScoreDao}). */
    record Bounds(long reviewerMin, long reviewerMax, long submissionMin, long submissionMax,
                  long criterionMin, long criterionMax) {
        long criterionSlots() {
            return criterionMax - criterionMin + 1;
        }

        /** How many scores the round can hold at most: a cheap guess of the read's size. */
        long possibleScores() {
            return (reviewerMax - reviewerMin + 1) * (submissionMax - submissionMin + 1) * criterionSlots();
        }
    }

    private ScoreSheets() {
    }

    /**
     * Adds every score to {@code columns} and returns true; or returns false when a value turns out
     * not to pack or the file changed between the two halves' reads (the columns then hold a part of
     * the scores and must be dropped).
     */
    static boolean read(Db db, Bounds bounds, ScoreColumns.Builder columns) {
        int bits = (int) Math.min(MAX_BITS, 63 / bounds.criterionSlots());
        if (bits < MIN_BITS) {
            return false;
        }
        Optional<Db> side = bounds.reviewerMax() > bounds.reviewerMin() && bounds.possibleScores() >= SPLIT_FROM_SCORES
                ? db.sideReader() : Optional.empty();
        if (side.isEmpty()) {
            return read(db, bounds, bits, bounds.reviewerMin(), bounds.reviewerMax(), columns);
        }
        // Two connections read at two moments: when anything was committed meanwhile, the halves may
        // not belong together, and the caller reads everything again in one statement.
        long version = db.dataVersion();
        long middle = bounds.reviewerMin() + (bounds.reviewerMax() - bounds.reviewerMin()) / 2;
        FutureTask<ScoreColumns.Builder> upper = new FutureTask<>(() -> {
            try (Db other = side.get()) {
                ScoreColumns.Builder theirs = new ScoreColumns.Builder();
                return read(other, bounds, bits, middle + 1, bounds.reviewerMax(), theirs) ? theirs : null;
            }
        });
        Thread thread = new Thread(upper, "score-read");
        thread.setDaemon(true);
        thread.start();
        boolean lowerPacked = read(db, bounds, bits, bounds.reviewerMin(), middle, columns);
        ScoreColumns.Builder upperHalf = Db.await(upper);
        if (!lowerPacked || upperHalf == null || db.dataVersion() != version) {
            return false;
        }
        columns.addAll(upperHalf);
        return true;
    }

    /**
     * As {@link #read(Db, Bounds, ScoreColumns.Builder)} on a server round: each half's rows fetched a
     * batch at a time, so memory stays small however large the round. A large round is read in two
     * halves by reviewer on two connections that share one snapshot ({@link Db#inOneSnapshot}), so the
     * server groups and the app unpacks on two cores and the halves still come from one moment. Each
     * half is asked for in key order: the server then groups the sheets as it walks the primary key and
     * hands over the first rows at once, where grouping by hash would first gather every sheet (and,
     * past its working memory, spill to disk).
     */
    static boolean readOnServer(Db db, Bounds bounds, ScoreColumns.Builder columns) {
        int bits = (int) Math.min(MAX_BITS, 63 / bounds.criterionSlots());
        if (bits < MIN_BITS) {
            return false;
        }
        if (bounds.reviewerMax() > bounds.reviewerMin() && bounds.possibleScores() >= SPLIT_FROM_SCORES) {
            long middle = bounds.reviewerMin() + (bounds.reviewerMax() - bounds.reviewerMin()) / 2;
            ScoreColumns.Builder upperHalf = new ScoreColumns.Builder();
            Optional<Boolean> packed = db.inOneSnapshot(
                    here -> readOnServer(here, bounds, bits, bounds.reviewerMin(), middle, columns),
                    there -> readOnServer(there, bounds, bits, middle + 1, bounds.reviewerMax(), upperHalf));
            if (packed.isPresent()) {
                if (packed.get()) {
                    columns.addAll(upperHalf);
                }
                return packed.get();
            }
        }
        return readOnServer(db, bounds, bits, bounds.reviewerMin(), bounds.reviewerMax(), columns);
    }

    private static boolean readOnServer(Db db, Bounds bounds, int bits, long reviewerFrom, long reviewerTo,
                                        ScoreColumns.Builder columns) {
        long mask = (1L << (bits - 1)) - 1;
        return db.forEachRowWhile(SERVER_SQL, SERVER_FETCH_ROWS, sheetReader(bounds, bits, columns),
                mask, mask, bounds.criterionMin(), bits, reviewerFrom, reviewerTo);
    }

    private static boolean read(Db db, Bounds bounds, int bits, long reviewerFrom, long reviewerTo,
                                ScoreColumns.Builder columns) {
        long mask = (1L << (bits - 1)) - 1;
        return db.forEachRowWhile(SQL, sheetReader(bounds, bits, columns), mask, bounds.criterionMin(), bits,
                reviewerFrom, reviewerTo);
    }

    /** Unpacks each sheet's row into its scores; declines the first sheet flagged as not packable. */
    private static Db.RowTest sheetReader(Bounds bounds, int bits, ScoreColumns.Builder columns) {
        long slotMask = (1L << bits) - 1;
        long lowestCriterion = bounds.criterionMin();
        return rs -> {
            long key = rs.getLong(1);
            if ((key & 1) != 0) {
                return false;
            }
            long reviewer = key >>> 27;
            long submission = (key >>> 1) & SUBMISSION_MASK;
            long packed = rs.getLong(2);
            for (long criterion = lowestCriterion; packed != 0; criterion++, packed >>>= bits) {
                long stored = packed & slotMask;
                if (stored != 0) {
                    columns.add(reviewer, submission, criterion, stored - 1);
                }
            }
            return true;
        };
    }
}
