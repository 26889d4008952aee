package kr.sangsaeng.review.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The chair's order of the meeting's agenda (docs/meeting.md), kept in the file so that it survives
 * closing and reopening; each change audited under who made it. Call it on the store's thread.
 */
public final class AgendaService {
    private final ReviewStore store;

    AgendaService(ReviewStore store) {
        this.store = store;
    }

    /** The saved order of submission ids; empty when the agenda was never reordered. */
    public List<Long> order() {
        return store.agenda().order();
    }

    /** Saves the agenda's order; returns false when nothing changed. */
    public boolean save(List<Long> submissionIds, Actor actor) {
        Set<Long> known = store.submissions().findAll().stream().map(s -> s.id()).collect(Collectors.toSet());
        if (submissionIds.stream().distinct().count() != submissionIds.size() || !known.containsAll(submissionIds)) {
            throw new IllegalArgumentException("An agenda names each case of the round once");
        }
        return store.agenda().save(List.copyOf(submissionIds), actor.name());
    }
}
