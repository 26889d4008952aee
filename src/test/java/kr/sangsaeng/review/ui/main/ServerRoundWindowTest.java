package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.service.TestRounds;
import kr.sangsaeng.review.store.RoundTransfer;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The window on a server round says what a server does and offers only what applies there: the
 * status bar speaks of the server (of the file on a file), Save a copy… archives the round, Restore a
 * backup… is off with its reason, and a reviewer's login finds the secretary's menu items, the
 * rubric and the panel off with the reason, and only their own sheet in Scoring
 * (docs/server-mode.md, "The window on a server round").
 */
class ServerRoundWindowTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.withoutRound(Locale.ENGLISH);

    private AppContext ctx;

    @Test
    void onAFileTheStatusBarSpeaksOfTheFileAndTheMenuOfCopiesAndBackups(FxRobot robot) throws Exception {
        OpenRound file = TestRounds.over(DemoRound.createAt(window.folder().resolve("demo.sangsaeng")));
        Platform.runLater(() -> ctx.setRound(file));

        waitUntil(() -> status(robot).equals("Saved automatically: every change is written to the file at once."));
        assertThat(item(robot, "saveCopyItem").getText()).isEqualTo("Save a copy…");
        assertThat(item(robot, "saveCopyItem").isDisable()).isFalse();
        assertThat(item(robot, "restoreItem").getText()).isEqualTo("Restore a backup…");
        assertThat(item(robot, "restoreItem").isDisable()).isFalse();
    }

    @Test
    @ExtendWith(TestServer.class)
    void theSecretarysWindowSpeaksOfTheServerAndArchivesInsteadOfCopying(FxRobot robot, ServerAddress server)
            throws Exception {
        OpenRound secretary = publishDemo(window.folder(), server);
        Platform.runLater(() -> ctx.setRound(secretary));

        String connected = "Connected: each change is saved on the server at once; others' changes show up here live.";
        waitUntil(() -> status(robot).equals(connected));
        assertThat(robot.lookup("#fileLabel").queryLabeled().getText())
                .isEqualTo("Server: " + server + " (logged in as " + server.user() + ", the secretary)");
        assertThat(item(robot, "saveCopyItem").getText()).isEqualTo("Archive to a review file…");
        assertThat(item(robot, "saveCopyItem").isDisable()).isFalse();
        assertThat(item(robot, "restoreItem").getText())
                .isEqualTo("Restore a backup… (a server round's backups are kept by its server)");
        assertThat(item(robot, "restoreItem").isDisable()).isTrue();
        assertThat(item(robot, "importItem").isDisable()).as("the secretary imports").isFalse();
        assertThat(item(robot, "importItem").getText()).isEqualTo("Import…");

        // A reviewer's name typed and rubbed out again: the status bar goes back to how changes are saved.
        robot.clickOn("Rubric & reviewers");
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("x");
        waitUntil(() -> status(robot).startsWith("Not saved yet"));
        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> status(robot).equals(connected));

        // Export shortlist… opens its dialog on a server round too, proposing a file named after the round's database.
        robot.interact(() -> item(robot, "exportShortlistItem").fire());
        waitUntil(() -> robot.lookup("#exportPath").tryQuery().isPresent());
        assertThat(robot.lookup("#exportPath").queryAs(javafx.scene.control.TextField.class).getText())
                .endsWith(server.database() + "-shortlist.pdf");
        robot.interact(() -> robot.lookup("#exportPath").query().getScene().getWindow().hide());

        // What the archive item does: the whole round in a review file, as `archive` writes it.
        Path archive = window.folder().resolve("archived.sangsaeng");
        secretary.saveCopy(archive);
        try (OpenRound copy = RoundFiles.open(archive)) {
            assertThat(copy.reader().submissions()).hasSize(6);
            assertThat(copy.reader().reviewers()).hasSize(3);
        }
    }

    @Test
    @ExtendWith(TestServer.class)
    void aReviewersLoginFindsTheSecretarysControlsOffWithTheReason(FxRobot robot, ServerAddress server) throws Exception {
        OpenRound secretary = publishDemo(window.folder(), server);
        Reviewer own = secretary.reader().reviewers().get(1);
        ServerAddress login = giveLogin(secretary, server, own);
        secretary.close();
        OpenRound reviewer = RoundFiles.openServer(login.toString(), null);
        Platform.runLater(() -> ctx.setRound(reviewer));

        waitUntil(() -> status(robot).startsWith("Connected: each change is saved on the server"));
        assertThat(robot.lookup("#fileLabel").queryLabeled().getText()).endsWith("(logged in as " + login.user() + ", a reviewer)");
        for (String id : new String[] {"saveCopyItem", "importItem", "importScoresItem", "addDocumentsItem",
                "exportShortlistItem"}) {
            assertThat(item(robot, id).isDisable()).as(id).isTrue();
            assertThat(item(robot, id).getText()).as(id).endsWith("(the secretary's: you are signed in as a reviewer)");
        }
        assertThat(item(robot, "importItem").getText()).startsWith("Import…");
        assertThat(item(robot, "exportScoresItem").isDisable()).as("their own score pack").isFalse();
        assertThat(scorePackHint(robot)).isEqualTo("There is no need to send the pack to the secretary: your scores "
                + "reach the round on the server as you save them. Keep it as your own copy, or give it to the secretary "
                + "of a round kept in a review file, who reads it with File → Import score pack… (the newer score wins, "
                + "and importing the same pack twice changes nothing).");

        robot.clickOn("Rubric & reviewers");
        waitUntil(() -> robot.lookup("#reviewerLoginNote").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#reviewerLoginNote").queryLabeled().getText()).isEqualTo("Signed in as a reviewer ("
                + login.user() + "): the rubric, the round's settings and the panel are the secretary's to change, so "
                + "they are shown here read-only. Your scores and comments are saved on the server as you make them.");
        assertThat(robot.lookup("#addCriterionButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#saveRubricButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#blindCheck").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#nameField").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#addReviewerButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#loginActions").query().isVisible()).as("logins are the secretary's").isFalse();

        robot.clickOn("Scoring");
        @SuppressWarnings("unchecked")
        ComboBox<Reviewer> choice = robot.lookup("#reviewerChoice").queryAs(ComboBox.class);
        waitUntil(() -> choice.getValue() != null);
        assertThat(choice.getItems()).extracting(Reviewer::id).containsExactly(own.id());
        assertThat(choice.getValue().id()).isEqualTo(own.id());

        robot.clickOn("Meeting");
        waitUntil(() -> robot.lookup("#reviewerLoginNote").match(n -> n.isVisible()
                && ((javafx.scene.control.Label) n).getText().startsWith("Signed in as a reviewer: the agenda")).tryQuery()
                .isPresent());
        assertThat(robot.lookup("#decideButton").queryButton().isDisabled()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Reviewer> acting = robot.lookup("#actingPicker").queryAs(ComboBox.class);
        waitUntil(() -> acting.getValue() != null);
        assertThat(acting.getItems()).extracting(Reviewer::id).containsExactly(own.id());
    }

    @Test
    @ExtendWith(TestServer.class)
    void aChangeHeldUpByAnotherWindowsWriteIsReportedAsTheRoundOnTheServerBusy(FxRobot robot, ServerAddress server)
            throws Exception {
        OpenRound secretary = publishDemoWithShortLockWait(window.folder(), server);
        Platform.runLater(() -> ctx.setRound(secretary));
        waitUntil(() -> status(robot).startsWith("Connected: each change is saved on the server"));

        assertThat(addReviewerWhileAnotherWindowWrites(robot, server, "Rubric & reviewers")).isEqualTo("Another window "
                + "or program is writing to the round on the server, so your change was not saved. Wait a moment and "
                + "try again.");
        assertThat(secretary.reader().reviewers()).extracting(Reviewer::name).doesNotContain(BUSY_NAME);

        // Once the other window's write is over, the same click goes through.
        robot.clickOn("#addReviewerButton");
        waitUntil(() -> robot.lookup("#reviewerStatus").queryLabeled().getText().equals(BUSY_NAME + " joins the panel."));
        assertThat(secretary.reader().reviewers()).extracting(Reviewer::name).contains(BUSY_NAME);
    }

    static final String BUSY_NAME = "Han Busy";

    /** The demo round published to {@code server}, a write's wait for the round's lock shortened, open as its secretary. */
    static OpenRound publishDemoWithShortLockWait(Path folder, ServerAddress server) throws Exception {
        TestServer.publishDemo(server, folder);
        TestServer.shortenLockTimeout(server);
        return RoundFiles.openServer(server.toString(), null);
    }

    /**
     * Adds {@link #BUSY_NAME} to the panel in {@code tab} (Rubric & reviewers) while another window holds the
     * round's write lock, and returns what the tab then says.
     */
    static String addReviewerWhileAnotherWindowWrites(FxRobot robot, ServerAddress server, String tab) throws Exception {
        robot.clickOn(tab);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        try (Connection other = TestServer.holdWriteLock(server)) {
            robot.clickOn("#nameField").write(BUSY_NAME);
            String before = robot.lookup("#reviewerStatus").queryLabeled().getText();
            robot.clickOn("#addReviewerButton");
            waitUntil(() -> !robot.lookup("#reviewerStatus").queryLabeled().getText().equals(before));
            return robot.lookup("#reviewerStatus").queryLabeled().getText();
        }
    }

    /** Opens File → Export my scores… and returns the hint under its fields, then closes it. */
    static String scorePackHint(FxRobot robot) throws Exception {
        robot.interact(() -> item(robot, "exportScoresItem").fire());
        waitUntil(() -> robot.lookup("#packHint").tryQuery().isPresent());
        String hint = robot.lookup("#packHint").queryLabeled().getText();
        robot.interact(() -> robot.lookup("#packHint").query().getScene().getWindow().hide());
        return hint;
    }

    /** The demo round published to {@code server}, open as its secretary (the database's owner). */
    static OpenRound publishDemo(Path folder, ServerAddress server) throws Exception {
        Path file = Files.createTempDirectory(folder, "pub").resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        return RoundFiles.openServer(server.toString(), null);
    }

    /** Gives {@code reviewer} a login of their own on the round (the cluster trusts it without a password). */
    static ServerAddress giveLogin(OpenRound secretary, ServerAddress server, Reviewer reviewer) {
        String login = "rv_win_" + server.database().substring(2, 10);
        secretary.logins().give(Actor.SECRETARY, reviewer.name(), login);
        return new ServerAddress(login, server.host(), server.port(), server.database());
    }

    static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }

    static MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
