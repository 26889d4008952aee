package kr.sangsaeng.review.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The committee's decisions (shortlisted, awarded, declined) with their note: recorded under the
 * acting person, audited in the same transaction. Call it on the thread that owns the store.
 */
public final class DecisionService {
    /** A note is a sentence or two for the report, not a document. */
    public static final int MAX_NOTE = 2_000;

    private final ReviewStore store;

    public DecisionService(ReviewStore store) {
        this.store = store;
    }

    public List<Decision> findAll() {
        return store.decisions().findAll();
    }

    /** Decisions by submission id. */
    public Map<Long, Decision> byId() {
        Map<Long, Decision> m = new HashMap<>();
        findAll().forEach(d -> m.put(d.submissionId(), d));
        return m;
    }

    /** Records a decision on the case with this ref; a null kind clears it. Returns what the file now holds. */
    public Optional<Decision> decide(String ref, DecisionKind kind, String note, Actor actor) {
        Submission s = store.submissions().findAll().stream().filter(x -> x.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no case with the ref '" + ref + "'"));
        return decide(s.id(), kind, note, actor);
    }

    /** Records a decision on a submission; a null kind clears it. Unchanged decisions write nothing. */
    public Optional<Decision> decide(long submissionId, DecisionKind kind, String note, Actor actor) {
        String who = actor.name();
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A decision note holds at most " + MAX_NOTE + " characters");
        }
        return store.inTransaction(() -> {
            Optional<Decision> old = store.decisions().find(submissionId);
            if (kind == null) {
                store.decisions().clear(submissionId, who);
                return Optional.<Decision>empty();
            }
            if (old.isPresent() && old.get().kind() == kind && old.get().note().equals(text)) {
                return old;
            }
            store.decisions().put(new Decision(submissionId, kind, text, Instant.now()), who);
            return store.decisions().find(submissionId);
        });
    }
}
