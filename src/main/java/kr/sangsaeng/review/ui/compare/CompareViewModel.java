package kr.sangsaeng.review.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.service.CommitteeServices;
import kr.sangsaeng.review.charts.Normalisation;
import kr.sangsaeng.review.charts.RoundMetrics;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.StabilityRunner;
import kr.sangsaeng.review.ui.common.TaskRunner;
import org.jfree.chart.JFreeChart;

/**
 * State of the Compare view: the user's choices, the pickers' choices (which depend on the chart
 * and the round), and the chart they give. Reads the round on the database thread and runs rank
 * stability on a thread of its own, so neither the FX thread nor the file waits on the other.
 */
public final class CompareViewModel {
    private final AppContext ctx;
    private final javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty();
    private boolean stale = true;
    private final ObjectProperty<ChartKind> kind = new SimpleObjectProperty<>(ChartKind.METRIC);
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>();
    private final ObjectProperty<Metric> yMetric = new SimpleObjectProperty<>();
    private final ObjectProperty<Metric> sizeMetric = new SimpleObjectProperty<>();
    private final ObjectProperty<Metric> baseline = new SimpleObjectProperty<>();
    private final ObservableList<Metric> baselineChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Normalisation> normalisation = new SimpleObjectProperty<>(Normalisation.RAW);
    private final ObjectProperty<Submission> profileCase = new SimpleObjectProperty<>();
    private final IntegerProperty topN = new SimpleIntegerProperty(3);
    private final ObservableList<Metric> metricChoices = FXCollections.observableArrayList();
    private final ObservableList<Metric> otherMetricChoices = FXCollections.observableArrayList();
    private final ObservableList<Normalisation> scaleChoices = FXCollections.observableArrayList();
    private final ObservableList<Submission> cases = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ExecutorService compute;
    private final TaskRunner runner;
    private final StabilityRunner stability;
    private CompareData data;
    /** The committee's stored rule, read with the round: the stability chart follows it. */
    private ShortlistSettings committeeRule;
    private boolean adjusting;
    /** The chart the metric pickers were last filled for. */
    private ChartKind choicesFor;

    /**
     * @param runner  reads the round (the database thread, or inline in tests)
     * @param compute long work away from the file's thread: stability draws and chart files; owned
     *                (and shut down) by the app context
     */
    public CompareViewModel(AppContext ctx, TaskRunner runner, ExecutorService compute) {
        this.ctx = ctx;
        this.runner = runner;
        this.compute = compute;
        this.stability = new StabilityRunner(compute);
        kind.addListener((o, a, b) -> changed(true));
        metric.addListener((o, a, b) -> changed(true));
        yMetric.addListener((o, a, b) -> changed(true));
        for (var p : List.of(sizeMetric, normalisation, profileCase)) {
            p.addListener((o, a, b) -> changed(false));
        }
        topN.addListener((o, a, b) -> changed(false));
        baseline.addListener((o, a, b) -> baselineChosen(b));
        // The round is read only while the tab is on screen: on a large round it is a second or more
        // of database work that must not delay the first view a user sees.
        ctx.roundProperty().addListener((o, a, store) -> requestLoad());
        ctx.externalChangesProperty().addListener((o, a, b) -> requestLoad());
        // An import into the open file brings figures (and the baselines its headers name).
        ctx.dataChangedProperty().addListener((o, a, b) -> requestLoad());
        shown.addListener((o, a, now) -> {
            if (now && stale) {
                load(ctx.round());
            }
        });
    }

    /** True while the Compare tab is on screen. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return shown;
    }

    /** Reads the round now if the tab is on screen, else when it is next shown. */
    public void requestLoad() {
        stale = true;
        if (shown.get()) {
            load(ctx.round());
        }
    }

    public ObjectProperty<ChartKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public ObjectProperty<Metric> yMetricProperty() {
        return yMetric;
    }

    public ObjectProperty<Metric> sizeMetricProperty() {
        return sizeMetric;
    }

