package kr.sangsaeng.review.ui.rubric;

import kr.sangsaeng.review.service.RubricImpact;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rubric editor on a real demo file (5 criteria, 30/20/20/15/15, scored by three reviewers). */
class RubricViewModelTest {
    @TempDir
    Path dir;

    private ReviewStore store;
    private AppContext ctx;
    private RubricViewModel vm;

    @BeforeEach
    void openDemo() throws Exception {
        store = DemoRound.createAt(dir.resolve("demo.sangsaeng"));
        ctx = new AppContext(new Settings(dir.resolve("settings.properties")), Locale.ENGLISH);
        vm = new RubricViewModel(ctx, TaskRunner.inline());
        ctx.setRound(kr.sangsaeng.review.service.TestRounds.over(store));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private CriterionDraft draft(String key) {
        return vm.drafts().stream().filter(d -> d.keyProperty().get().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDemoRubricIsValidAndUnchanged() {
        assertThat(vm.drafts()).hasSize(5);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.weightSumProperty().get()).isEqualTo(ctx.text("rubric.weightSum", "100"));
        assertThat(vm.scoreCount(draft("impact"))).isEqualTo(17);
    }

    @Test
    void saysWhatIsWrongAsTheSecretaryTypes() {
        draft("impact").weightProperty().set("35");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).containsExactly(ctx.text("rubric.problem.weightSum", "105"));
        draft("reach").minProperty().set("5");
        assertThat(vm.invalidFields(draft("reach"))).containsExactly(RubricValidator.Field.MAX);
        draft("reach").minProperty().set("1");
        draft("reach").weightProperty().set("15");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void addsReordersAndSavesInOneGo() {
        vm.add();
        CriterionDraft added = vm.selectedProperty().get();
        added.keyProperty().set("digital");
        added.labelProperty().set("디지털 전환");
        added.weightProperty().set("10");
        draft("impact").weightProperty().set("20");
        vm.move(added, -5);
        assertThat(vm.impact().warnings()).extracting(RubricImpact.Line::messageKey)
                .contains("rubric.impact.added", "rubric.impact.weights");
        vm.save();

        assertThat(store.criteria().findAll()).extracting(Criterion::key)
                .containsExactly("digital", "impact", "reach", "partnership", "sustainability", "originality");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(ctx.text("rubric.saved"));
    }

    @Test
    void removingAScoredCriterionDeletesItsScoresOnlyOnSaveAndAuditsEachOne() {
        int scores = store.scores().count();
        int audit = store.audit().count();
        vm.remove(draft("originality"));
        draft("impact").weightProperty().set("45");
        assertThat(store.scores().count()).as("nothing changes before saving").isEqualTo(scores);
        RubricImpact impact = vm.impact();
        assertThat(vm.describe(impact.warnings()))
                .contains(ctx.text("rubric.impact.remove", "독창성 (Originality)", 16));

        vm.save();
        assertThat(store.criteria().findAll()).hasSize(4);
        assertThat(store.scores().count()).isEqualTo(scores - 16);
        assertThat(store.audit().count()).isEqualTo(audit + 16);
    }

    @Test
    void aNarrowerScaleThatWouldStrandScoresIsBlocked() {
        draft("impact").maxProperty().set("4");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.impact().blockers()).extracting(RubricImpact.Line::messageKey)
                .containsExactly("rubric.impact.outOfScale");
    }

    @Test
    void revertDiscardsTheEdits() {
        vm.remove(draft("reach"));
        vm.revert();
        assertThat(vm.drafts()).hasSize(5);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void anEditBegunWhileTheTabReloadsIsKept() {
        kr.sangsaeng.review.ui.QueuedRunner queued = new kr.sangsaeng.review.ui.QueuedRunner();
        RubricViewModel slow = new RubricViewModel(ctx, queued);
        slow.load(kr.sangsaeng.review.service.TestRounds.over(store));
        queued.drain();
        slow.reloadUnlessEditing();
        slow.drafts().get(0).weightProperty().set("25");
        queued.drain();
        assertThat(slow.drafts().get(0).weightProperty().get()).isEqualTo("25");
        assertThat(slow.dirtyProperty().get()).isTrue();
    }

    @Test
    void blindModeIsSavedAtOnce() {
        vm.blindProperty().set(true);
        assertThat(store.round().get().blindMode()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo(ctx.text("rubric.blindOn"));
    }
}
