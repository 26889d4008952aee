package kr.sangsaeng.review.service;

/**
 * A score refused because the reviewer has not confirmed the round's pledge (서약서) as it stands
 * now (docs/meeting.md); nothing was written.
 */
public final class PledgeRequiredException extends IllegalStateException {
    private final String reviewer;

    public PledgeRequiredException(String reviewer) {
        super(reviewer + " has not confirmed this round's pledge yet. Confirm the pledge before scoring.");
        this.reviewer = reviewer;
    }

    /** The reviewer's name. */
    public String reviewer() {
        return reviewer;
    }
}
