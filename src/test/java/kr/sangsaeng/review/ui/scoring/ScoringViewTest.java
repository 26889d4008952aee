package kr.sangsaeng.review.ui.scoring;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer at the keyboard: scores, undoes, recuses, finalises, and is then refused. */
class ScoringViewTest {
    private static final String ME = "최민수 (test)";

    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH).beforeShowing(this::chooseMe);

    private AppContext ctx;
    private Path file;

    private void chooseMe(AppContext ctx) {
        ReviewStore store = ctx.round().store();
        file = store.file();
        long me = ChosenReviewer.choose(store, ME);
        store.pledge().confirm(me, store.pledge().find().orElseThrow().text(), "secretary");
    }

    @Test
    void scoresACaseWithTheKeyboardAloneThenRecusesFinalisesAndIsRefused(FxRobot robot) throws Exception {
        openScoringTab(robot);
        waitUntil(() -> text(robot, "#caseName").equals("2022-01  ·  롯데쇼핑e커머스"));

        robot.type(KeyCode.DIGIT4, KeyCode.DIGIT3, KeyCode.DIGIT5);
        waitUntil(() -> text(robot, "#totalLabel").equals("Total: 3 of 5 criteria scored"));
        assertThat(robot.lookup("#totalLabel").queryLabeled().getTooltip().getText())
                .as("the formula behind the total").contains("(score − lowest) ÷ (highest − lowest) × 100");
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT4);
        waitUntil(() -> myScoresOnDisk() == 5 && text(robot, "#saveStatus").startsWith("Saved"));
        assertThat(text(robot, "#totalLabel")).isEqualTo("Total 67.5 / 100");

        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-02"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-01") && myScoresOnDisk() == 4);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> myScoresOnDisk() == 5 && text(robot, "#totalLabel").equals("Total 67.5 / 100"));

        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-02"));
        robot.clickOn("#recuseButton");
        robot.clickOn("#recuseReasonField").write("11번가 자문위원 (이해충돌)").type(KeyCode.ENTER);
        waitUntil(() -> query("SELECT count(*) FROM review r JOIN reviewer p ON p.id = r.reviewer_id "
                + "WHERE p.name = ? AND r.recused = 1", ME) == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-03"));

        robot.clickOn("#finaliseButton");
        robot.clickOn(defaultDialogButton(robot));
        waitUntil(() -> query("SELECT count(*) FROM review r JOIN reviewer p ON p.id = r.reviewer_id "
                + "WHERE p.name = ? AND r.final = 1", ME) == 6);
        waitUntil(() -> robot.lookup("#reopenButton").queryButton().isVisible());

        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#messageLabel")).isEqualTo(ctx.text("error.review.locked"));
        assertThat(myScoresOnDisk()).isEqualTo(5);

        assertThat(auditRowsOfMe()).containsExactly(
                "score 2022-01/impact/" + ME + " null→4",
                "score 2022-01/reach/" + ME + " null→3",
                "score 2022-01/partnership/" + ME + " null→5",
                "score 2022-01/sustainability/" + ME + " null→2",
                "score 2022-01/originality/" + ME + " null→4",
                "score 2022-01/originality/" + ME + " 4→null",
                "score 2022-01/originality/" + ME + " null→4",
                "review 2022-02/" + ME + " null→recused=true (11번가 자문위원 (이해충돌)); comment=",
                "finalisation " + ME + " open→final");
    }

    @Test
    void scoresAllSixCasesWithTheKeyboardAndTheScoresSurviveReopeningTheFile(FxRobot robot) throws Exception {
        openScoringTab(robot);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-01"));
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.DIGIT5, KeyCode.DIGIT4, KeyCode.DIGIT3, KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.ENTER);
        }
        waitUntil(() -> myScoresOnDisk() == 30 && text(robot, "#saveStatus").startsWith("Saved"));
        assertThat(text(robot, "#progressLabel")).isEqualTo(ctx.text("scoring.progress", 6, 6, 0));

        // Close the file as quitting does, then open it again.
        robot.interact(() -> ctx.setRound(kr.sangsaeng.review.service.TestRounds.over(null)));
        ctx.dbExecutor().submit(() -> null).get();
        ReviewStore reopened = ReviewStore.open(file);
        robot.interact(() -> ctx.setRound(kr.sangsaeng.review.service.TestRounds.over(reopened)));
        waitUntil(() -> text(robot, "#progressLabel").equals(ctx.text("scoring.progress", 6, 6, 0)));
        // 30·4/4 + 20·3/4 + 20·2/4 + 15·1/4 + 15·0 = 58.75 on every case
        assertThat(text(robot, "#totalLabel")).isEqualTo("Total 58.8 / 100");
    }

    @Test
    void othersScoresStayHiddenUntilTheReviewerFinalisesTheirOwn(FxRobot robot) throws Exception {
        openScoringTab(robot);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-01"));
        assertThat(text(robot, "#othersLabel")).isEqualTo(ctx.text("scoring.others.hidden"));
        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-02"));
        assertThat(text(robot, "#othersLabel")).doesNotContain("김서연").doesNotContain("박준호");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        robot.clickOn(defaultDialogButton(robot));
        waitUntil(() -> text(robot, "#othersLabel").contains("김서연 (예시 위원장)"));
        assertThat(text(robot, "#othersLabel")).startsWith("Other reviewers on this case: ")
                .contains("박준호 (예시 위원)").doesNotContain(ME);
    }

    @Test
    void aReviewerWhoHasNotConfirmedThePledgeIsOfferedItBeforeScoring(FxRobot robot) throws Exception {
        openScoringTab(robot);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-01"));
        var choice = robot.lookup("#reviewerChoice").queryComboBox();
        robot.interact(() -> choice.getSelectionModel().select(choice.getItems().stream()
                .filter(r -> r.toString().contains("김서연")).findFirst().orElseThrow()));
        Node bar = robot.lookup("#pledgeBar").query();
        waitUntil(bar::isVisible);
        assertThat(text(robot, "#pledgeLabel")).isEqualTo(ctx.text("scoring.pledge.needed", "김서연 (예시 위원장)"));
        robot.interact(() -> robot.lookup("#rubricBox").query().requestFocus());
        robot.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#messageLabel")).isEqualTo(
                "김서연 (예시 위원장) has not confirmed this round's pledge yet: confirm the pledge, then score.");
        assertThat(chairsFirstScore()).isEqualTo(4);

        robot.clickOn("#confirmPledgeButton");
        waitUntil(() -> robot.lookup("#pledgeOfferText").tryQuery().isPresent());
        assertThat(robot.lookup("#pledgeOfferText").queryAs(javafx.scene.control.TextArea.class).getText()).contains("서약");
        robot.clickOn("I confirm the pledge");
        waitUntil(() -> !bar.isVisible());
        assertThat(query("SELECT count(*) FROM pledge_confirmation c JOIN reviewer r ON r.id = c.reviewer_id "
                + "WHERE r.name = ?", "김서연 (예시 위원장)")).isEqualTo(1);
        robot.interact(() -> robot.lookup("#rubricBox").query().requestFocus());
        robot.type(KeyCode.DIGIT5);
        waitUntil(() -> chairsFirstScore() == 5);
    }

    private int chairsFirstScore() {
        return query("SELECT s.value FROM score s JOIN reviewer r ON r.id = s.reviewer_id JOIN submission c ON c.id = s.submission_id "
                + "JOIN criterion k ON k.id = s.criterion_id WHERE r.name = ? AND c.ref = '2022-01' AND k.key = 'impact'",
                "김서연 (예시 위원장)");
    }

    @Test
    void showsTheCasesScoreHistory(FxRobot robot) throws Exception {
        openScoringTab(robot);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-01"));
        robot.type(KeyCode.DIGIT4, KeyCode.DIGIT5);
        robot.clickOn(robot.lookup("#historyPane").queryAs(TitledPane.class).lookup(".title"));
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        waitUntil(() -> history.getItems().size() == 2);
        assertThat(history.getItems().get(0).toString()).contains("지원 규모 (Reach)").contains("5");
    }

    @Test
    void blindModeHidesEveryPlatformNameFromTheReviewer(FxRobot robot) throws Exception {
        ctx.round().store().round().setBlindMode(true, "secretary");
        openScoringTab(robot);
        waitUntil(() -> text(robot, "#caseName").equals("Case A"));
        // Nothing is scored yet, so Enter walks B, C, D, E; E is Coupang, whose summary names Coupang.
        robot.type(KeyCode.ENTER, 4);
        waitUntil(() -> text(robot, "#caseName").equals("Case E"));
        assertThat(text(robot, "#commentHeading")).isEqualTo("Comment on Case E");
        Node view = robot.lookup("#scoringRoot").query();
        List<String> shown = new ArrayList<>();
        robot.from(view).lookup((Node n) -> n instanceof Labeled).queryAll()
                .forEach(n -> shown.add(String.valueOf(((Labeled) n).getText())));
        assertThat(shown).isNotEmpty().noneMatch(t -> t.contains("쿠팡") || t.contains("롯데쇼핑") || t.contains("11번가"));
        assertThat(shown).anyMatch(t -> t.contains("Case E 전체"));
    }

    @Test
    void pickingAReviewerWithTheKeyboardOnlySwitchesReviewer(FxRobot robot) throws Exception {
        openScoringTab(robot);
        waitUntil(() -> text(robot, "#caseName").startsWith("2022-01"));
        robot.clickOn("#reviewerChoice");
        robot.type(KeyCode.UP, 2).type(KeyCode.ENTER); // from the last reviewer up to 박준호, who has scored all
        waitUntil(() -> robot.lookup("#progressLabel").queryAs(Label.class).getText()
                .equals(ctx.text("scoring.progress", 6, 6, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reviewerChoice").queryComboBox().getValue().toString()).contains("박준호");
        assertThat(text(robot, "#caseName")).as("the Enter that picked the reviewer is not 'next case'")
                .startsWith("2022-01");
        assertThat(query("SELECT value FROM setting WHERE key = ?", ScoringLoader.REVIEWER_SETTING)).isEqualTo(2);
    }

    private void openScoringTab(FxRobot robot) {
        robot.clickOn("Scoring");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button defaultDialogButton(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        return robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private int myScoresOnDisk() {
        return query("SELECT count(*) FROM score s JOIN reviewer r ON r.id = s.reviewer_id WHERE r.name = ?", ME);
    }

    /** Reads through a connection of its own, which sees only what has been committed. */
    private int query(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> auditRowsOfMe() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement(
                     "SELECT entity, entity_key, old_value, new_value FROM audit_log WHERE actor = ? ORDER BY id")) {
            ps.setString(1, ME);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + "→" + rs.getString(4));
                }
            }
        }
        return rows;
    }
}
