package kr.sangsaeng.review.cli;

import java.util.Map;
import java.util.stream.Collectors;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.OpenRound;

/**
 * The names the meeting commands (pledge, conflicts, notes) take and print: a reviewer by name, a
 * case by ref, both read through the round's reader, so that the commands hold no lookup of their own.
 */
final class MeetingLookup {
    private final Map<Long, String> reviewerNames;
    private final Map<Long, String> refs;
    private final OpenRound round;

    MeetingLookup(OpenRound round) {
        this.round = round;
        this.reviewerNames = round.reader().reviewers().stream().collect(Collectors.toMap(Reviewer::id, Reviewer::name));
        this.refs = round.reader().submissions().stream().collect(Collectors.toMap(Submission::id, Submission::ref));
    }

    /** The reviewer of that name (exactly, or ignoring case); an unknown name is refused with the names there are. */
    Reviewer reviewer(String name) {
        String n = name.strip();
        return round.reader().reviewers().stream().filter(r -> r.name().equals(n)).findFirst()
                .or(() -> round.reader().reviewers().stream().filter(r -> r.name().equalsIgnoreCase(n)).findFirst())
                .orElseThrow(() -> new BadInputException("There is no reviewer '" + n + "' in this round; the reviewers are "
                        + round.reader().reviewers().stream().map(Reviewer::name).collect(Collectors.joining(", "))));
    }

    Submission submission(String ref) {
        String r = ref.strip();
        return round.reader().submissions().stream().filter(s -> s.ref().equals(r)).findFirst()
                .orElseThrow(() -> new BadInputException("There is no case with the ref '" + r + "'"));
    }

    String reviewerName(long id) {
        return reviewerNames.getOrDefault(id, "#" + id);
    }

    String ref(long submissionId) {
        return refs.getOrDefault(submissionId, "#" + submissionId);
    }

    /** A time as a table shows it: to the second, in UTC (JSON keeps the full instant). */
    static String time(java.time.Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
