package kr.sangsaeng.review.ui.rubric;

import kr.sangsaeng.review.service.RubricImpact;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.TaskRunner;

/**
 * The rubric editor: a working copy of the criteria that is checked as it is typed and saved as a
 * whole (weights can only add up to 100 once several lines are edited), plus the round's blind mode.
 */
public final class RubricViewModel {
    private final AppContext ctx;
    private final TaskRunner runner;
    private final ObservableList<CriterionDraft> drafts = FXCollections.observableArrayList(CriterionDraft::observables);
    private final ObjectProperty<CriterionDraft> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty weightSum = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty blind = new SimpleBooleanProperty();
    private final BooleanProperty weightsAddUp = new SimpleBooleanProperty(true);
    private final List<Criterion> removed = new ArrayList<>();
    private List<RubricValidator.Problem> found = List.of();
    private List<Criterion> saved = List.of();
    private List<Score> scores = List.of();
    private boolean showingFile;
    private OpenRound store;

    record Loaded(List<Criterion> criteria, List<Score> scores, boolean blind) {
    }

    public RubricViewModel(AppContext ctx, TaskRunner runner) {
        this.ctx = ctx;
        this.runner = runner;
        drafts.addListener((javafx.collections.ListChangeListener<CriterionDraft>) c -> check());
        blind.addListener((o, was, on) -> {
            if (!showingFile) {
                saveBlindMode(on);
            }
        });
        ctx.roundProperty().addListener((o, a, s) -> load(s));
        ctx.externalChangesProperty().addListener((o, a, b) -> reloadUnlessEditing());
    }

    public ObservableList<CriterionDraft> drafts() {
        return drafts;
    }

    public ObjectProperty<CriterionDraft> selectedProperty() {
        return selected;
    }

    /** What is wrong with the rubric as typed, one sentence each. */
    public ObservableList<String> problems() {
        return problems;
    }

    public BooleanProperty validProperty() {
        return valid;
    }

    /** The working copy differs from the file. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty weightSumProperty() {
        return weightSum;
    }

    public BooleanProperty weightsAddUpProperty() {
        return weightsAddUp;
    }

    /** The outcome of the last save, for the status line. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The round's blind mode; changing it is saved at once. */
    public BooleanProperty blindProperty() {
        return blind;
    }

    /** Reads the rubric, every score (to count what a change would affect) and the round. */
    public void load(OpenRound next) {
        store = next;
        if (next == null) {
            show(new Loaded(List.of(), List.of(), false));
            return;
        }
        runner.run(() -> read(next), this::show, e -> status.set(ErrorMessages.describe(ctx, e)));
    }

    /**
     * Re-reads the file when the tab is shown, unless there are edits that would be lost, also
     * edits begun while the file was being read.
     */
    public void reloadUnlessEditing() {
        OpenRound s = store;
        if (s == null || dirty.get()) {
            return;
        }
        runner.run(() -> read(s), l -> {
            if (!dirty.get() && s == store) {
                show(l);
            }
        }, e -> status.set(ErrorMessages.describe(ctx, e)));
    }

    private static Loaded read(OpenRound s) {
        return new Loaded(s.reader().criteria(), s.reader().scores(), s.reader().round().blindMode());
    }

    private void show(Loaded l) {
        saved = l.criteria();
        scores = l.scores();
        removed.clear();
        showingFile = true;
        blind.set(l.blind());
        showingFile = false;
        int keep = selected.get() == null ? 0 : Math.max(0, drafts.indexOf(selected.get()));
        drafts.setAll(l.criteria().stream().map(CriterionDraft::of).toList());
        selected.set(drafts.isEmpty() ? null : drafts.get(Math.min(keep, drafts.size() - 1)));
        check();
    }

    public void add() {
        int n = drafts.size() + 1;
        String key = "criterion" + n;
        while (hasKey(key)) {
            key = "criterion" + ++n;
        }
        CriterionDraft d = CriterionDraft.blank(key, ctx.text("rubric.newCriterion", n));
        drafts.add(d);
        selected.set(d);
    }

    private boolean hasKey(String key) {
        return drafts.stream().anyMatch(d -> key.equalsIgnoreCase(d.keyProperty().get()));
    }

