package kr.sangsaeng.review.quantity;

import kr.sangsaeng.review.model.MetricUnit;

/** What the words around a number have said so far: its unit, its sign, whether it is approximate. */
final class Reading {
    private final String asWritten;
    private MetricUnit unit = MetricUnit.NONE;
    private boolean negative;
    private boolean signed;
    private boolean approximate;
    private String counter = "";

    Reading(String asWritten) {
        this.asWritten = asWritten;
    }

    /** A second unit is refused rather than one silently winning: "3만원원" is a typo to fix at source. */
    void unit(MetricUnit written) throws QuantityFormatException {
        if (unit == written) {
            throw fail("unit written twice");
        }
        if (unit != MetricUnit.NONE) {
            throw fail("more than one unit");
        }
        unit = written;
    }

    void sign(char sign) throws QuantityFormatException {
        if (signed) {
            throw fail("sign written twice");
        }
        signed = true;
        negative = sign != '+';
    }

    /**
     * A direction said after the number ({@code 5% 증가}, {@code 3%↓}): it may repeat a written sign
     * but not contradict it, and a multiple cannot fall ("2배 감소" says too little to store).
     */
    void direction(boolean down) throws QuantityFormatException {
        if (signed && negative != down) {
            throw fail("the sign and the words disagree");
        }
        if (down && unit == MetricUnit.MULTIPLE) {
            throw fail("a fall by a multiple is not one figure");
        }
        signed = true;
        negative = down;
    }

    void counter(String word) {
        counter = word;
    }

    String counter() {
        return counter;
    }

    void markApproximate() {
        approximate = true;
    }

    MetricUnit unit() {
        return unit;
    }

    boolean negative() {
        return negative;
    }

    boolean approximate() {
        return approximate;
    }

    QuantityFormatException fail(String reason) {
        return new QuantityFormatException(reason, asWritten);
    }
}
