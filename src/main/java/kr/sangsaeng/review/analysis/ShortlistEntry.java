package kr.sangsaeng.review.analysis;

/** A ranked submission and what the shortlist rule made of it. */
public record ShortlistEntry(RankedSubmission ranked, ShortlistOutcome outcome) {
    public boolean shortlisted() {
        return outcome == ShortlistOutcome.SHORTLISTED;
    }
}
