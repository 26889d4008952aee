package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import kr.sangsaeng.review.DataFolderProperty;
import kr.sangsaeng.review.app.AppPaths;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.WindowOnServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Two scores kept on this computer while the server refused the round, and the app gone before it
 * came back (docs/server-mode.md, "Kept on this computer"): the next window on that round with the
 * same login sends them at once; the status bar says how many were restored, saved and refused, and
 * the banner lists the one refused because a newer score was saved meanwhile, with the reason.
 */
@ExtendWith({TestServer.class, ApplicationExtension.class})
class RestoredChangesTest {
    @RegisterExtension
    final DataFolderProperty data = new DataFolderProperty();

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ko"})
    void changesLeftUnsentByAnEarlierRunAreSentWhenTheWindowOpensTheRound(String language, FxRobot robot,
                                                                         ServerAddress server) throws Exception {
        TestServer.publishDemo(server, dir);
        long case1;
        long case2;
        long criterion;
        Reviewer reviewer;
        try (OpenRound earlier = RoundFiles.openServer(server.toString(), null)) {
            reviewer = earlier.reader().reviewers().get(0);
            earlier.meeting().pledge().confirm(reviewer.id(), Actor.reviewer(reviewer));
            case1 = earlier.reader().submissions().get(0).id();
            case2 = earlier.reader().submissions().get(1).id();
            criterion = earlier.reader().criteria().get(0).id();
            earlier.pending().keepOnDisk(AppPaths.pendingDir().orElseThrow());
            TestServer.refuseConnections(server, true);
            try {
                Actor me = Actor.reviewer(reviewer);
                assertThat(earlier.pending().score(me, reviewer.id(), case1, criterion, 2.0)).isEqualTo(PendingWrites.Outcome.KEPT);
                assertThat(earlier.pending().score(me, reviewer.id(), case2, criterion, 3.0)).isEqualTo(PendingWrites.Outcome.KEPT);
            } finally {
                TestServer.refuseConnections(server, false);
            }
        }
        // Meanwhile, from another computer, a newer score for the second case.
        try (OpenRound other = RoundFiles.openServer(server.toString(), null)) {
            Thread.sleep(2);
            other.scoring().score(Actor.reviewer(reviewer), reviewer.id(), case2, criterion, 5.0);
        }

        OpenRound round = RoundFiles.openServer(server.toString(), null);
        try (WindowOnServer window = WindowOnServer.show(robot, dir, language, round)) {
            AppContext ctx = window.ctx();
            Label status = robot.lookup("#statusLabel").queryAs(Label.class);
            String restored = ctx.text("status.restoredSent", 2, 1, 1);
            waitUntil(() -> restored.equals(status.getText()));
            assertThat(round.pending().keptOnDisk()).as("this window keeps its own unsent changes on disk too").isTrue();
            Label banner = robot.lookup("#connectionBanner").queryAs(Label.class);
            assertThat(banner.getText()).isEqualTo(ctx.text("server.pending.refused", 1));
            assertThat(robot.lookup("#refusedButton").queryAs(Button.class).isVisible()).isTrue();
            PendingWrites.Refusal refusal = round.pending().refused().get(0);
            RefusedChangesDialog.Names names = ctx.dbExecutor().submit(() -> new RefusedChangesDialog.Names(round, ctx))
                    .get(30, TimeUnit.SECONDS);
            assertThat(RefusedChangesDialog.line(ctx, names, refusal))
                    .contains(ctx.text("server.refused.newerScore", "5"));

            List<Score> onServer = ctx.dbExecutor().submit(() -> round.reader().scoresOf(reviewer.id())).get(30, TimeUnit.SECONDS);
            assertThat(onServer).filteredOn(s -> s.criterionId() == criterion && s.submissionId() == case1)
                    .singleElement().extracting(Score::value).isEqualTo(2.0);
            assertThat(onServer).filteredOn(s -> s.criterionId() == criterion && s.submissionId() == case2)
                    .singleElement().extracting(Score::value).isEqualTo(5.0);
            try (var files = Files.list(AppPaths.pendingDir().orElseThrow())) {
                assertThat(files.filter(p -> p.toString().endsWith(".json"))).as("nothing left to offer again").isEmpty();
            }
        }
    }
}
