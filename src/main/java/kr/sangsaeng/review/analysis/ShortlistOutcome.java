package kr.sangsaeng.review.analysis;

/** Why a submission is, or is not, on the automatic shortlist. */
public enum ShortlistOutcome {
    SHORTLISTED,
    /** Outside the top N places, or under the score threshold. */
    BELOW_CUT,
    /** Would qualify, but one of its support areas already has its maximum. */
    AREA_FULL,
    /** Fewer completed reviews than the rule's minimum: the committee must decide by hand. */
    TOO_FEW_REVIEWS,
    /** No completed review at all. */
    NO_SCORE
}
