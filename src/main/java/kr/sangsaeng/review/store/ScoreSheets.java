package kr.sangsaeng.review.store;

import kr.sangsaeng.review.model.ScoreColumns;

/**
 * Reads every score's value one sheet (a reviewer's scores of one case) per row: SQLite groups a
 * sheet's scores into one number, so the driver hands over one row per sheet instead of one per
 * score. On a round of 10,000 cases, 20 reviewers and 6 criteria that is 200,000 rows instead of
 * 1.2 million, and the calls into the driver's native code per row were most of the read's time.
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

    /*
     * Each value is masked to the slot's lower half before it is added, so no value can spill into the
     * next slot or past 63 bits (which would make SQLite's sum() fail); a value the mask changed is a
     * value that does not pack, and max() flags its sheet. ?1 is the mask, ?2 the lowest criterion id,
     * ?3 the slot width.
     */
    private static final String SQL = """
            SELECT (reviewer_id << 27) | (submission_id << 1)
                     | max(coalesce(value <> (CAST(value AS INTEGER) & ?1), 1)),
                   sum(((CAST(value AS INTEGER) & ?1) + 1) << ((criterion_id - ?2) * ?3))
            FROM score GROUP BY reviewer_id, submission_id""";

    private ScoreSheets() {
    }

    /**
     * Adds every score to {@code columns} and returns true; or returns false as soon as a value turns
     * out not to pack (the columns then hold a part of the scores and must be dropped). The caller has
     * checked that every id fits the per-score key ({@code ScoreDao}) and passes the lowest and
     * highest criterion id among the scores.
     */
    static boolean read(Db db, long lowestCriterion, long highestCriterion, ScoreColumns.Builder columns) {
        long slots = highestCriterion - lowestCriterion + 1;
        int bits = (int) Math.min(MAX_BITS, 63 / slots);
        if (bits < MIN_BITS) {
            return false;
        }
        long mask = (1L << (bits - 1)) - 1;
        long slotMask = (1L << bits) - 1;
        return db.forEachRowWhile(SQL, rs -> {
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
        }, mask, lowestCriterion, bits);
    }
}
