package kr.sangsaeng.review.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.sangsaeng.review.analysis.meeting.LikelyConflicts;
import kr.sangsaeng.review.model.Affiliation;
import kr.sangsaeng.review.model.Conflict;
import kr.sangsaeng.review.model.ConflictKind;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Declared affiliations and conflicts of interest (docs/meeting.md). A declared conflict of any kind
 * recuses the reviewer's review of the case in the same transaction, so the analysis leaves their
 * scores out exactly as it does for any recusal; lifting the conflict lifts that recusal. Audited.
 */
public final class ConflictService {
    public static final int MAX_REASON = 1_000;
    private final ReviewStore store;

    public ConflictService(ReviewStore store) {
        this.store = store;
    }

    public List<Affiliation> affiliations() {
        return store.conflicts().affiliations();
    }

    /** Replaces a reviewer's affiliations; blanks and repeats are dropped. */
    public void setAffiliations(long reviewerId, List<String> names, Actor actor) {
        Set<String> clean = new LinkedHashSet<>();
        names.stream().map(String::strip).filter(n -> !n.isEmpty()).forEach(clean::add);
        store.conflicts().setAffiliations(reviewerId, List.copyOf(clean), actor.name());
    }

    public List<Conflict> conflicts() {
        return store.conflicts().findAll();
    }

    public void declare(long reviewerId, long submissionId, ConflictKind kind, String reason, Actor actor) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason holds at most " + MAX_REASON + " characters");
        }
        if (store.submissions().findById(submissionId).isEmpty()) {
            throw new IllegalArgumentException("There is no such case");
        }
        store.conflicts().put(new Conflict(reviewerId, submissionId, kind, r, actor.name(), Instant.now()), actor.name());
    }

    public boolean lift(long reviewerId, long submissionId, Actor actor) {
        return store.conflicts().delete(reviewerId, submissionId, actor.name());
    }

    /** Likely conflicts not declared yet: an affiliation matching a platform or found in a case's text. */
    public List<LikelyConflicts.Flag> likely() {
        Set<String> declared = conflicts().stream().map(c -> c.reviewerId() + "/" + c.submissionId())
                .collect(Collectors.toSet());
        return LikelyConflicts.find(affiliations(), store.submissions().findAll(), declared);
    }
}
