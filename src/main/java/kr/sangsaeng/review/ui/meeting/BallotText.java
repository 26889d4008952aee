package kr.sangsaeng.review.ui.meeting;

import java.util.List;
import kr.sangsaeng.review.analysis.ballot.BallotResult;
import kr.sangsaeng.review.ui.AppContext;

/** A counted ballot as text for the chair's screen: the order, the pairwise table and the tie-breaks used. */
final class BallotText {
    private BallotText() {
    }

    static String of(AppContext ctx, BallotResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(ctx.text("meeting.ballot.order", ctx.text("meeting.ballot.method." + r.method().key()),
                String.join(" > ", r.order()))).append("\n\n");
        sb.append(ctx.text("meeting.ballot.pairwise")).append('\n');
        List<String> c = r.pairwise().candidates();
        int w = Math.max(8, c.stream().mapToInt(String::length).max().orElse(8) + 1);
        sb.append(pad("", w));
        c.forEach(x -> sb.append(pad(x, w)));
        sb.append('\n');
        for (int i = 0; i < c.size(); i++) {
            sb.append(pad(c.get(i), w));
            for (int j = 0; j < c.size(); j++) {
                sb.append(pad(i == j ? "-" : Integer.toString(r.pairwise().wins(i, j)), w));
            }
            sb.append('\n');
        }
        if (!r.points().isEmpty()) {
            sb.append('\n').append(ctx.text("meeting.ballot.points"));
            r.points().forEach((ref, p) -> sb.append(' ').append(ref).append('=').append(p));
            sb.append('\n');
        }
        sb.append('\n');
        if (r.tiesBrokenBy().isEmpty()) {
            sb.append(ctx.text("meeting.ballot.noTies"));
        }
        for (BallotResult.TieBreakUse u : r.tiesBrokenBy()) {
            sb.append(ctx.text("meeting.ballot.tie", String.join(", ", u.tied()),
                    ctx.text("meeting.ballot.step." + u.step().key()), String.join(" > ", u.result()))).append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s + " " : s + " ".repeat(w - s.length());
    }
}
