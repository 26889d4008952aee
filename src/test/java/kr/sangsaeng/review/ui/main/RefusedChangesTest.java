package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javax.imageio.ImageIO;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.WindowOnServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Two scores kept while the connection was lost; meanwhile another window saved a newer score in
 * the first cell. On return the second is saved, the first is refused, and the banner and its list
 * say which, with the value the reviewer typed (docs/server-mode.md, "Connection lost"). Drawn at
 * 1280×800 in both languages (target/screenshots/refused-changes-*.png).
 */
@ExtendWith({TestServer.class, ApplicationExtension.class})
class RefusedChangesTest {
    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ko"})
    void aScoreRefusedOnReturnIsListedWithTheReviewersValueAndWhy(String language, FxRobot robot, ServerAddress server)
            throws Exception {
        TestServer.publishDemo(server, dir);
        OpenRound round = RoundFiles.openServer(server.toString(), null);
        @SuppressWarnings("deprecation")
        long me = round.store().reviewers().insert("오프라인 위원 (test)", "위원");
        round.meeting().pledge().confirm(me, Actor.SECRETARY);
        Actor actor = Actor.reviewer(round.reader().reviewers().stream().filter(r -> r.id() == me).findFirst().orElseThrow());
        long case1 = round.reader().submissions().get(0).id();
        long case2 = round.reader().submissions().get(1).id();
        Criterion criterion = round.reader().criteria().get(0);

        try (WindowOnServer window = WindowOnServer.show(robot, dir, language, round)) {
            AppContext ctx = window.ctx();
            Label banner = robot.lookup("#connectionBanner").queryAs(Label.class);
            CountDownLatch busy = new CountDownLatch(1);
            TestServer.refuseConnections(server, true);
            try {
                waitUntil(banner::isVisible);
                for (long c : List.of(case1, case2)) {
                    PendingWrites.Outcome kept = ctx.dbExecutor().submit(
                            () -> round.pending().score(actor, me, c, criterion.id(), c == case1 ? 3.0 : 2.0)).get(30, TimeUnit.SECONDS);
                    assertThat(kept).isEqualTo(PendingWrites.Outcome.KEPT);
                }
                waitUntil(() -> banner.getText().contains(ctx.text("server.pending.kept", ctx.text("server.pending.scores", 2))));
                // Hold the database thread so the other window's write lands before the kept ones are sent.
                ctx.dbExecutor().execute(() -> FxTestSupport.awaitQuietly(busy));
            } finally {
                TestServer.refuseConnections(server, false);
            }
            try (OpenRound other = RoundFiles.openServer(server.toString(), null)) {
                other.scoring().score(actor, me, case1, criterion.id(), 5.0);
            }
            busy.countDown();

            waitUntil(() -> banner.getText().equals(ctx.text("server.pending.refused", 1)));
            Button show = robot.lookup("#refusedButton").queryButton();
            assertThat(show.isVisible()).isTrue();
            List<Score> onServer = ctx.dbExecutor().submit(() -> round.reader().scoresOf(me)).get(30, TimeUnit.SECONDS);
            assertThat(onServer).extracting(Score::submissionId, Score::value)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(case1, 5.0),
                            org.assertj.core.groups.Tuple.tuple(case2, 2.0));

            robot.clickOn(show);
            waitUntil(() -> robot.lookup("#" + RefusedChangesDialog.DIALOG_ID).tryQuery().isPresent());
            DialogPane pane = robot.lookup("#" + RefusedChangesDialog.DIALOG_ID).queryAs(DialogPane.class);
            String listed = ((TextArea) pane.getContent()).getText();
            assertThat(listed).contains(criterion.label())
                    .contains(ctx.text("server.refused.score", "", criterion.label(), "3", "").strip())
                    .contains(ctx.text("server.refused.newerScore", "5"))
                    .doesNotContain("Exception");
            FxTestSupport.settle();
            Path out = Path.of(System.getProperty("sangsaeng.screenshots", "target/screenshots"));
            Files.createDirectories(out);
            ImageIO.write(FxTestSupport.pictureWithDialog(robot, window.stage(), pane.getScene().getWindow()), "png", out.resolve("refused-changes-" + language + ".png").toFile());

            // Noted: the list and the banner go.
            robot.clickOn(ctx.text("server.refused.forget"));
            waitUntil(() -> !banner.isVisible());
            assertThat(round.pending().summary()).isEqualTo(PendingWrites.Summary.NONE);
        }
    }
}
