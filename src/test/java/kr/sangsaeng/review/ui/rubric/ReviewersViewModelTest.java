package kr.sangsaeng.review.ui.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewersViewModelTest {
    @TempDir
    Path dir;

    private ReviewStore store;
    private AppContext ctx;
    private ReviewersViewModel vm;

    @BeforeEach
    void openDemo() throws Exception {
        store = DemoRound.createAt(dir.resolve("demo.sangsaeng"));
        ctx = new AppContext(new Settings(dir.resolve("settings.properties")), Locale.ENGLISH);
        vm = new ReviewersViewModel(ctx, TaskRunner.inline());
        ctx.setRound(kr.sangsaeng.review.service.TestRounds.over(store));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void listsThePanelWithTheirWork() {
        assertThat(vm.rows()).hasSize(3);
        ReviewersViewModel.Row chair = vm.rows().get(0);
        assertThat(chair.scores()).isEqualTo(30);
        assertThat(chair.reviews()).isEqualTo(2);
    }

    @Test
    void addsAReviewerOnlyUnderAFreeName() {
        vm.nameProperty().set("김서연 (예시 위원장)");
        assertThat(vm.canAddProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo(ctx.text("rubric.reviewer.nameTaken", "김서연 (예시 위원장)"));
        vm.nameProperty().set("  ");
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.nameProperty().set("정다은");
        vm.roleProperty().set("외부 위원");
        vm.add();
        assertThat(store.reviewers().findByName("정다은")).map(Reviewer::role).contains("외부 위원");
        assertThat(vm.rows()).hasSize(4);
    }

    @Test
    void renamesTheSelectedReviewer() {
        vm.selectedProperty().set(vm.rows().get(1));
        assertThat(vm.canSaveProperty().get()).as("keeping one's own name is fine").isTrue();
        vm.nameProperty().set("박준호");
        vm.saveSelected();
        assertThat(store.reviewers().findAll()).extracting(Reviewer::name).contains("박준호");
    }

    @Test
    void removingAReviewerSaysWhatGoesAndAuditsIt() {
        ReviewersViewModel.Row partial = vm.rows().get(2);
        assertThat(vm.removalQuestion(partial)).isEqualTo(
                ctx.text("rubric.reviewer.confirmRemoveWork", partial.reviewer().name(), 24, 2));
        int audit = store.audit().count();
        vm.remove(partial);
        assertThat(store.reviewers().findAll()).hasSize(2);
        assertThat(store.audit().count()).isEqualTo(audit + 24 + 2);
    }

    @Test
    void aNameTypedButNotAddedIsADraftThatSurvivesARereadAndCanBeDiscarded() {
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.nameProperty().set("정다은");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.load(ctx.round());
        assertThat(vm.nameProperty().get()).as("re-reading the panel keeps what is typed").isEqualTo("정다은");
        vm.discardDraft();
        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void savingTheDraftAddsTheReviewerAndClearsTheForm() {
        vm.nameProperty().set("정다은");
        boolean[] after = {false};
        assertThat(vm.saveDraft(() -> after[0] = true)).isTrue();
        assertThat(after[0]).isTrue();
        assertThat(store.reviewers().findByName("정다은")).isPresent();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }
}