    public ObjectProperty<Normalisation> normalisationProperty() {
        return normalisation;
    }

    public ObjectProperty<Submission> profileCaseProperty() {
        return profileCase;
    }

    public IntegerProperty topNProperty() {
        return topN;
    }

    /**
     * The growth figure's baseline as the file stores it; choosing another writes it to the file
     * (audited) and redraws. Null is "no baseline".
     */
    public ObjectProperty<Metric> baselineProperty() {
        return baseline;
    }

    /** "No baseline" (null), then the figures the growth figure can be measured against. */
    public ObservableList<Metric> baselineChoices() {
        return baselineChoices;
    }

    /** Metrics the first picker offers: every metric (for the growth chart, each a possible growth figure). */
    public ObservableList<Metric> metricChoices() {
        return metricChoices;
    }

    /** Every metric, for the scatter's y and size pickers. */
    public ObservableList<Metric> otherMetricChoices() {
        return otherMetricChoices;
    }

    public ObservableList<Normalisation> scaleChoices() {
        return scaleChoices;
    }

    public ObservableList<Submission> cases() {
        return cases;
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** Why there is no chart (or what is being computed); empty when a chart is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StabilityRunner stability() {
        return stability;
    }

    /** The worker for long work (stability draws, exports), away from the file's thread. */
    public ExecutorService computeExecutor() {
        return compute;
    }

    /** Reads the round's figures and scores on the database thread, then draws. */
    public void load(OpenRound store) {
        stale = false;
        if (store == null) {
            data = null;
            chart.set(null);
            return;
        }
        loading.set(true);
        message.set(ctx.text("compare.loading"));
        CommitteeServices committee = store.committee();
        runner.run(() -> new Loaded(CompareData.read(store), committee.rules().current()), loaded -> {
            loading.set(false);
            committeeRule = loaded.rule();
            show(loaded.data());
        }, e -> {
            loading.set(false);
            message.set(ErrorMessages.describe(ctx, e));
        });
    }

    private record Loaded(CompareData data, ShortlistSettings rule) {
    }

    /** A fresh chart for the current choices, for export (the one on screen stays the screen's). */
    public JFreeChart exportChart() {
        return data == null ? null : CompareCharts.build(data, selection(), stabilityResult(), ctx.locale()).chart();
    }

    private void show(CompareData loaded) {
        boolean first = data == null;
        data = loaded;
        adjusting = true;
        try {
            RoundMetrics m = loaded.metrics();
            otherMetricChoices.setAll(m.metrics());
            cases.setAll(loaded.analysis().table().submissions());
            if (profileCase.get() == null || !cases.contains(profileCase.get())) {
                profileCase.set(cases.isEmpty() ? null : cases.get(0));
            }
            // The committee's stored number of places, the same the Results view and the exports use.
            int n = cases.size();
            if (first || topN.get() > n) {
                int stored = committeeRule.rule().topN();
                topN.set(Math.max(1, Math.min(n, stored > 0 ? stored : Math.min(10, n / 2))));
            }
            refreshMetricChoices();
        } finally {
            adjusting = false;
        }
        rebuild();
    }

    private void changed(boolean choicesDepend) {
        if (adjusting || data == null) {
            return;
        }
        if (choicesDepend) {
            adjusting = true;
            try {
                refreshMetricChoices();
            } finally {
                adjusting = false;
            }
        }
        rebuild();
    }

    private void refreshMetricChoices() {
        RoundMetrics m = data.metrics();
        List<Metric> choices = m.metrics();
        if (!metricChoices.equals(choices)) {
            metricChoices.setAll(choices);
        }
        boolean growth = kind.get() == ChartKind.GROWTH;
        // Turning to the growth chart moves off a figure without a baseline (the merchants, say);
        // once there, a figure the user picks stays picked so its baseline can be chosen.
        boolean enteringGrowth = growth && choicesFor != ChartKind.GROWTH;
        choicesFor = kind.get();
        Metric kept = GrowthPickers.sameMetric(choices, metric.get()).orElse(null);
        if (kept == null || (enteringGrowth && !kept.hasBaseline())) {
            kept = growth ? GrowthPickers.firstChoice(m).orElse(null)
                    : choices.isEmpty() ? null : m.merchantMetric().orElse(choices.get(0));
        }
        metric.set(kept);
        Metric y = GrowthPickers.sameMetric(choices, yMetric.get()).orElse(null);
        yMetric.set(y == null || y.equals(metric.get()) ? bestPartner(m, metric.get()) : y);
        sizeMetric.set(GrowthPickers.sameMetric(choices, sizeMetric.get()).orElse(null));
        baselineChoices.setAll(GrowthPickers.baselineChoices(m, metric.get()));
        baseline.set(GrowthPickers.storedBaseline(m, metric.get()));
        List<Normalisation> scales = new ArrayList<>();
        for (Normalisation n : Normalisation.values()) {
            if (metric.get() == null || n.appliesTo(metric.get(), m)
                    || (kind.get() == ChartKind.SCATTER && yMetric.get() != null && n.appliesTo(yMetric.get(), m))) {
                scales.add(n);
            }
        }
        scaleChoices.setAll(scales);
        if (!scales.contains(normalisation.get())) {
            normalisation.set(Normalisation.RAW);
        }
    }

    /** Writes the baseline the user picked for the growth figure on screen, then reads the round again. */
    private void baselineChosen(Metric chosen) {
        Metric growth = metric.get();
        OpenRound round = ctx.round();
        if (adjusting || data == null || growth == null || round == null) {
            return;
        }
        long wanted = chosen == null ? 0 : chosen.id();
        if (wanted == growth.baselineMetricId()) {
            return;
        }
        runner.run(() -> round.figures().setBaseline(Actor.SECRETARY, growth.id(), wanted), changed -> requestLoad(),
                e -> {
                    adjusting = true;
                    try {
                        baseline.set(GrowthPickers.storedBaseline(data.metrics(), growth));
                    } finally {
                        adjusting = false;
                    }
                    message.set(ErrorMessages.describe(ctx, e));
                });
    }

    /** The y metric reported by most of the cases that report x: the scatter with the most points. */
    private static Metric bestPartner(RoundMetrics m, Metric x) {
        return m.metrics().stream().filter(y -> !y.equals(x))
                .max(Comparator.comparingLong((Metric y) -> m.submissions().stream()
                        .filter(s -> x != null && m.value(s, x).isPresent() && m.value(s, y).isPresent()).count())
                        .thenComparing(Comparator.comparingInt(Metric::position).reversed()))
                .orElse(null);
    }

    private CompareSelection selection() {
        return new CompareSelection(kind.get(), metric.get(), yMetric.get(), sizeMetric.get(), normalisation.get(),
                profileCase.get(), topN.get());
    }

    private StabilityResult stabilityResult() {
        if (kind.get() != ChartKind.STABILITY || data.analysis().table().reviewCount() == 0) {
            return null;
        }
        return stability.resultFor(data.analysis(), stabilityOptions(), this::rebuild, e -> {
            chart.set(null);
            message.set(ctx.text("compare.stabilityFailed",
                    ErrorMessages.describe(ctx, e)));
        });
    }

    /** The committee's stored rule and stability settings, with the number of places chosen here. */
    private StabilityOptions stabilityOptions() {
        ShortlistRule r = committeeRule.rule();
        return committeeRule.withRule(new ShortlistRule(topN.get(), r.threshold(), r.maxPerArea(), r.minReviews()))
                .stabilityOptions();
    }

    private void rebuild() {
        if (data == null) {
            return;
        }
        if (kind.get() != ChartKind.STABILITY) {
            stability.cancel();
        }
        CompareCharts.Built built = CompareCharts.build(data, selection(), stabilityResult(), ctx.locale());
        chart.set(built.chart());
        message.set(built.messageKey() == null ? ""
                : ctx.text(built.messageKey(), committeeRule.draws(), built.metricLabel()));
    }
}
