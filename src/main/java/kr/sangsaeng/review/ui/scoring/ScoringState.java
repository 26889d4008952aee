package kr.sangsaeng.review.ui.scoring;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.ui.AppContext;

/**
 * What the Scoring view shows, shared by the view model and the score editor: the reviewer, the
 * cases and rubric, the shown case with its scores, and the figures derived from them.
 */
public final class ScoringState {
    private final AppContext ctx;
    private final ObservableList<Reviewer> reviewers = FXCollections.observableArrayList();
    private final ObjectProperty<Reviewer> reviewer = new SimpleObjectProperty<>();
    private final ObservableList<CaseView> cases = FXCollections.observableArrayList();
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final IntegerProperty caseIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<CaseView> currentCase = new SimpleObjectProperty<>();
    private final IntegerProperty focused = new SimpleIntegerProperty(0);
    private final ObservableMap<Long, Double> currentScores = FXCollections.observableHashMap();
    private final StringProperty totalText = new SimpleStringProperty("");
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty blind = new SimpleBooleanProperty();
    private final BooleanProperty finalised = new SimpleBooleanProperty();
    private final BooleanProperty recused = new SimpleBooleanProperty();
    private final StringProperty recuseReason = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty othersText = new SimpleStringProperty("");
    private final StringProperty pledgeText = new SimpleStringProperty("");
    private final ObservableList<HistoryLine> history = FXCollections.observableArrayList();
    private final BooleanBinding editable = reviewer.isNotNull().and(currentCase.isNotNull())
            .and(finalised.not()).and(recused.not());
    ReviewerSheet sheet;
    BlindLabels labels;

    ScoringState(AppContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<Reviewer> reviewers() {
        return reviewers;
    }

    public ObjectProperty<Reviewer> reviewerProperty() {
        return reviewer;
    }

    public ObservableList<CaseView> cases() {
        return cases;
    }

    public ObservableList<Criterion> criteria() {
        return criteria;
    }

    public IntegerProperty caseIndexProperty() {
        return caseIndex;
    }

    public ObjectProperty<CaseView> currentCaseProperty() {
        return currentCase;
    }

    public IntegerProperty focusedCriterionProperty() {
        return focused;
    }

    /** The shown case's scores, criterion id → value. */
    public ObservableMap<Long, Double> currentScores() {
        return currentScores;
    }

    public StringProperty totalTextProperty() {
        return totalText;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty blindProperty() {
        return blind;
    }

    public BooleanProperty finalisedProperty() {
        return finalised;
    }

    public BooleanProperty recusedProperty() {
        return recused;
    }

    public StringProperty recuseReasonProperty() {
        return recuseReason;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** Feedback on the last key or action, e.g. why a score was refused. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The other reviewers' totals on the shown case, or why they are hidden (docs/meeting.md). */
    public StringProperty othersTextProperty() {
        return othersText;
    }

    /** The pledge the reviewer must confirm before scoring; empty when none is asked for. */
    public StringProperty pledgeTextProperty() {
        return pledgeText;
    }

    public ObservableList<HistoryLine> history() {
        return history;
    }

    /** The shown case takes scores: a reviewer is chosen, has not finalised, and is not recused. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    // --- queries and derived figures, used by the view model and the editor ----------------------

    /** Checks that the shown case may be scored, saying why not when it may not. */
    boolean checkEditable() {
        if (refusedWhileOffline()) {
            return false;
        }
        if (sheet == null || currentCase.get() == null) {
            message.set(ctx.text("scoring.chooseReviewer"));
            return false;
        }
        if (refusedWhenFinal()) {
            return false;
        }
        if (!pledgeText.get().isEmpty()) {
            message.set(ctx.text("scoring.pledgeRequired", sheet.reviewer().name()));
            return false;
        }
        if (recused.get()) {
            message.set(ctx.text("scoring.recusedNoScore"));
            return false;
        }
        return true;
    }

    /**
     * While the server is away the view is read-only (docs/server-mode.md, "Connection lost"): the
     * keys reach the view through a window-wide filter, which the greyed tab does not stop.
     */
    boolean refusedWhileOffline() {
        if (!ctx.connectedProperty().get()) {
            message.set(ctx.text("scoring.offline"));
            return true;
        }
        return false;
    }

    boolean refusedWhenFinal() {
        if (finalised.get()) {
            message.set(ctx.text("error.review.locked"));
        }
        return finalised.get();
    }

    boolean needsScores(int i) {
        long id = cases.get(i).id();
        return sheet != null && !sheet.recused(id) && !sheet.complete(id, criteria);
    }

    boolean recusedAt(int i) {
        return sheet != null && sheet.recused(cases.get(i).id());
    }

    int casesLeftToScore() {
        return (int) IntStream.range(0, cases.size()).filter(this::needsScores).count();
    }

    int indexOfCase(Long submissionId) {
        for (int i = 0; submissionId != null && i < cases.size(); i++) {
            if (cases.get(i).id() == submissionId) {
                return i;
            }
        }
        return -1;
    }

    Optional<Integer> indexOfCriterion(long criterionId) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).id() == criterionId) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    int firstUnscored() {
        for (int i = 0; i < criteria.size(); i++) {
            if (!currentScores.containsKey(criteria.get(i).id())) {
                return i;
            }
        }
        return 0;
    }

    Long currentId() {
        return currentCase.get() == null ? null : currentCase.get().id();
    }

    String mask(String text) {
        return labels == null ? text : labels.mask(text);
    }

    void updateTotal() {
        OptionalDouble total = LiveTotal.of(criteria, currentScores);
        totalText.set(total.isPresent()
                ? ctx.text("scoring.total", String.format(ctx.locale(), "%.1f", total.getAsDouble()))
                : ctx.text("scoring.totalIncomplete", LiveTotal.scoredCount(criteria, currentScores), criteria.size()));
    }

    void updateOthers() {
        CaseView cv = currentCase.get();
        if (sheet == null || cv == null) {
            othersText.set("");
            return;
        }
        var others = sheet.othersOn(cv.id());
        if (others.isEmpty()) {
            othersText.set(ctx.text("scoring.others.hidden"));
            return;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (Reviewer r : reviewers) {
            var scores = others.get().get(r.id());
            if (scores != null) {
                OptionalDouble t = LiveTotal.of(criteria, scores);
                parts.add(r.name() + " " + (t.isPresent()
                        ? kr.sangsaeng.review.format.Figures.score(t.getAsDouble(), ctx.locale())
                        : ctx.text("scoring.others.incomplete")));
            }
        }
        othersText.set(parts.isEmpty() ? ctx.text("scoring.others.none")
                : ctx.text("scoring.others", String.join(" · ", parts)));
    }

    void updateProgress() {
        int recusedCount = (int) IntStream.range(0, cases.size()).filter(this::recusedAt).count();
        int toScore = cases.size() - recusedCount;
        int scored = toScore - casesLeftToScore();
        progressText.set(sheet == null ? "" : ctx.text("scoring.progress", scored, toScore, recusedCount));
        progress.set(sheet == null || toScore == 0 ? 0.0 : (double) scored / toScore);
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
