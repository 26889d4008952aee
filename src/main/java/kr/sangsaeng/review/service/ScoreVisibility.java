package kr.sangsaeng.review.service;

import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * What one person may see of the panel's scores (docs/meeting.md): a reviewer sees only their own
 * until they have finalised their sheet, so that no colleague's marks anchor theirs. Anyone who is
 * not a reviewer of the round (the secretary, the command line) sees every score. A reviewer is
 * recognised by the name they act under, as the audit log records it ({@link Actor#reviewer}).
 */
public final class ScoreVisibility {
    private final ReviewStore store;

    ScoreVisibility(ReviewStore store) {
        this.store = store;
    }

    /** The round's reviewer this actor is, if any. */
    public Optional<Reviewer> reviewerActing(Actor viewer) {
        return store.reviewers().findByName(viewer.name());
    }

    /** True when the viewer may see the other reviewers' scores. */
    public boolean seesOthers(Actor viewer) {
        return reviewerActing(viewer).map(r -> finalised(r.id())).orElse(true);
    }

    /** Finalising locks every case at once, so any finalised review means the sheet is final. */
    private boolean finalised(long reviewerId) {
        return store.reviews().findByReviewer(reviewerId).stream().anyMatch(Review::finalised);
    }

    /** The panel as the viewer may see it: another reviewer's scores and reviews are left out while hidden. */
    public PanelData panelFor(Actor viewer) {
        PanelData all = PanelLoader.load(store);
        Optional<Reviewer> r = reviewerActing(viewer);
        if (r.isEmpty() || finalised(r.get().id())) {
            return all;
        }
        long own = r.get().id();
        return new PanelData(all.criteria(), all.reviewers(), all.submissions(),
                all.scores().stream().filter(s -> s.reviewerId() == own).toList(),
                all.reviews().stream().filter(v -> v.reviewerId() == own).toList());
    }

    /** The other reviewers' scores, or empty while the viewer may not see them. */
    public Optional<List<Score>> othersScores(Actor viewer) {
        Optional<Reviewer> r = reviewerActing(viewer);
        if (r.isPresent() && !finalised(r.get().id())) {
            return Optional.empty();
        }
        long own = r.map(Reviewer::id).orElse(-1L);
        return Optional.of(store.scores().findAll().stream().filter(s -> s.reviewerId() != own).toList());
    }
}
