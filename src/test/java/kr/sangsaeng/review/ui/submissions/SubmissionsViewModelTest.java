package kr.sangsaeng.review.ui.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model runs on an injected runner: tested here on the calling thread, with no FX toolkit. */
class SubmissionsViewModelTest {
    @TempDir
    Path dir;

    private AppContext ctx;
    private SubmissionsViewModel vm;
    private OpenRound round;

    @BeforeEach
    void openDemo() throws Exception {
        ctx = new AppContext(new Settings(dir.resolve("settings.properties")), Locale.ENGLISH);
        vm = new SubmissionsViewModel(ctx, TaskRunner.inline());
        round = RoundFiles.createDemo(dir.resolve("demo.sangsaeng"));
    }

    @AfterEach
    void close() {
        ctx.close();
        round.close();
    }

    @Test
    void readsTheRoundsCasesThroughTheRunner() {
        assertThat(ctx.startupOverProperty().get()).isFalse();
        vm.load(round);
        assertThat(vm.visibleRows()).hasSize(6);
        // The cases are on screen: PDFBox's warm-up, held back until now, may start.
        assertThat(ctx.startupOverProperty().get()).isTrue();
        assertThat(vm.failureProperty().get()).isEmpty();
    }

    @Test
    void aFailedReadIsShownAsASentenceNotSwallowed() {
        round.close();
        vm.load(round);
        assertThat(vm.failureProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(ctx.startupOverProperty().get()).isTrue();
    }
}
