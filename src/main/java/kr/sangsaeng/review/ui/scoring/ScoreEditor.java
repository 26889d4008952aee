package kr.sangsaeng.review.ui.scoring;

import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;

/**
 * Score changes from digit keys and clicks, with undo and redo for the session. Each change shows at
 * once and is handed to {@link ScoreWrites}; undo and redo are changes like any other, saved and
 * audited the same way.
 */
public final class ScoreEditor {
    private final AppContext ctx;
    private final ScoringState st;
    private final ScoreWrites writes;
    private final Supplier<OpenRound> store;
    private final IntConsumer goTo;
    private final Runnable afterWrite;
    private final UndoHistory undo = new UndoHistory();
    private final DigitEntry digits = new DigitEntry();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();

    ScoreEditor(AppContext ctx, ScoringState st, ScoreWrites writes, Supplier<OpenRound> store, IntConsumer goTo,
                Runnable afterWrite) {
        this.ctx = ctx;
        this.st = st;
        this.writes = writes;
        this.store = store;
        this.goTo = goTo;
        this.afterWrite = afterWrite;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /**
     * A digit key on the focused criterion. Focus then moves on to the next criterion, so a case is
     * scored in one run of digits, unless a second digit could still follow (1 → 10 on a 0–10 scale).
     */
    public void typeDigit(int digit, long nowMillis) {
        if (!st.checkEditable() || st.criteria().isEmpty()) {
            return;
        }
        int index = st.focusedCriterionProperty().get();
        DigitEntry.Entry entry = digits.type(st.currentId(), st.criteria().get(index), digit, nowMillis);
        if (!set(index, entry.value(), entry.continuesLast())) {
            digits.reset();
            return;
        }
        if (!entry.mayContinue()) {
            digits.reset();
            st.focusedCriterionProperty().set(Math.min(st.criteria().size() - 1, index + 1));
        }
    }

    /** Sets a score (a click on the scale); false, with a message, when it is refused. */
    public boolean setScore(int criterionIndex, double value) {
        digits.reset();
        return set(criterionIndex, value, false);
    }

    private boolean set(int criterionIndex, double value, boolean foldIntoLast) {
        if (!st.checkEditable()) {
            return false;
        }
        Criterion c = st.criteria().get(criterionIndex);
        st.focusedCriterionProperty().set(criterionIndex);
        if (!c.accepts(value)) {
            st.messageProperty().set(ctx.text("scoring.outOfScale", c.label(), ScoringState.number(c.min()),
                    ScoringState.number(c.max())));
            return false;
        }
        long sub = st.currentId();
        Double before = st.sheet.score(sub, c.id());
        if (before != null && before == value) {
            return true;
        }
        ScoreChange change = new ScoreChange(sub, c.id(), before, value);
        if (foldIntoLast) {
            undo.amendLast(change);
        } else {
            undo.record(change);
        }
        st.messageProperty().set("");
        apply(change);
        return true;
    }

    /** Delete or Backspace: removes the focused criterion's score. */
    public void clearFocused() {
        digits.reset();
        if (!st.checkEditable() || st.criteria().isEmpty()) {
            return;
        }
        long sub = st.currentId();
        long crit = st.criteria().get(st.focusedCriterionProperty().get()).id();
        Double before = st.sheet.score(sub, crit);
        if (before != null) {
            ScoreChange change = new ScoreChange(sub, crit, before, null);
            undo.record(change);
            apply(change);
        }
    }

    public void undo() {
        replay(true);
    }

    public void redo() {
        replay(false);
    }

    private void replay(boolean backwards) {
        digits.reset();
        if (st.sheet == null || st.refusedWhileOffline() || st.refusedWhenFinal()) {
            return;
        }
        Optional<ScoreChange> change = backwards ? undo.undo() : undo.redo();
        if (change.isEmpty()) {
            st.messageProperty().set(ctx.text(backwards ? "scoring.nothingToUndo" : "scoring.nothingToRedo"));
            return;
        }
        ScoreChange c = backwards ? change.get().inverse() : change.get();
        // Show what is being undone: its case and its criterion.
        goTo.accept(st.indexOfCase(c.submissionId()));
        st.indexOfCriterion(c.criterionId()).ifPresent(st.focusedCriterionProperty()::set);
        st.messageProperty().set("");
        apply(c);
    }

    private void apply(ScoreChange c) {
        st.sheet.setScore(c.submissionId(), c.criterionId(), c.after());
        if (java.util.Objects.equals(c.submissionId(), st.currentId())) {
            if (c.after() == null) {
                st.currentScores().remove(c.criterionId());
            } else {
                st.currentScores().put(c.criterionId(), c.after());
            }
        }
        st.updateTotal();
        st.updateProgress();
        updateUndo();
        writes.score(store.get(), st.sheet.reviewer(), c, afterWrite);
    }

    /** Forgets the session's changes: a different reviewer or file starts a new session. */
    void reset() {
        undo.clear();
        digits.reset();
        updateUndo();
    }

    void resetDigits() {
        digits.reset();
    }

    private void updateUndo() {
        canUndo.set(undo.canUndo());
        canRedo.set(undo.canRedo());
    }
}
