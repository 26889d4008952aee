package kr.sangsaeng.review.service;

import java.time.Instant;
import java.util.Optional;
import kr.sangsaeng.review.format.Figures;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.store.ReviewLockedException;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.ScoreDao;

/**
 * Scoring: a score, a comment or recusal, finalising and reopening a sheet. Each call is one
 * transaction with its audit rows. A score outside its criterion's scale is refused here with
 * {@link OutOfScaleException}, and by the file itself should a caller bypass this class.
 */
public final class ScoringService {
    private final ReviewStore store;

    ScoringService(ReviewStore store) {
        this.store = store;
    }

    /**
     * Sets (or, with {@code value} null, clears) one score. Returns false when the file already
     * held that value. When this returns the change is on disk.
     *
     * @throws OutOfScaleException when the value lies outside the criterion's scale
     * @throws PledgeRequiredException when the round has a pledge this reviewer has not confirmed
     * @throws kr.sangsaeng.review.store.ReviewLockedException when the sheet is finalised
     */
    public boolean score(Actor actor, long reviewerId, long submissionId, long criterionId, Double value) {
        if (value != null && store.scores().checksOnSave()) {
            return scoreInOneCall(actor, new Score(reviewerId, submissionId, criterionId, value, Instant.now()), false);
        }
        return Transactions.inTransaction(store, () -> write(actor, reviewerId, submissionId, criterionId, value, Instant.now()));
    }

    /**
     * The same for a change made at {@code madeAt} and sent later (kept while the connection was
     * lost, see {@link PendingWrites}). Sending it twice does no harm: the second finds its own value.
     *
     * @throws NewerWriteException when the server holds a different value written after {@code madeAt}
     */
    public boolean scoreMadeAt(Actor actor, long reviewerId, long submissionId, long criterionId, Double value, Instant madeAt) {
        if (value != null && store.scores().checksOnSave()) {
            // The server applies the rule after locking the row, in the call that saves (server V7).
            return scoreInOneCall(actor, new Score(reviewerId, submissionId, criterionId, value, madeAt), true);
        }
        return Transactions.inTransaction(store, () -> {
            requireOpen(reviewerId, submissionId);
            // In the write transaction that writes: no other window's write lands between check and write.
            Optional<Score> newer = store.scores().newerThan(reviewerId, submissionId, criterionId, value, madeAt);
            if (newer.isPresent()) {
                throw new NewerWriteException(Figures.plain(newer.get().value()));
            }
            return write(actor, reviewerId, submissionId, criterionId, value, madeAt);
        });
    }

    private boolean write(Actor actor, long reviewerId, long submissionId, long criterionId, Double value, Instant at) {
        requirePledge(reviewerId);
        if (value == null) {
            return store.scores().delete(reviewerId, submissionId, criterionId, actor.name());
        }
        Criterion c = criterion(criterionId);
        if (!(value >= c.min() && value <= c.max())) {
            throw new OutOfScaleException(c, value);
        }
        return store.scores().put(new Score(reviewerId, submissionId, criterionId, value, at), actor.name());
    }

    /** A finalised sheet refuses a change before anything else is said about it. */
    private void requireOpen(long reviewerId, long submissionId) {
        if (store.reviews().find(reviewerId, submissionId).filter(Review::finalised).isPresent()) {
            throw new ReviewLockedException();
        }
    }

    /**
     * The same rules, checked by a server round in the call that saves the score (one round trip,
     * docs/server-mode.md); a refusal is reported as the checks above report it.
     */
    private boolean scoreInOneCall(Actor actor, Score score, boolean unlessNewer) {
        ScoreDao.Saved saved = unlessNewer ? store.scores().putCheckedUnlessNewer(score, actor.name())
                : store.scores().putChecked(score, actor.name());
        return switch (saved) {
            case CHANGED -> true;
            case UNCHANGED -> false;
            case PLEDGE_REQUIRED -> throw new PledgeRequiredException(reviewerName(score.reviewerId()));
            case OUT_OF_SCALE -> throw new OutOfScaleException(criterion(score.criterionId()), score.value());
            case NO_CRITERION -> throw new IllegalArgumentException("No criterion " + score.criterionId() + " in this round");
            case LOCKED -> throw new ReviewLockedException();
            // Refused by the server; the value it holds now is what the list of refused changes shows.
            case NEWER -> throw new NewerWriteException(store.scores()
                    .find(score.reviewerId(), score.submissionId(), score.criterionId())
                    .map(stored -> Figures.plain(stored.value())).orElse(""));
        };
    }

    /**
     * A reviewer scores only after confirming the round's pledge, when the round has one
     * (docs/meeting.md). An edited pledge asks everyone again. Imported score packs are the
     * secretary's merge and are not refused here.
     */
    private void requirePledge(long reviewerId) {
        PledgeService pledge = new PledgeService(store);
        if (pledge.current().isPresent() && !pledge.hasConfirmed(reviewerId)) {
            throw new PledgeRequiredException(reviewerName(reviewerId));
        }
    }

    private String reviewerName(long reviewerId) {
        return store.reviewers().findAll().stream().filter(r -> r.id() == reviewerId)
                .map(r -> r.name()).findFirst().orElse("#" + reviewerId);
    }

    /** True when the reviewer must confirm the round's pledge before scoring; the Scoring view offers it. */
    public boolean needsPledge(long reviewerId) {
        PledgeService pledge = new PledgeService(store);
        return pledge.current().isPresent() && !pledge.hasConfirmed(reviewerId);
    }

    /** Saves a reviewer's comment and recusal on one case. */
    public void review(Actor actor, Review review) {
        store.reviews().put(review, actor.name());
    }

    /**
     * The same for a review kept while the connection was lost and sent later; {@code review}'s time
     * is when it was made.
     *
     * @throws NewerWriteException when the server holds a different comment or recusal written after it
     */
    public void reviewMadeAt(Actor actor, Review review) {
        Transactions.inTransaction(store, () -> {
            // In the write transaction that writes: no other window's write lands between check and write.
            Optional<Review> newer = store.reviews().newerThan(review);
            if (newer.isPresent()) {
                throw new NewerWriteException(newer.get().comment());
            }
            store.reviews().put(review, actor.name());
        });
    }

    /** Locks a reviewer's sheet: their scores no longer change. Returns the number of reviews locked. */
    public int finalise(Actor actor, long reviewerId) {
        return store.reviews().setFinal(reviewerId, true, actor.name());
    }

    /** Unlocks a finalised sheet; the secretary does this, and the audit log says who. */
    public int reopen(Actor actor, long reviewerId) {
        return store.reviews().setFinal(reviewerId, false, actor.name());
    }

    /** Remembers on this computer who last scored in this file, so the view opens on their sheet. */
    public void rememberReviewer(String settingKey, long reviewerId) {
        store.settings().put(settingKey, Long.toString(reviewerId));
    }

    private Criterion criterion(long id) {
        return store.criteria().findAll().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No criterion " + id + " in this round"));
    }
}
