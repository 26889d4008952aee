package kr.sangsaeng.review.ui.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.TaskRunner;

/**
 * The Scoring view's logic: who is scoring, which case is shown, moving between cases, the comment,
 * recusal and finalisation. Score changes go through {@link #editor()}. Every change is applied to
 * {@link #state()} at once and written through {@link #writes()}, which says "saved" only after the
 * write has returned.
 */
public final class ScoringViewModel {
    private final AppContext ctx;
    private final TaskRunner runner;
    private final ScoringLoader loader;
    private final ScoringState st;
    private final ScoreWrites writes;
    private final ScoreEditor editor;
    private OpenRound store;
    private String shownComment = "";

    public ScoringViewModel(AppContext ctx, TaskRunner runner) {
        this.ctx = ctx;
        this.runner = runner;
        this.loader = new ScoringLoader(ctx);
        this.st = new ScoringState(ctx);
        this.writes = new ScoreWrites(ctx, runner, this::failed);
        this.editor = new ScoreEditor(ctx, st, writes, () -> store, this::goTo, this::refreshHistory);
        ctx.roundProperty().addListener((o, a, s) -> load(s));
        ctx.externalChangesProperty().addListener((o, a, b) -> reload());
    }

    public ScoringState state() {
        return st;
    }

    public ScoreEditor editor() {
        return editor;
    }

    public ScoreWrites writes() {
        return writes;
    }

    // --- loading --------------------------------------------------------------------------------

    /** Reads the open file, keeping the chosen reviewer and case when they still exist. */
    public void load(OpenRound next) {
        store = next;
        if (next == null) {
            st.sheet = null;
            st.reviewers().clear();
            st.cases().clear();
            st.criteria().clear();
            st.reviewerProperty().set(null);
            showCase(-1);
            editor.reset();
            return;
        }
        Long keep = st.reviewerProperty().get() == null ? null : st.reviewerProperty().get().id();
        Long keepCase = st.currentId();
        long writesBefore = writes.issued();
        runner.run(() -> loader.snapshot(next, keep), s -> {
            // A change made while the file was read is not in what was read: read again (the
            // database thread runs in order, so the next read comes after that change's write).
            if (writes.issued() != writesBefore) {
                load(next);
            } else if (next == store) {
                apply(s, keepCase);
            }
        }, this::failed);
    }

    /** Reads the file again: the rubric, the panel or blind mode may have changed in another view. */
    public void reload() {
        saveComment();
        load(store);
    }

    private void apply(ScoringLoader.Snapshot s, Long keepCase) {
        st.labels = s.round().blindMode() ? s.labels() : null;
        st.blindProperty().set(s.round().blindMode());
        replaceIfChanged(st.criteria(), s.criteria());
        replaceIfChanged(st.cases(), s.cases());
        replaceIfChanged(st.reviewers(), s.reviewers());
        showSheet(s.sheet(), keepCase);
    }

    /** Leaves an unchanged list alone, so a re-read does not rebuild the rubric or reset list selections. */
    private static <T> void replaceIfChanged(javafx.collections.ObservableList<T> list, List<T> fresh) {
        if (!list.equals(fresh)) {
            list.setAll(fresh);
        }
    }

    /** Switches to another reviewer and remembers the choice for this file. */
    public void chooseReviewer(Reviewer r) {
        Reviewer current = st.reviewerProperty().get();
        if (r == null || store == null || (current != null && current.id() == r.id())) {
            return;
        }
        saveComment();
        OpenRound s = store;
        runner.run(() -> loader.choose(s, r), sheet -> showSheet(sheet, null), this::failed);
    }

    private void showSheet(ReviewerSheet next, Long keepCase) {
        Reviewer before = st.reviewerProperty().get();
        if (next == null || before == null || before.id() != next.reviewer().id()) {
            editor.reset();
        }
        st.sheet = next;
        st.reviewerProperty().set(next == null ? null : next.reviewer());
        st.finalisedProperty().set(next != null && next.finalised());
        st.pledgeTextProperty().set(next == null ? "" : next.pledgeToConfirm().orElse(""));
        int index = st.indexOfCase(keepCase);
        if (index < 0 && next != null) {
            index = CaseNavigator.nextToScore(st.cases().size(), -1, st::needsScores);
        }
        showCase(index < 0 && !st.cases().isEmpty() ? 0 : index);
        st.messageProperty().set(next == null && !st.reviewers().isEmpty() ? ctx.text("scoring.chooseReviewer") : "");
        st.updateProgress();
    }

