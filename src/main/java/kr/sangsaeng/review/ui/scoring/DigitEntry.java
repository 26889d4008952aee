package kr.sangsaeng.review.ui.scoring;

import kr.sangsaeng.review.model.Criterion;

/**
 * Turns digit keys into scores. A single digit is the score; on a scale reaching 10 or more, a
 * second digit typed within {@link #COMBINE_MILLIS} on the same criterion extends it ("1", "0" → 10).
 */
final class DigitEntry {
    static final long COMBINE_MILLIS = 900;

    /**
     * @param continuesLast the value extends the previous digit (undo folds both into one step)
     * @param mayContinue   a further digit could still extend the value, so focus should stay
     */
    record Entry(double value, boolean continuesLast, boolean mayContinue) {
    }

    private long submission = -1;
    private long criterion = -1;
    private int lastDigit = -1;
    private long at;

    Entry type(long submissionId, Criterion c, int digit, long nowMillis) {
        int combined = lastDigit * 10 + digit;
        boolean extend = lastDigit >= 1 && submission == submissionId && criterion == c.id()
                && nowMillis - at <= COMBINE_MILLIS && c.accepts(combined);
        double value = extend ? combined : digit;
        boolean mayContinue = !extend && digit >= 1 && digit * 10 <= c.max();
        submission = submissionId;
        criterion = c.id();
        lastDigit = extend ? -1 : digit;
        at = nowMillis;
        return new Entry(value, extend, mayContinue);
    }

    void reset() {
        lastDigit = -1;
    }
}
