package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;

/**
 * Adds up a number written with Korean units the way it is read aloud: 천/백/십 build a four-digit
 * section, 만/억/조 close it, so {@code 1억 2천5백만} is 1·10⁸ + (2·10³ + 5·10²)·10⁴. Spaces carry no
 * meaning, which is why {@code 2천 5백만} is still 25,000,000. Units must fall, largest first.
 * 십/백/천 with no number before them mean one of them ({@code 천만} is 10,000,000), as spoken.
 * After 억 or 조, a last group without a unit of its own is in the next unit down: {@code 1억 5천}
 * is 1억 5천만 and {@code 1조 5천} is 1조 5천억, as every Korean reader takes them
 * (docs/quantities.md).
 */
final class KoreanNumberBuilder {
    private static final int NONE_YET = Integer.MAX_VALUE;
    private static final BigDecimal SECTION_LIMIT = BigDecimal.valueOf(10_000);

    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal section = BigDecimal.ZERO;
    private BigDecimal pending;
    private int lastBig = NONE_YET;
    private int lastSmall = NONE_YET;
    private boolean usedUnits;

    /** Why a step was refused; the parser adds the text as written. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    void number(BigDecimal n) throws Refusal {
        if (pending != null) {
            throw new Refusal("malformed number");
        }
        pending = n;
    }

    /** 십, 백 or 천 (exponent 1–3): multiplies the number before it (one when none) within the current section. */
    void smallUnit(char unit, int exponent) throws Refusal {
        checkFalling(unit, exponent, lastSmall);
        BigDecimal n = pending == null ? BigDecimal.ONE : pending;
        section = section.add(n.scaleByPowerOfTen(exponent));
        pending = null;
        lastSmall = exponent;
        usedUnits = true;
    }

    /** 만, 억 or 조 (exponent 4, 8, 12): closes the section and scales it. */
    void bigUnit(char unit, int exponent) throws Refusal {
        if (pending == null && section.signum() == 0 && exponent != lastBig) {
            throw new Refusal("\"" + unit + "\" without a number");
        }
        checkFalling(unit, exponent, lastBig);
        BigDecimal closed = pending == null ? section : section.add(pending);
        total = total.add(closed.scaleByPowerOfTen(exponent));
        section = BigDecimal.ZERO;
        pending = null;
        lastBig = exponent;
        lastSmall = NONE_YET;
        usedUnits = true;
    }

    private static void checkFalling(char unit, int exponent, int previous) throws Refusal {
        if (exponent == previous) {
            throw new Refusal("\"" + unit + "\" written twice");
        }
        if (exponent > previous) {
            throw new Refusal("units out of order");
        }
    }

    boolean usedUnits() {
        return usedUnits;
    }

    /** Whether 만, 억 or 조 was written: the number then states its own magnitude. */
    boolean usedBigUnits() {
        return lastBig != NONE_YET;
    }

    BigDecimal result() throws Refusal {
        BigDecimal open = pending == null ? section : section.add(pending);
        if (open.signum() != 0 && lastBig != NONE_YET && lastBig >= 8) {
            if (open.compareTo(SECTION_LIMIT) >= 0) {
                throw new Refusal("the group after \"" + (lastBig == 8 ? '억' : '조') + "\" needs its own unit");
            }
            return total.add(open.scaleByPowerOfTen(lastBig - 4));
        }
        return total.add(open);
    }
}
