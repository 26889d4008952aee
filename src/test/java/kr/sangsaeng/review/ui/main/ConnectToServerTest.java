package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * File → Connect to server… opens the round published to a real server: the address pasted into
 * the dialog fills its fields, the window says which server and login, the server is remembered
 * without a password, and a wrong database or an unknown login is told in a sentence.
 */
@ExtendWith(TestServer.class)
class ConnectToServerTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;
    private Stage stage;

    @Test
    void connectsFromTheDialogAndShowsTheRoundServerAndLogin(FxRobot robot, ServerAddress server) throws Exception {
        TestServer.publishDemo(server, window.folder());

        openDialog(robot);
        robot.clickOn("#connectHost").eraseText(host(robot).getText().length()).write(server.toString());
        robot.clickOn("#connectPassword").write("typed-secret");
        waitUntil(() -> host(robot).getText().equals(server.host()));
        assertThat(robot.lookup("#connectDatabase").queryAs(TextField.class).getText()).isEqualTo(server.database());
        assertThat(robot.lookup("#connectLogin").queryAs(TextField.class).getText()).isEqualTo(server.user());
        robot.clickOn("Connect");

        waitUntil(() -> ctx.round() != null && ctx.round().server().isPresent());
        waitUntil(() -> stage.getTitle().contains(server.database()));
        assertThat(stage.getTitle()).startsWith("2022").contains(server.user() + "@" + server.host());
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText())
                .contains(server.toString()).contains("logged in as " + server.user());
        // The submissions of the published round show.
        waitUntil(() -> robot.lookup(".table-row-cell").queryAll().size() > 3);

        Path settingsFile = window.folder().resolve("settings.properties");
        assertThat(new Settings(settingsFile).recentServers()).containsExactly(server.toString());
        assertThat(Files.readString(settingsFile)).doesNotContain("typed-secret");
    }

    @Test
    void tellsAMissingRoundAndAnUnknownLoginInASentence(FxRobot robot, ServerAddress server) throws Exception {
        openDialog(robot);
        robot.clickOn("#connectHost").eraseText(host(robot).getText().length()).write(server.toString());
        robot.clickOn("Connect");
        try {
            waitUntil(() -> problem(robot).contains("not a Sangsaeng round"));
        } catch (Exception e) {
            throw new AssertionError("shown: " + problem(robot), e);
        }
        assertThat(ctx.round().server()).isEmpty();

        robot.doubleClickOn("#connectLogin").eraseText(server.user().length()).write("nobody_here");
        robot.clickOn("Connect");
        waitUntil(() -> problem(robot).contains("refused the login"));
        assertThat(problem(robot)).doesNotContain("Exception").doesNotContain("org.postgresql");
        robot.clickOn("Cancel");
    }

    private void openDialog(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#tabs").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getText());
        robot.clickOn("Connect to server…");
        waitUntil(() -> robot.lookup("#connectHost").tryQuery().isPresent());
    }

    private static TextField host(FxRobot robot) {
        return robot.lookup("#connectHost").queryAs(TextField.class);
    }

    private static String problem(FxRobot robot) {
        String[] text = new String[1];
        Platform.runLater(() -> text[0] = robot.lookup("#connectProblem").queryAs(Label.class).getText());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return text[0] == null ? "" : text[0];
    }
}
