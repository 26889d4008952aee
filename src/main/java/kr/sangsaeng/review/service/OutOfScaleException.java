package kr.sangsaeng.review.service;

import kr.sangsaeng.review.model.Criterion;

/** A score outside its criterion's scale; nothing was written. */
public final class OutOfScaleException extends IllegalArgumentException {
    private final Criterion criterion;
    private final double value;

    public OutOfScaleException(Criterion criterion, double value) {
        super("Score " + value + " lies outside " + criterion.key() + "'s scale " + criterion.min() + "–" + criterion.max());
        this.criterion = criterion;
        this.value = value;
    }

    public Criterion criterion() {
        return criterion;
    }

    public double value() {
        return value;
    }
}
