package kr.sangsaeng.review.ui.meeting;

import java.util.List;
import java.util.Set;
import kr.sangsaeng.review.analysis.meeting.Agenda;
import kr.sangsaeng.review.model.Submission;

/**
 * One case on the meeting's agenda with the figures the chair and the projector show: rank, panel
 * score, mean, median, spread, shortlist probability, the reviewers' totals as dots and who is
 * conflicted (those dots are absent: their scores never count).
 */
public record MeetingCase(Submission submission, Agenda.Section section, int rank, double score, double median,
                          double spread, double probability, List<Dot> dots, Set<String> conflicted, String decision) {
    /** One reviewer's total for the case, on 0–100. */
    public record Dot(String reviewer, double total) {
    }

    public String ref() {
        return submission.ref();
    }
}
