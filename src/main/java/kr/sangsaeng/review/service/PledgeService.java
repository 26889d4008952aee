package kr.sangsaeng.review.service;

import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Pledge;
import kr.sangsaeng.review.model.PledgeConfirmation;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The round's pledge (서약서) and the reviewers' confirmations (docs/meeting.md): who confirmed,
 * when, and the text they confirmed; every change audited. Call it on the store's thread.
 */
public final class PledgeService {
    /** A pledge is a page, not a document. */
    public static final int MAX_TEXT = 10_000;
    private final ReviewStore store;

    public PledgeService(ReviewStore store) {
        this.store = store;
    }

    public Optional<Pledge> current() {
        return store.pledge().find();
    }

    /** Saves an edited pledge; it is no longer the example once someone edits it. */
    public void edit(String text, Actor actor) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("A pledge needs its text");
        }
        if (t.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A pledge holds at most " + MAX_TEXT + " characters");
        }
        store.pledge().put(t, false, actor.name());
    }

    /** Records that a reviewer confirmed the pledge as it stands now. */
    public void confirm(long reviewerId, Actor actor) {
        Pledge p = current().orElseThrow(() -> new IllegalStateException("This round has no pledge to confirm yet"));
        store.reviewers().findAll().stream().filter(r -> r.id() == reviewerId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no such reviewer"));
        store.pledge().confirm(reviewerId, p.text(), actor.name());
    }

    public List<PledgeConfirmation> confirmations() {
        return store.pledge().confirmations();
    }

    /** True when the reviewer confirmed the pledge's current text (an edit asks everyone again). */
    public boolean hasConfirmed(long reviewerId) {
        Optional<Pledge> p = current();
        return p.isPresent() && confirmations().stream()
                .anyMatch(c -> c.reviewerId() == reviewerId && c.pledgeText().equals(p.get().text()));
    }
}