    // --- moving between cases and criteria ------------------------------------------------------

    /** The next case still to score, skipping recused and complete ones. */
    public void nextToScore() {
        if (st.cases().isEmpty() || st.sheet == null) {
            return;
        }
        int i = CaseNavigator.nextToScore(st.cases().size(), st.caseIndexProperty().get(), st::needsScores);
        if (i >= 0) {
            goTo(i);
        } else {
            boolean thisOneLeft = st.needsScores(st.caseIndexProperty().get());
            st.messageProperty().set(ctx.text(thisOneLeft ? "scoring.lastToScore" : "scoring.allScored"));
        }
    }

    /**
     * Enter or Ctrl+Right: the next case to score; once every case is scored, simply the next case, so
     * the reviewer can still page through and check.
     */
    public void forward() {
        if (st.sheet != null && st.casesLeftToScore() == 0) {
            next();
            st.messageProperty().set(ctx.text("scoring.allScored"));
        } else {
            nextToScore();
        }
    }

    /** Ctrl+Left: the case before this one, skipping recused ones. */
    public void previous() {
        int i = CaseNavigator.previous(st.caseIndexProperty().get(), st::recusedAt);
        if (i >= 0) {
            goTo(i);
        }
    }

    /** The case after this one, skipping recused ones. */
    public void next() {
        int i = CaseNavigator.next(st.cases().size(), st.caseIndexProperty().get(), st::recusedAt);
        if (i >= 0) {
            goTo(i);
        }
    }

    /** Shows a case chosen with the mouse or by navigation, saving the comment being typed first. */
    public void goTo(int index) {
        if (index == st.caseIndexProperty().get() || index < 0 || index >= st.cases().size()) {
            return;
        }
        saveComment();
        showCase(index);
        st.messageProperty().set("");
    }

    private void showCase(int index) {
        CaseView cv = index >= 0 && index < st.cases().size() ? st.cases().get(index) : null;
        st.caseIndexProperty().set(cv == null ? -1 : index);
        st.currentCaseProperty().set(cv);
        st.currentScores().clear();
        Optional<Review> review = Optional.empty();
        if (cv != null && st.sheet != null) {
            st.currentScores().putAll(st.sheet.scoresOf(cv.id()));
            review = st.sheet.review(cv.id());
        }
        shownComment = st.mask(review.map(Review::comment).orElse(""));
        st.commentProperty().set(shownComment);
        st.recusedProperty().set(review.map(Review::recused).orElse(false));
        st.recuseReasonProperty().set(st.mask(review.map(Review::recuseReason).orElse("")));
        st.focusedCriterionProperty().set(st.firstUnscored());
        editor.resetDigits();
        st.updateTotal();
        st.updateOthers();
        refreshHistory();
    }

    public void focusUp() {
        focusCriterion(st.focusedCriterionProperty().get() - 1);
    }

    public void focusDown() {
        focusCriterion(st.focusedCriterionProperty().get() + 1);
    }

    public void focusCriterion(int index) {
        if (index >= 0 && index < st.criteria().size()) {
            st.focusedCriterionProperty().set(index);
        }
        editor.resetDigits();
    }

    /** The reviewer's progress on one case, for the case list. */
    public CaseStatus statusOf(CaseView cv) {
        if (st.sheet == null) {
            return new CaseStatus(0, st.criteria().size(), false);
        }
        int scored = LiveTotal.scoredCount(st.criteria(), st.sheet.scoresOf(cv.id()));
        return new CaseStatus(scored, st.criteria().size(), st.sheet.recused(cv.id()));
    }

    // --- comment, recusal, finalisation ---------------------------------------------------------

    /** Saves the comment if it changed: on focus loss, after a pause in typing, and on leaving the case. */
    public void saveComment() {
        CaseView cv = st.currentCaseProperty().get();
        String text = Objects.requireNonNullElse(st.commentProperty().get(), "");
        if (cv == null || st.sheet == null || st.finalisedProperty().get() || text.equals(shownComment)) {
            return;
        }
        Review old = st.sheet.review(cv.id()).orElse(null);
        shownComment = text;
        putReview(new Review(st.sheet.reviewer().id(), cv.id(), text, old != null && old.recused(),
                old == null ? "" : old.recuseReason(), false, Instant.now()));
    }

