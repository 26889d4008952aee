package kr.sangsaeng.review.ui.results;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.CommitteeServices;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.StabilityRunner;
import kr.sangsaeng.review.ui.common.Tasks;

/**
 * State of the Results view: the method, shortlist rule and what-if weights the committee has
 * chosen, and the ranking, agreement and bias they give. The round is read on the database thread
 * ({@link ResultsLoader}); figures are computed on a thread of their own, so neither a large round
 * nor a stability run ever holds up the window or the database. Results of superseded settings
 * are dropped.
 */
public final class ResultsViewModel {
    /** Who decisions made in this view are recorded as in the audit log. */
    public static final Actor ACTOR = Actor.SECRETARY;
    /** Moving a slider re-ranks once it has rested this long, not on every pixel. */
    static final Duration WEIGHT_DEBOUNCE = Duration.millis(200);

    private final AppContext ctx;
    private final PanelWording wording;
    private final Executor compute;
    private final StabilityRunner stabilityRunner;
    private final ResultsLoader loader;
    final RuleForm rule = new RuleForm();
    /** The committee's rule as last read from or written to the file; the form and method show it. */
    private ShortlistSettings stored;
    private final ObjectProperty<PanelMethod> method = new SimpleObjectProperty<>(PanelMethod.MEAN);
    private final ObservableList<WeightControl> weights = FXCollections.observableArrayList();
    private final BooleanProperty whatIf = new SimpleBooleanProperty();
    private final PauseTransition weightPause = new PauseTransition(WEIGHT_DEBOUNCE);
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty shortlisted = new SimpleIntegerProperty();
    private final StringProperty withdrawn = new SimpleStringProperty("");
    private final StringProperty agreementHeadline = new SimpleStringProperty("");
    private final ObservableList<String> agreementDetails = FXCollections.observableArrayList();
    private final ObservableList<String> bias = FXCollections.observableArrayList();
    private final ObjectProperty<StabilityResult> stability = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final Map<Long, Decision> decisions = new HashMap<>();
    private final BooleanProperty computing = new SimpleBooleanProperty();
    private final BooleanBinding busy;
    private final BooleanProperty allWeightsZero = new SimpleBooleanProperty();
    private PanelAnalysis base;
    /** Bumped by every recomputation: only the latest one is shown. */
    private long generation;
    /** Bumped whenever method, rule, weights or round change: a stability run for older ones is dropped. */
    private long settingsVersion;
    private boolean adopting;

    public ResultsViewModel(AppContext ctx) {
        this(ctx, ctx.computeExecutor(), ctx.longWorkExecutor());
    }

    ResultsViewModel(AppContext ctx, Executor compute, Executor stabilityExecutor) {
        this.ctx = ctx;
        this.wording = new PanelWording(ctx::text, ctx.locale());
        this.compute = compute;
        this.stabilityRunner = new StabilityRunner(stabilityExecutor);
        this.loader = new ResultsLoader(ctx, compute, this::adopt, this::fail);
        this.busy = Bindings.or(loader.loadingProperty(), computing);
        method.addListener((o, a, b) -> settingsChanged());
        rule.addListener(this::settingsChanged);
        weightPause.setOnFinished(e -> settingsChanged());
        ctx.roundProperty().addListener((o, a, store) -> {
            base = null;
            rows.clear();
            loader.fileChanged();
        });
    }

    /** True while the view is on screen: the round is re-read each time it is shown. */
    public BooleanProperty shownProperty() {
        return loader.shownProperty();
    }

    public ObjectProperty<PanelMethod> methodProperty() {
        return method;
    }

    public RuleForm rule() {
        return rule;
    }

    /** One per criterion, in rubric order. */
    public ObservableList<WeightControl> weights() {
        return weights;
    }

    /** True while any weight differs from the rubric's. */
    public BooleanProperty whatIfProperty() {
        return whatIf;
    }

    public ObservableList<ResultRow> rows() {
        return rows;
    }

    public IntegerProperty shortlistedProperty() {
        return shortlisted;
    }

    /** Withdrawn cases ("2022-07 Platform, …"), which are never ranked; empty when there are none. */
    public StringProperty withdrawnProperty() {
        return withdrawn;
    }

    public StringProperty agreementHeadlineProperty() {
        return agreementHeadline;
    }

    public ObservableList<String> agreementDetails() {
        return agreementDetails;
    }

    public ObservableList<String> bias() {
        return bias;
    }

    /** Reading the round or computing its figures. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    /** True when every what-if weight is 0: no total exists, so there is nothing to rank or draw around. */
    public BooleanProperty allWeightsZeroProperty() {
        return allWeightsZero;
    }

    public ReadOnlyBooleanProperty stabilityRunningProperty() {
        return stabilityRunner.runningProperty();
    }

    public ReadOnlyDoubleProperty stabilityProgressProperty() {
        return stabilityRunner.progressProperty();
    }

    /** The stability run shown in the table; null when none matches the current settings. */
    public ObjectProperty<StabilityResult> stabilityProperty() {
        return stability;
    }

    /** The last thing that went wrong, for the view to tell the user. */
    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    public void resetWeights() {
        weights.forEach(WeightControl::reset);
    }

    /** Estimates rank stability for the current method, rule and weights, off the FX thread. */
    public void runStability() {
        if (base == null || allWeightsZero.get()) {
            return;
        }
        StabilityOptions options = inEffect().stabilityOptions();
        long version = settingsVersion;
        stabilityRunner.start(currentAnalysis(), options, result -> {
            if (version == settingsVersion) {
                stability.set(result);
                recompute();
            }
        }, this::fail);
    }

