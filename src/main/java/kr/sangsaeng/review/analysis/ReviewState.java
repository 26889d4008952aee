package kr.sangsaeng.review.analysis;

/** Where one reviewer stands with one submission, as the panel figures see it. */
public enum ReviewState {
    /** No score yet and not recused. */
    NOT_STARTED,
    /** Every criterion of the rubric scored; counts in the panel figures. */
    COMPLETE,
    /** Some criteria scored, some not; shown, but left out of the panel figures. */
    INCOMPLETE,
    /** The reviewer recused; always left out, whatever was scored. */
    RECUSED
}
