package kr.sangsaeng.review.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.ReviewTable;
import kr.sangsaeng.review.service.MeetingReader;

/**
 * A starting ballot sheet for the chair to edit: the CSV header and one row per member, listing the
 * cases in the order of that member's own totals. Members then reorder their rows as they vote.
 */
final class BallotDraft {
    private BallotDraft() {
    }

    static String of(MeetingReader.Snapshot s) {
        PanelAnalysis a = PanelAnalysis.of(s.panel());
        ReviewTable t = a.table();
        if (t.criterionCount() == 0 || t.submissionCount() == 0) {
            return "voter,1,2,3\n";
        }
        StringBuilder header = new StringBuilder("voter");
        for (int i = 1; i <= t.submissionCount(); i++) {
            header.append(',').append(i);
        }
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (int r = 0; r < t.reviewerCount(); r++) {
            List<Integer> cases = new ArrayList<>();
            for (int c = 0; c < t.submissionCount(); c++) {
                if (!Double.isNaN(a.totals().total(c, r))) {
                    cases.add(c);
                }
            }
            final int reviewer = r;
            cases.sort((x, y) -> Double.compare(a.totals().total(y, reviewer), a.totals().total(x, reviewer)));
            sb.append(t.reviewers().get(r).name().replace(",", " "));
            cases.forEach(c -> sb.append(',').append(t.submissions().get(c).ref()));
            sb.append('\n');
        }
        return sb.toString();
    }
}
