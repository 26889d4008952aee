package kr.sangsaeng.review.ui.scoring;

/** One change to one score, as undo and redo replay it; {@code null} means "no score". */
record ScoreChange(long submissionId, long criterionId, Double before, Double after) {
    ScoreChange inverse() {
        return new ScoreChange(submissionId, criterionId, after, before);
    }

    boolean sameCell(long submission, long criterion) {
        return submissionId == submission && criterionId == criterion;
    }
}
