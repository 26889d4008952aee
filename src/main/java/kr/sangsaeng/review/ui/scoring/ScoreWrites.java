package kr.sangsaeng.review.ui.scoring;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.TaskRunner;

/**
 * Writes the Scoring view's changes, each in its own transaction, in the order they were made (the
 * runner has one database thread), and reports "Saved" only when every write so far has returned,
 * which with synchronous=FULL means it is on disk. On a server round whose connection is lost, a
 * score or comment is kept by the round ({@link kr.sangsaeng.review.service.PendingWrites}) and
 * stays on screen, "not yet saved", until it is sent when the server is back (docs/server-mode.md).
 */
public final class ScoreWrites {
    /** Whoever reopens a finalised sheet: only the secretary should. */
    static final Actor SECRETARY = Actor.SECRETARY;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    public enum State { IDLE, SAVING, SAVED, FAILED, KEPT }

    private final AppContext ctx;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final StringProperty text = new SimpleStringProperty("");
    private int pending;
    private long issued;
    /** Whether a write since the last idle moment was kept for later rather than saved. */
    private boolean kept;
    /** The round whose queue holds what this view kept. */
    private OpenRound keptIn;

    ScoreWrites(AppContext ctx, TaskRunner runner, Consumer<Throwable> onFailure) {
        this.ctx = ctx;
        this.runner = runner;
        this.onFailure = onFailure;
        // Another round: what was kept for the last one was given up when the window asked, not saved.
        ctx.roundProperty().addListener((o, old, round) -> {
            if (state.get() == State.KEPT) {
                state.set(State.IDLE);
                text.set("");
            }
        });
        ctx.pendingProperty().addListener((o, before, now) -> {
            // The kept changes have been sent: saved, unless the server refused one (the banner says which).
            if (state.get() == State.KEPT && now.waiting() == 0 && before.waiting() > 0 && ctx.round() == keptIn) {
                boolean refused = now.refused() > before.refused();
                state.set(refused ? State.FAILED : State.SAVED);
                text.set(refused ? ctx.text("scoring.notSaved") : ctx.text("scoring.saved", LocalTime.now().format(CLOCK)));
            }
        });
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** Writes a score; {@code then} runs once it is saved (not when it is kept for later). */
    void score(OpenRound store, Reviewer r, ScoreChange c, Runnable then) {
        write(() -> store.pending().score(Actor.reviewer(r), r.id(), c.submissionId(), c.criterionId(), c.after()),
                outcome -> then.run());
    }

    void review(OpenRound store, Reviewer r, Review review, Runnable then) {
        write(() -> store.pending().review(Actor.reviewer(r), review), outcome -> then.run());
    }

    /** Finalises or reopens a reviewer's sheet, then re-reads it so the view shows the file's state. */
    <T> void finalisation(OpenRound store, Reviewer r, boolean on, Actor actor, Callable<T> reread, Consumer<T> then) {
        write(() -> {
            if (on) {
                store.scoring().finalise(actor, r.id());
            } else {
                store.scoring().reopen(actor, r.id());
            }
            return reread.call();
        }, then);
    }

    /** How many writes have been handed to the database thread so far. */
    long issued() {
        return issued;
    }

    private <T> void write(Callable<T> work, Consumer<T> then) {
        pending++;
        issued++;
        state.set(State.SAVING);
        text.set(ctx.text("scoring.saving"));
        runner.run(work, result -> {
            boolean keptNow = result == PendingWrites.Outcome.KEPT;
            kept |= keptNow;
            if (keptNow) {
                keptIn = ctx.round();
            }
            if (--pending == 0) {
                state.set(kept ? State.KEPT : State.SAVED);
                text.set(kept ? ctx.text("scoring.kept") : ctx.text("scoring.saved", LocalTime.now().format(CLOCK)));
                kept = false;
            }
            if (!keptNow) {
                then.accept(result);
            }
        }, error -> {
            pending--;
            state.set(State.FAILED);
            text.set(ctx.text("scoring.notSaved"));
            onFailure.accept(error);
        });
    }
}
