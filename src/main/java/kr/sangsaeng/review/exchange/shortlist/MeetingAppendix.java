package kr.sangsaeng.review.exchange.shortlist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.ConflictKind;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * What the committee meeting leaves in the report (docs/meeting.md): the pledge and who confirmed
 * it, the conflicts of interest with their kind, the minutes per case and the recorded ballots.
 * Private and shared notes stay out: the report carries the minutes only.
 */
public record MeetingAppendix(Optional<String> pledge, List<Confirmation> confirmations, List<Conflict> conflicts,
                              List<Minute> minutes, List<RecordedBallot> ballots) {
    public static final MeetingAppendix EMPTY = new MeetingAppendix(Optional.empty(), List.of(), List.of(), List.of(),
            List.of());
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Confirmation(String reviewer, Instant at) {
    }

    public record Conflict(String ref, String reviewer, ConflictKind kind, String reason, String declaredBy, Instant at) {
    }

    public record Minute(String ref, String author, Instant at, String text) {
    }

    /** A ballot from the decision record: method, order, the tie-break steps used, and the ballots as recorded. */
    public record RecordedBallot(String method, List<String> order, List<String> tieBreaks, String recordedBy,
                                 String recordedAt, List<Vote> ballots, long seed) {
    }

    /** One member's ballot as recorded (named, or "member 1", …). */
    public record Vote(String voter, List<String> order) {
    }

    public MeetingAppendix {
        confirmations = List.copyOf(confirmations);
        conflicts = List.copyOf(conflicts);
        minutes = List.copyOf(minutes);
        ballots = List.copyOf(ballots);
    }

    public boolean isEmpty() {
        return pledge.isEmpty() && confirmations.isEmpty() && conflicts.isEmpty() && minutes.isEmpty() && ballots.isEmpty();
    }

    /** On the thread that owns the store. */
    public static MeetingAppendix read(ReviewStore store) {
        Map<Long, String> names = new HashMap<>();
        store.reviewers().findAll().forEach(r -> names.put(r.id(), r.name()));
        Map<Long, String> refs = new HashMap<>();
        store.submissions().findAll().forEach(s -> refs.put(s.id(), s.ref()));
        List<Confirmation> confirmations = store.pledge().confirmations().stream()
                .map(c -> new Confirmation(names.get(c.reviewerId()), c.confirmedAt())).toList();
        List<Conflict> conflicts = store.conflicts().findAll().stream().map(c -> new Conflict(refs.get(c.submissionId()),
                names.get(c.reviewerId()), c.kind(), c.reason(), c.declaredBy(), c.declaredAt()))
                .sorted(java.util.Comparator.comparing(Conflict::ref)).toList();
        List<Minute> minutes = new ArrayList<>();
        for (CaseNote n : store.notes().findAll()) {
            if (n.kind() == NoteKind.MINUTES) {
                minutes.add(new Minute(refs.get(n.submissionId()), n.author(), n.createdAt(), n.text()));
            }
        }
        minutes.sort(java.util.Comparator.comparing(Minute::ref).thenComparing(Minute::at));
        return new MeetingAppendix(store.pledge().find().map(p -> p.text()), confirmations, conflicts, minutes,
                ballots(store.decisionRecords().findAll()));
    }

    private static List<RecordedBallot> ballots(List<String> records) {
        List<RecordedBallot> out = new ArrayList<>();
        for (String r : records) {
            JsonNode n;
            try {
                n = JSON.readTree(r);
            } catch (IOException e) {
                continue; // not a ballot this build can read
            }
            if (!"ballot".equals(n.path("kind").asText())) {
                continue;
            }
            List<String> ties = new ArrayList<>();
            n.path("ties_broken_by").forEach(u -> ties.add(u.path("step").asText() + ": " + strings(u.path("tied"))
                    + " → " + String.join(" > ", strings(u.path("result")))));
            List<Vote> ballots = new ArrayList<>();
            n.path("ballots").forEach(b -> ballots.add(new Vote(b.path("voter").asText(), strings(b.path("order")))));
            out.add(new RecordedBallot(n.path("method").asText(), strings(n.path("order")), ties,
                    n.path("recorded_by").asText(), n.path("recorded_at").asText(), ballots, n.path("seed").asLong()));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }
}
