package kr.sangsaeng.review.ui.scoring;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Scoring view's button keys, pressed as a reviewer presses them: Ctrl+R recuses from the case
 * (and withdraws the recusal), Ctrl+Shift+F finalises, whichever control of the view has the focus.
 */
class ScoringButtonKeysTest {
    private static final String ME = "최민수 (test)";

    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH).beforeShowing(this::chooseMe);

    private AppContext ctx;
    private Path file;

    private void chooseMe(AppContext ctx) {
        file = ctx.round().store().file();
        ChosenReviewer.choose(ctx.round().store(), ME);
    }

    @Test
    void ctrlRRecusesFromTheCaseAndPressedAgainWithdrawsTheRecusal(FxRobot robot) throws Exception {
        openScoring(robot);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitUntil(() -> robot.lookup("#recuseReasonField").tryQuery().isPresent());
        // The reason field has the focus when the dialog opens, so the reviewer types at once.
        waitUntil(() -> robot.lookup("#recuseReasonField").query().isFocused());
        // TestFX writes text into the window it last clicked in; the keys went to the dialog by themselves.
        robot.targetWindow(robot.lookup("#recuseReasonField").query().getScene().getWindow());
        robot.write("자문위원 (이해충돌)").type(KeyCode.ENTER);
        waitUntil(() -> recusals() == 1 && robot.lookup("#recusedBox").query().isVisible());

        // From the case list, which keeps arrow keys for itself, the same key withdraws the recusal.
        robot.clickOn(robot.lookup("#caseList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitUntil(() -> recusals() == 0 && !robot.lookup("#recusedBox").query().isVisible());
        assertThat(robot.lookup("#recuseReasonField").tryQuery()).as("no recusal dialog the second time").isEmpty();
    }

    @Test
    void ctrlShiftFAsksAndFinalisesTheReviewersScores(FxRobot robot) throws Exception {
        openScoring(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .isEqualTo(ctx.text("scoring.confirmFinaliseIncomplete", 6));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton());
        waitUntil(() -> finalised() == 6 && robot.lookup("#reopenButton").queryButton().isVisible());
    }

    @Test
    void theKeysDoNothingWhileAnotherTabIsShown(FxRobot robot) throws Exception {
        openScoring(robot);
        robot.clickOn("Submissions");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.R);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(recusals() + finalised()).isZero();
    }

    private void openScoring(FxRobot robot) throws Exception {
        robot.clickOn("Scoring");
        waitUntil(() -> robot.lookup("#caseName").queryAs(Label.class).getText().startsWith("2022-01"));
    }

    private int recusals() {
        return count("SELECT count(*) FROM review r JOIN reviewer p ON p.id = r.reviewer_id WHERE p.name = ? AND r.recused = 1");
    }

    private int finalised() {
        return count("SELECT count(*) FROM review r JOIN reviewer p ON p.id = r.reviewer_id WHERE p.name = ? AND r.final = 1");
    }

    /** Reads through a connection of its own, which sees only what has been committed. */
    private int count(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ME);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
