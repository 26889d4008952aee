package kr.sangsaeng.review.ui.scoring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The session's score changes, for Ctrl+Z and Ctrl+Shift+Z. Lost when the reviewer or file changes. */
final class UndoHistory {
    private static final int LIMIT = 500;
    private final Deque<ScoreChange> done = new ArrayDeque<>();
    private final Deque<ScoreChange> undone = new ArrayDeque<>();

    /** Records a new change; anything undone before it can no longer be redone. */
    void record(ScoreChange change) {
        done.push(change);
        undone.clear();
        if (done.size() > LIMIT) {
            done.removeLast();
        }
    }

    /**
     * Folds a follow-up change of the same cell into the last one, so typing "1" then "0" for a 10 is
     * undone in one step.
     */
    void amendLast(ScoreChange followUp) {
        ScoreChange last = done.peek();
        if (last != null && last.sameCell(followUp.submissionId(), followUp.criterionId())) {
            done.pop();
            done.push(new ScoreChange(last.submissionId(), last.criterionId(), last.before(), followUp.after()));
        } else {
            record(followUp);
        }
    }

    /** The change to reverse, moved to the redo side. */
    Optional<ScoreChange> undo() {
        ScoreChange c = done.poll();
        if (c != null) {
            undone.push(c);
        }
        return Optional.ofNullable(c);
    }

    /** The change to apply again, moved back to the undo side. */
    Optional<ScoreChange> redo() {
        ScoreChange c = undone.poll();
        if (c != null) {
            done.push(c);
        }
        return Optional.ofNullable(c);
    }

    boolean canUndo() {
        return !done.isEmpty();
    }

    boolean canRedo() {
        return !undone.isEmpty();
    }

    void clear() {
        done.clear();
        undone.clear();
    }
}
