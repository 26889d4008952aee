package kr.sangsaeng.review.exchange.submissions;

import java.util.List;

/**
 * Where the checked rows of a submissions file go, as they are read: kept for a preview
 * ({@link SubmissionImportPlan}), or written at once inside the import's transaction
 * ({@link SubmissionStreamWriter}). {@link SubmissionCheck} stops handing rows over at the first problem.
 */
interface SubmissionSink {
    /** The file's header was usable; rows follow. */
    void start(SubmissionColumns columns);

    /** A case the review file does not have yet. */
    void add(SubmissionRecord r);

    /** A case the row changes; {@code changedColumns} names what differs, by the file's headers. */
    void update(SubmissionImportPlan.Update u, List<String> changedColumns);

    /** A case the row leaves as it is. */
    void unchanged(SubmissionRecord r);
}
