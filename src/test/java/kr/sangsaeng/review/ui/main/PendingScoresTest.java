package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javax.imageio.ImageIO;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reviewer types a score on a server round and the connection goes (the round's sessions ended and
 * new ones refused, as while the server restarts) before the score reaches the server: the score
 * stays on screen, the banner counts it as not yet saved, closing the window asks first, and once
 * the server answers the score is sent and is on the server (docs/server-mode.md, "Connection
 * lost"). The window with the banner is drawn at 1280×800 in both languages (target/screenshots).
 */
@ExtendWith({TestServer.class, ApplicationExtension.class})
class PendingScoresTest {
    private static final String ME = "오프라인 위원 (test)";

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ko"})
    void aScoreTypedAsTheConnectionGoesIsKeptShownAndSentWhenTheServerIsBack(String language, FxRobot robot,
                                                                             ServerAddress server) throws Exception {
        TestServer.publishDemo(server, dir);
        OpenRound round = RoundFiles.openServer(server.toString(), null);
        @SuppressWarnings("deprecation")
        long me = round.store().reviewers().insert(ME, "위원");
        round.meeting().pledge().confirm(me, Actor.SECRETARY);
        // As if this reviewer had chosen themselves on this computer before (ScoringLoader.REVIEWER_SETTING).
        round.scoring().rememberReviewer("scoring.reviewerId", me);
        long firstCase = round.reader().submissions().get(0).id();
        long firstCriterion = round.reader().criteria().get(0).id();

        try (WindowOnServer window = WindowOnServer.show(robot, dir, language, round)) {
            AppContext ctx = window.ctx();
            robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
            waitUntil(() -> text(robot, "#caseName").startsWith("2022-01"));
            Label banner = robot.lookup("#connectionBanner").queryAs(Label.class);

            // The score is on its way (the database thread is busy) when the connection goes.
            CountDownLatch busy = new CountDownLatch(1);
            ctx.dbExecutor().execute(() -> FxTestSupport.awaitQuietly(busy));
            robot.type(KeyCode.DIGIT4);
            waitUntil(() -> text(robot, "#saveStatus").equals(ctx.text("scoring.saving")));
            TestServer.refuseConnections(server, true);
            try {
                waitUntil(banner::isVisible);
                busy.countDown();
                String waiting = ctx.text("server.pending.kept", ctx.text("server.pending.scores", 1));
                waitUntil(() -> banner.getText().contains(waiting));
                assertThat(banner.getText()).startsWith(ctx.text("server.lost"));
                assertThat(text(robot, "#saveStatus")).isEqualTo(ctx.text("scoring.kept"));
                assertThat(selectedPoints(robot)).as("the typed score stays on screen").containsExactly("4");
                assertThat(round.pending().waiting()).singleElement()
                        .matches(c -> ((PendingWrites.ScoreChange) c).value() == 4.0);
                // Further input is blocked while the server is away, with a sentence saying why.
                robot.type(KeyCode.DIGIT2);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(round.pending().summary().waiting()).isEqualTo(1);
                assertThat(selectedPoints(robot)).containsExactly("4");
                assertThat(text(robot, "#messageLabel")).isEqualTo(ctx.text("scoring.offline"));
                FxTestSupport.settle();
                Path out = Path.of(System.getProperty("sangsaeng.screenshots", "target/screenshots"));
                Files.createDirectories(out);
                ImageIO.write(SwingFXUtils.fromFXImage(snapshot(robot, window.stage()), null), "png",
                        out.resolve("pending-scores-" + language + ".png").toFile());

                // Closing now would lose the score: the window asks, and staying is the default.
                // Not robot.interact: the question waits for an answer inside the event.
                javafx.application.Platform.runLater(
                        () -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
                waitUntil(() -> robot.lookup("#" + UnsentChanges.DIALOG_ID).tryQuery().isPresent());
                Button stay = robot.lookup("#" + UnsentChanges.DIALOG_ID + " .button")
                        .match((Button b) -> b.isDefaultButton()).queryButton();
                assertThat(stay.getText()).isEqualTo(ctx.text("server.unsent.stay"));
                robot.clickOn(stay);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(window.stage().isShowing()).isTrue();
            } finally {
                busy.countDown();
                TestServer.refuseConnections(server, false);
            }

            waitUntil(() -> !banner.isVisible());
            List<Score> onServer = ctx.dbExecutor().submit(() -> round.reader().scoresOf(me)).get(30, TimeUnit.SECONDS);
            assertThat(onServer).singleElement().satisfies(s -> {
                assertThat(s.submissionId()).isEqualTo(firstCase);
                assertThat(s.criterionId()).isEqualTo(firstCriterion);
                assertThat(s.value()).isEqualTo(4.0);
            });
            String saved = ctx.text("scoring.saved", "").strip(); // "Saved {0}" in English, "{0} 저장됨" in Korean
            waitUntil(() -> text(robot, "#saveStatus").contains(saved));
            assertThat(round.pending().summary()).isEqualTo(PendingWrites.Summary.NONE);
        }
    }

    private static List<String> selectedPoints(FxRobot robot) {
        return robot.lookup(".score-button").queryAllAs(javafx.scene.control.ToggleButton.class).stream()
                .filter(javafx.scene.control.ToggleButton::isSelected).map(javafx.scene.control.ToggleButton::getText).toList();
    }

    private static javafx.scene.image.WritableImage snapshot(FxRobot robot, Stage stage) {
        AtomicReference<javafx.scene.image.WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        return image.get();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
