package kr.sangsaeng.review.ui.scoring;

import java.util.List;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.ui.submissions.SubmissionRow;

/**
 * A case as the reviewer sees it. In blind mode {@code name} is the neutral label and the texts are
 * already masked, so no view can show a platform name by mistake.
 */
record CaseView(Submission submission, String name, String subtitle, String title, String summary,
                List<String> areas, List<SubmissionRow.Figure> figures) {
    long id() {
        return submission.id();
    }
}