    /** Recuses the reviewer from the shown case (conflict of interest); a reason is required. */
    public boolean recuse(String reason) {
        if (reason == null || reason.isBlank()) {
            st.messageProperty().set(ctx.text("scoring.reasonRequired"));
            return false;
        }
        return setRecused(true, reason.strip());
    }

    public boolean withdrawRecusal() {
        return setRecused(false, "");
    }

    private boolean setRecused(boolean on, String reason) {
        CaseView cv = st.currentCaseProperty().get();
        if (cv == null || st.sheet == null || st.refusedWhenFinal()) {
            return false;
        }
        saveComment();
        String keptComment = st.sheet.review(cv.id()).map(Review::comment).orElse("");
        putReview(new Review(st.sheet.reviewer().id(), cv.id(), keptComment, on, reason, false, Instant.now()));
        st.recusedProperty().set(on);
        st.recuseReasonProperty().set(st.mask(reason));
        st.messageProperty().set("");
        st.updateProgress();
        return true;
    }

    private void putReview(Review r) {
        st.sheet.putReview(r);
        writes.review(store, st.sheet.reviewer(), r, this::refreshHistory);
    }

    /** Cases neither complete nor recused; the view asks before finalising with any left. */
    public int casesLeftToScore() {
        return st.casesLeftToScore();
    }

    /** Locks all of this reviewer's scores; only finalised sheets are the committee's record. */
    public void finalise() {
        if (st.sheet == null || st.finalisedProperty().get()) {
            return;
        }
        saveComment();
        Reviewer r = st.sheet.reviewer();
        OpenRound s = store;
        writes.finalisation(s, r, true, kr.sangsaeng.review.service.Actor.reviewer(r), () -> loader.sheet(s, r), sheet -> showSheet(sheet, st.currentId()));
    }

    /** The reviewer confirms the round's pledge here, and may then score (docs/meeting.md). */
    public void confirmPledge() {
        if (st.sheet == null || store == null) {
            return;
        }
        Reviewer r = st.sheet.reviewer();
        OpenRound s = store;
        runner.run(() -> {
            s.meeting().pledge().confirm(r.id(), kr.sangsaeng.review.service.Actor.reviewer(r));
            return loader.sheet(s, r);
        }, sheet -> {
            showSheet(sheet, st.currentId());
            st.messageProperty().set(ctx.text("scoring.pledgeConfirmed"));
        }, this::failed);
    }

    /** The secretary reopens a finalised sheet; the audit log records it under the secretary. */
    public void reopen() {
        if (st.sheet == null || !st.finalisedProperty().get()) {
            return;
        }
        Reviewer r = st.sheet.reviewer();
        OpenRound s = store;
        writes.finalisation(s, r, false, ScoreWrites.SECRETARY, () -> loader.sheet(s, r),
                sheet -> showSheet(sheet, st.currentId()));
    }

    // --- failures and history -------------------------------------------------------------------

    private void failed(Throwable e) {
        st.messageProperty().set(ErrorMessages.describe(ctx, e));
        // The screen may now show something the file does not hold: show the file's state again.
        if (store != null && st.sheet != null) {
            Reviewer r = st.sheet.reviewer();
            OpenRound s = store;
            // If reading back fails too, the first failure stays on screen: it is what the user did.
            // The runner has logged the second one.
            runner.run(() -> loader.sheet(s, r), fresh -> showSheet(fresh, st.currentId()),
                    err -> st.messageProperty().set(ErrorMessages.describe(ctx, e)));
        }
    }

    private void refreshHistory() {
        CaseView cv = st.currentCaseProperty().get();
        if (cv == null || st.sheet == null || store == null) {
            st.history().clear();
            return;
        }
        OpenRound s = store;
        Reviewer r = st.sheet.reviewer();
        List<Criterion> criteria = List.copyOf(st.criteria());
        BlindLabels labels = st.labels;
        runner.run(() -> loader.history(s, cv.submission(), r, criteria, labels), st.history()::setAll, e -> {
            st.history().clear();
            st.messageProperty().set(ErrorMessages.describe(ctx, e));
        });
    }
}
