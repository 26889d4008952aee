package kr.sangsaeng.review.ui.results;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Results view model on the demo round: loading, what-if weights, decisions and stability. */
@ExtendWith(ApplicationExtension.class)
class ResultsViewModelTest {
    @TempDir
    Path dir;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        // The view model needs the FX toolkit running, not a window.
    }

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    private ResultsViewModel shownOnDemo(Executor stabilityExecutor) throws Exception {
        ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, "vm"), Locale.ENGLISH);
        ResultsViewModel vm = fx(() -> stabilityExecutor == null ? new ResultsViewModel(ctx)
                : new ResultsViewModel(ctx, Runnable::run, stabilityExecutor));
        fx(() -> vm.shownProperty().set(true));
        waitUntil(() -> vm.rows().size() == 6 && !vm.bias().isEmpty());
        return vm;
    }

    @Test
    void showingTheViewRanksTheRoundWithHalfOfItShortlisted() throws Exception {
        ResultsViewModel vm = shownOnDemo(null);
        assertThat(vm.rule().topNProperty().get()).isEqualTo(3);
        assertThat(vm.shortlistedProperty().get()).isEqualTo(3);
        assertThat(refs(vm)).containsExactly("2022-03", "2022-01", "2022-06", "2022-05", "2022-04", "2022-02");
        assertThat(vm.agreementHeadlineProperty().get()).contains("ICC(2,1) 0.44");
        assertThat(vm.weights()).extracting(w -> w.criterion().key())
                .containsExactly("impact", "reach", "partnership", "sustainability", "originality");
    }

    @Test
    void theRuleSetHereIsTheCommitteesStoredRuleAndAWithdrawnCaseIsNamed() throws Exception {
        ResultsViewModel vm = shownOnDemo(null);
        fx(() -> vm.rule().topNProperty().set(2));
        fx(() -> vm.methodProperty().set(PanelMethod.MEDIAN));
        waitUntil(() -> vm.shortlistedProperty().get() == 2);
        var stored = ctx.dbExecutor().submit(() -> ctx.committee().rules().current()).get(10, TimeUnit.SECONDS);
        assertThat(stored.rule().topN()).isEqualTo(2);
        assertThat(stored.method()).isEqualTo(PanelMethod.MEDIAN);
        var audit = ctx.dbExecutor().submit(() -> ctx.round().store().audit().findAll()).get(10, TimeUnit.SECONDS);
        assertThat(audit).filteredOn(e -> e.entity().equals("setting")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("secretary"));

        ctx.dbExecutor().submit(() -> {
            var s = ctx.round().store().submissions().findByRef("2022-02").orElseThrow();
            ctx.round().store().submissions().update(new kr.sangsaeng.review.model.Submission(s.id(), s.ref(), s.platformId(),
                    s.platformName(), s.title(), s.areas(), s.summary(),
                    kr.sangsaeng.review.model.SubmissionStatus.WITHDRAWN));
            return null;
        }).get(10, TimeUnit.SECONDS);
        fx(() -> vm.shownProperty().set(false));
        fx(() -> vm.shownProperty().set(true));
        waitUntil(() -> vm.rows().size() == 5);
        assertThat(vm.withdrawnProperty().get()).isEqualTo("2022-02 11번가");
        assertThat(vm.rule().topNProperty().get()).as("the stored rule survives a reload").isEqualTo(2);
    }

    @Test
    void switchingToTheMedianReorders() throws Exception {
        ResultsViewModel vm = shownOnDemo(null);
        fx(() -> vm.methodProperty().set(PanelMethod.MEDIAN));
        waitUntil(() -> refs(vm).get(2).equals("2022-04"));
        assertThat(refs(vm)).containsExactly("2022-03", "2022-01", "2022-04", "2022-05", "2022-06", "2022-02");
    }

    @Test
    void whatIfWeightsReRankButNeverChangeTheStoredRubric() throws Exception {
        ResultsViewModel vm = shownOnDemo(null);
        List<String> before = refs(vm);
        fx(() -> {
            vm.weights().forEach(w -> w.weightProperty().set(0));
            vm.weights().get(1).weightProperty().set(100);
        });
        assertThat(fx(() -> vm.whatIfProperty().get())).isTrue();
        waitUntil(() -> !refs(vm).equals(before));
        List<Criterion> stored = onDb(() -> ctx.round().store().criteria().findAll());
        assertThat(stored).extracting(Criterion::weight).containsExactly(30.0, 20.0, 20.0, 15.0, 15.0);
        fx(vm::resetWeights);
        assertThat(fx(() -> vm.whatIfProperty().get())).isFalse();
        waitUntil(() -> refs(vm).equals(before));
    }

    @Test
    void aDecisionIsSavedAuditedAndCleared() throws Exception {
        ResultsViewModel vm = shownOnDemo(null);
        ResultRow first = fx(() -> vm.rows().get(0));
        fx(() -> vm.saveDecision(first, DecisionChoice.AWARDED, "  만장일치  "));
        waitUntil(() -> vm.rows().get(0).decision() != null);
        Decision stored = onDb(() -> ctx.round().store().decisions().find(first.submission().id()).orElseThrow());
        assertThat(stored.kind()).isEqualTo(DecisionKind.AWARDED);
        assertThat(stored.note()).isEqualTo("만장일치");
        fx(() -> vm.saveDecision(vm.rows().get(0), DecisionChoice.NONE, ""));
        waitUntil(() -> vm.rows().get(0).decision() == null);
        List<AuditEntry> audit = onDb(() -> ctx.round().store().audit().historyOf("2022-03"));
        assertThat(audit).filteredOn(a -> a.entity().equals("decision"))
                .extracting(AuditEntry::actor, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("secretary", null, "awarded: 만장일치"),
                        org.assertj.core.groups.Tuple.tuple("secretary", "awarded: 만장일치", null));
    }

    @Test
    void stabilityFillsTheRowsUntilTheRuleChanges() throws Exception {
        ResultsViewModel vm = shownOnDemo(null);
        fx(vm::runStability);
        waitUntil(() -> vm.rows().get(0).stability() != null);
        assertThat(vm.rows().get(0).stability().probability()).isEqualTo(1.0);
        assertThat(vm.rows()).anyMatch(ResultRow::onCutoff);
        fx(() -> vm.rule().topNProperty().set(2));
        waitUntil(() -> vm.shortlistedProperty().get() == 2);
        assertThat(vm.stabilityProperty().get()).isNull();
        assertThat(vm.rows()).allMatch(r -> r.stability() == null);
    }

    @Test
    void aCancelledStabilityRunShowsNothing() throws Exception {
        List<Runnable> held = new ArrayList<>();
        ResultsViewModel vm = shownOnDemo(held::add);
        fx(vm::runStability);
        assertThat(fx(() -> vm.stabilityRunningProperty().get())).isTrue();
        fx(vm::cancelStability);
        held.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.stabilityRunningProperty().get()).isFalse();
        assertThat(vm.stabilityProperty().get()).isNull();
        assertThat(vm.rows()).allMatch(r -> r.stability() == null);
    }

    private static List<String> refs(ResultsViewModel vm) {
        return vm.rows().stream().map(r -> r.submission().ref()).toList();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static void fx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private <T> T onDb(Callable<T> work) throws Exception {
        return ctx.dbExecutor().submit(work).get(10, TimeUnit.SECONDS);
    }
}