    public void cancelStability() {
        stabilityRunner.cancel();
    }

    /** Records the committee's decision (or clears it with {@link DecisionChoice#NONE}); audited. */
    public void saveDecision(ResultRow row, DecisionChoice choice, String note) {
        long id = row.submission().id();
        String text = note == null ? "" : note.strip();
        Decision old = decisions.get(id);
        if (choice == DecisionChoice.of(old) && (old == null || old.note().equals(text))) {
            return;
        }
        CommitteeServices committee = ctx.committee();
        Tasks.create(() -> committee.decisions().decide(id, choice.kind(), text, ACTOR)).onSuccess(now -> {
            if (now.isEmpty()) {
                decisions.remove(id);
            } else {
                decisions.put(id, now.get());
            }
            showDecision(id);
        }).onError(e -> {
            showDecision(id); // back to what the file holds
            fail(e);
        }).runOn(ctx.dbExecutor());
    }

    private void showDecision(long submissionId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).submission().id() == submissionId) {
                rows.set(i, rows.get(i).withDecision(decisions.get(submissionId)));
            }
        }
    }

    /** A freshly read round (or the same round with other decisions) from the loader. */
    private void adopt(ResultsLoader.Loaded loaded) {
        adopting = true;
        try {
            decisions.clear();
            decisions.putAll(loaded.decisions());
            withdrawn.set(String.join(", ", loaded.withdrawn()));
            if (loaded.analysis() != base) {
                boolean sameRubric = base != null && base.table().criteria().equals(loaded.analysis().table().criteria());
                base = loaded.analysis();
                clearStability();
                if (!sameRubric) {
                    rebuildWeights();
                }
                rule.fit(base.table().submissionCount(), base.table().reviewerCount());
            }
            if (!loaded.rule().equals(stored)) {
                stored = loaded.rule();
                rule.show(stored.rule());
                method.set(stored.method());
                clearStability();
            }
        } finally {
            adopting = false;
        }
        recompute();
    }

    private void rebuildWeights() {
        weights.clear();
        for (var c : base.table().criteria()) {
            WeightControl w = new WeightControl(c);
            w.weightProperty().addListener((o, a, b) -> weightMoved());
            weights.add(w);
        }
        whatIf.set(false);
        allWeightsZero.set(weights.stream().allMatch(w -> w.weightProperty().get() == 0));
    }

    private void weightMoved() {
        whatIf.set(weights.stream().anyMatch(w -> w.changedProperty().get()));
        allWeightsZero.set(weights.stream().allMatch(w -> w.weightProperty().get() == 0));
        weightPause.playFromStart();
    }

    private void settingsChanged() {
        if (adopting) {
            return;
        }
        clearStability();
        recompute();
        saveRule();
    }

    /** The committee's stored rule with the method and shortlist rule shown in the view. */
    private ShortlistSettings inEffect() {
        ShortlistSettings base = stored == null ? ShortlistSettings.defaults(rows.size()) : stored;
        return base.withMethod(method.get()).withRule(rule.toRule());
    }

    /**
     * What the committee sets here is its rule: it is written to the file (audited) at once, so the
     * export dialog, the exports and the command line follow it. A threshold still being typed
     * (not a number yet) is not written.
     */
    private void saveRule() {
        // The stored rule is the secretary's (docs/server-mode.md): for a reviewer's login the method
        // and rule change only what this window shows.
        if (stored == null || !rule.thresholdValidProperty().get() || ctx.reviewerLoginProperty().get()) {
            return;
        }
        ShortlistSettings next = inEffect();
        if (next.equals(stored)) {
            return;
        }
        stored = next;
        CommitteeServices committee = ctx.committee();
        Tasks.create(() -> committee.rules().set(next, ACTOR))
                .onSuccess(x -> { })
                .onError(e -> {
                    fail(e);
                    loader.load(); // back to what the file holds
                })
                .runOn(ctx.dbExecutor());
    }

    private void clearStability() {
        settingsVersion++;
        stabilityRunner.cancel();
        stability.set(null);
    }

    private double[] whatIfWeights() {
        if (!whatIf.get()) {
            return null;
        }
        return weights.stream().mapToDouble(w -> w.weightProperty().get()).toArray();
    }

    private PanelAnalysis currentAnalysis() {
        double[] w = whatIfWeights();
        return w == null ? base : base.withWeights(w);
    }

    private void recompute() {
        if (base == null) {
            return;
        }
        var in = new ResultsComputation.Inputs(base, whatIfWeights(), method.get(), rule.toRule(), Map.copyOf(decisions),
                stability.get());
        long gen = ++generation;
        computing.set(true);
        Tasks.create(() -> ResultsComputation.compute(in, wording))
                .onSuccess(s -> {
                    if (gen == generation) {
                        show(s);
                    }
                })
                .onError(this::fail)
                .runOn(compute);
    }

    private void show(ResultsSnapshot s) {
        rows.setAll(s.rows());
        shortlisted.set(s.shortlisted());
        agreementHeadline.set(s.agreementHeadline());
        agreementDetails.setAll(s.agreementDetails());
        bias.setAll(s.bias());
        computing.set(false);
    }

    private void fail(Throwable e) {
        computing.set(false);
        failure.set(e);
    }
}
