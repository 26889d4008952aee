package kr.sangsaeng.review.ui.results;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Tasks;

/**
 * Reads the open round for the Results view whenever it is shown or another program changed the
 * file: the Scoring and Rubric tabs write to the same file, so figures computed when the app
 * started would go stale. The read is on the database thread; compiling it for the analysis on
 * the view's own thread. When nothing the figures depend on has changed, the previous analysis is
 * handed back unchanged, so what-if weights and a stability run survive switching tabs.
 */
final class ResultsLoader {
    /** A round ready to show. {@code firstOfFile}: the first read since this file was opened. */
    record Loaded(PanelAnalysis analysis, Map<Long, Decision> decisions, boolean firstOfFile) {
    }

    private record Read(PanelData data, Map<Long, Decision> decisions) {
    }

    private final AppContext ctx;
    private final Executor compute;
    private final Consumer<Loaded> onLoaded;
    private final Consumer<Throwable> onError;
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private ReviewStore loadedFrom;
    private PanelData data;
    private PanelAnalysis analysis;

    ResultsLoader(AppContext ctx, Executor compute, Consumer<Loaded> onLoaded, Consumer<Throwable> onError) {
        this.ctx = ctx;
        this.compute = compute;
        this.onLoaded = onLoaded;
        this.onError = onError;
        shown.addListener((o, was, now) -> {
            if (now) {
                load();
            }
        });
        ctx.externalChangesProperty().addListener((o, a, b) -> {
            if (shown.get()) {
                load();
            }
        });
    }

    BooleanProperty shownProperty() {
        return shown;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Another file was opened: forget this one's round, and read the new one if on screen. */
    void fileChanged() {
        loadedFrom = null;
        data = null;
        analysis = null;
        if (shown.get()) {
            load();
        }
    }

    void load() {
        ReviewStore store = OpenStore.of(ctx);
        if (store == null) {
            return;
        }
        loading.set(true);
        Tasks.create(() -> new Read(PanelLoader.load(store), decisionsOf(store)))
                .onSuccess(read -> compile(store, read))
                .onError(this::failed)
                .runOn(ctx.dbExecutor());
    }

    private void compile(ReviewStore store, Read read) {
        if (store != OpenStore.of(ctx)) {
            return;
        }
        boolean first = store != loadedFrom;
        PanelData previousData = first ? null : data;
        PanelAnalysis previous = first ? null : analysis;
        // Comparing a large round takes a moment too, so it is done off the FX thread.
        Tasks.create(() -> read.data().equals(previousData) ? previous : PanelAnalysis.of(read.data()))
                .onSuccess(compiled -> {
                    loading.set(false);
                    if (store == OpenStore.of(ctx)) {
                        loadedFrom = store;
                        data = read.data();
                        analysis = compiled;
                        onLoaded.accept(new Loaded(compiled, read.decisions(), first));
                    }
                })
                .onError(this::failed)
                .runOn(compute);
    }

    private void failed(Throwable e) {
        loading.set(false);
        onError.accept(e);
    }

    private static Map<Long, Decision> decisionsOf(ReviewStore store) {
        Map<Long, Decision> byId = new HashMap<>();
        for (Decision d : store.decisions().findAll()) {
            byId.put(d.submissionId(), d);
        }
        return byId;
    }
}