    /** Takes a criterion out of the working copy; its scores are dealt with, after confirmation, on save. */
    public void remove(CriterionDraft d) {
        int i = drafts.indexOf(d);
        if (i < 0) {
            return;
        }
        if (d.original() != null) {
            removed.add(d.original());
        }
        drafts.remove(i);
        selected.set(drafts.isEmpty() ? null : drafts.get(Math.min(i, drafts.size() - 1)));
    }

    public void move(CriterionDraft d, int delta) {
        int i = drafts.indexOf(d);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= drafts.size()) {
            return;
        }
        drafts.add(j, drafts.remove(i));
        selected.set(d);
    }

    public void revert() {
        load(store);
    }

    /** How many scores on this criterion are in the file (shown beside it, and in warnings). */
    public int scoreCount(CriterionDraft d) {
        return d.original() == null ? 0 : (int) scores.stream().filter(s -> s.criterionId() == d.id()).count();
    }

    /** The fields of one criterion that have a problem, to mark them in the form. */
    public Set<RubricValidator.Field> invalidFields(CriterionDraft d) {
        int row = drafts.indexOf(d);
        Set<RubricValidator.Field> fields = EnumSet.noneOf(RubricValidator.Field.class);
        found.stream().filter(p -> p.row() == row).forEach(p -> fields.add(p.field()));
        return fields;
    }

    /** What saving would do to existing scores; only meaningful while the rubric is valid. */
    public RubricImpact impact() {
        return RubricImpact.of(saved, edited(), scores);
    }

    /** The impact as sentences for a dialog. */
    public List<String> describe(List<RubricImpact.Line> lines) {
        return lines.stream().map(l -> ctx.text(l.messageKey(), l.args())).toList();
    }

    private List<Criterion> edited() {
        List<Criterion> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            out.add(drafts.get(i).toCriterion(i + 1));
        }
        return out;
    }

    /**
     * Saves the working copy in one transaction: removed criteria lose their scores first (each
     * deletion audited), edited ones are updated, new ones added, and the order written.
     */
    public void save() {
        save(() -> { });
    }

    /** Saves as {@link #save()} does, then runs {@code then} once the rubric is in the file. */
    public void save(Runnable then) {
        if (!valid.get() || store == null) {
            return;
        }
        OpenRound s = store;
        List<Criterion> now = edited();
        runner.run(() -> {
            s.panel().saveRubric(Actor.SECRETARY, now);
            return null;
        }, x -> {
            status.set(ctx.text("rubric.saved"));
            dirty.set(false);
            load(s);
            then.run();
        }, e -> status.set(ErrorMessages.describe(ctx, e)));
    }

    private void saveBlindMode(boolean on) {
        if (store == null) {
            return;
        }
        OpenRound s = store;
        runner.run(() -> s.panel().setBlindMode(Actor.SECRETARY, on),
                x -> status.set(ctx.text(on ? "rubric.blindOn" : "rubric.blindOff")),
                e -> {
                    status.set(ErrorMessages.describe(ctx, e));
                    load(s);
                });
    }

    private void check() {
        found = RubricValidator.validate(drafts.stream().map(CriterionDraft::row).toList());
        problems.setAll(found.stream().map(p -> ctx.text(p.messageKey(), p.args())).toList());
        weightsAddUp.set(found.stream().noneMatch(p -> p.row() < 0));
        valid.set(found.isEmpty());
        double sum = drafts.stream().map(d -> RubricValidator.number(d.weightProperty().get()))
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        weightSum.set(ctx.text("rubric.weightSum", RubricValidator.format(sum)));
        dirty.set(!removed.isEmpty() || drafts.size() != saved.size() || changedOrEdited());
    }

    private boolean changedOrEdited() {
        Map<Long, Integer> order = saved.stream().collect(Collectors.toMap(Criterion::id, saved::indexOf));
        for (int i = 0; i < drafts.size(); i++) {
            CriterionDraft d = drafts.get(i);
            if (d.changed() || !Integer.valueOf(i).equals(order.get(d.id()))) {
                return true;
            }
        }
        return false;
    }
}
