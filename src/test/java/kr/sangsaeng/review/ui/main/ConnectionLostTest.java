package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.Failure;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * When the server goes away (every session ended and new ones refused, as during a restart), the
 * window shows a banner and takes no input; a change made meanwhile is reported as not saved, never
 * dropped silently; when the server answers again the banner goes and changes are saved again.
 */
@ExtendWith(TestServer.class)
class ConnectionLostTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.withoutRound(Locale.ENGLISH);

    @TempDir
    static Path dir;

    private AppContext ctx;

    @Test
    void showsABannerLocksTheViewsReportsUnsavedChangesAndRecovers(FxRobot robot, ServerAddress server) throws Exception {
        TestServer.publishDemo(server, dir);
        OpenRound round = RoundFiles.openServer(server.toString(), null);
        Reviewer reviewer = round.reader().reviewers().get(0);
        round.meeting().pledge().confirm(reviewer.id(), Actor.reviewer(reviewer)); // scoring needs the pledge first
        long submission = round.reader().submissions().get(0).id();
        long criterion = round.reader().criteria().get(0).id();
        Platform.runLater(() -> ctx.setRound(round));
        Label banner = robot.lookup("#connectionBanner").queryAs(Label.class);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        waitUntil(() -> ctx.round() == round);
        assertThat(banner.isVisible()).isFalse();

        TestServer.refuseConnections(server, true);
        try {
            waitUntil(banner::isVisible);
            assertThat(banner.getText()).contains("Connection to the server lost").doesNotContain("Exception");
            assertThat(tabs.getSelectionModel().getSelectedItem().getContent().isDisabled()).isTrue();

            // A change that reaches the store meanwhile is refused with a sentence, not lost in silence.
            Future<Boolean> write = ctx.dbExecutor().submit(
                    () -> round.scoring().score(Actor.reviewer(reviewer), reviewer.id(), submission, criterion, 3.0));
            Throwable refused = catchThrowable(() -> write.get(30, TimeUnit.SECONDS));
            assertThat(Failure.of(refused).kind()).isEqualTo(Failure.Kind.SERVER_LOST);
            assertThat(ErrorMessages.describe(ctx, refused)).contains("was not saved").doesNotContain("Exception");
        } finally {
            TestServer.refuseConnections(server, false);
        }
        waitUntil(() -> !banner.isVisible());
        assertThat(tabs.getSelectionModel().getSelectedItem().getContent().isDisabled()).isFalse();
        // Connected again: the same change is saved.
        ctx.dbExecutor().submit(
                () -> round.scoring().score(Actor.reviewer(reviewer), reviewer.id(), submission, criterion, 3.0))
                .get(30, TimeUnit.SECONDS);
        assertThat(ctx.dbExecutor().submit(() -> round.reader().scoresOf(reviewer.id())).get(30, TimeUnit.SECONDS))
                .anyMatch(sc -> sc.submissionId() == submission && sc.criterionId() == criterion && sc.value() == 3.0);
    }
}
