package kr.sangsaeng.review.ui.rubric;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
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
 * The secretary of a published round gives a reviewer a login of their own from the Reviewers view
 * and takes it off again, by clicking and typing; the login then connects to the round, and no
 * longer once taken off (docs/server-mode.md, "Roles enforced by the server").
 */
@ExtendWith(TestServer.class)
class ReviewerLoginsViewTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.withoutRound(Locale.ENGLISH).startTab("rubric");

    private AppContext ctx;

    @Test
    void theSecretaryGivesAReviewerALoginThatThenConnectsAndTakesItOff(FxRobot robot, ServerAddress server) throws Exception {
        Path file = Files.createTempDirectory(window.folder(), "pub").resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        OpenRound secretary = RoundFiles.openServer(server.toString(), null);
        Platform.runLater(() -> ctx.setRound(secretary));

        TableView<ReviewersViewModel.Row> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3 && robot.lookup("#loginActions").query().isVisible());
        assertThat(table.getColumns()).filteredOn(c -> c.getText().equals("Login")).singleElement()
                .matches(c -> c.isVisible());
        ReviewersViewModel.Row second = table.getItems().get(1);
        robot.clickOn(cellOf(robot, second.reviewer().name()));
        Button give = robot.lookup("#giveLoginButton").queryButton();
        waitUntil(() -> !give.isDisabled());
        assertThat(robot.lookup("#takeLoginOffButton").queryButton().isDisabled()).as("no login to take off yet").isTrue();
        robot.clickOn(give);

        waitUntil(() -> robot.lookup("#loginField").tryQuery().isPresent());
        TextField field = robot.lookup("#loginField").queryAs(TextField.class);
        assertThat(field.getText()).as("the name romanised").isEqualTo("park_junho");
        String login = "rv_ui_" + server.database().substring(2, 10);
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Bad Login");
        Node confirm = robot.lookup("#giveLoginConfirm").query();
        waitUntil(confirm::isDisabled);
        // Well formed, but the secretary's own login: the server round refuses it, in a sentence.
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(server.user());
        waitUntil(() -> !confirm.isDisabled());
        robot.clickOn(confirm);
        waitUntil(() -> robot.lookup("#reviewerStatus").queryLabeled().getText()
                .equals(server.user() + " is the secretary's login and cannot be a reviewer's."));
        assertThat(table.getItems().get(1).login()).isEmpty();

        robot.clickOn(give);
        waitUntil(() -> robot.lookup("#loginField").tryQuery().map(Node::isVisible).orElse(false));
        TextField again = robot.lookup("#loginField").queryAs(TextField.class);
        robot.clickOn(again).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(login);
        Node giveIt = robot.lookup("#giveLoginConfirm").query();
        waitUntil(() -> !giveIt.isDisabled());
        robot.clickOn(giveIt);

        waitUntil(() -> table.getItems().size() == 3 && table.getItems().get(1).login().equals(login));
        waitUntil(() -> robot.lookup("#reviewerStatus").queryLabeled().getText().contains("can now sign in as " + login));
        assertThat(cellOf(robot, login)).as("the Login column shows it").isNotNull();
        ServerAddress asReviewer = new ServerAddress(login, server.host(), server.port(), server.database());
        assertThat(countCases(asReviewer)).as("the new login connects to the round").isPositive();

        robot.clickOn(cellOf(robot, second.reviewer().name()));
        Button takeOff = robot.lookup("#takeLoginOffButton").queryButton();
        waitUntil(() -> !takeOff.isDisabled());
        robot.clickOn(takeOff);
        waitUntil(() -> robot.lookup("#takeLoginOffConfirm").tryQuery().isPresent());
        robot.clickOn("#takeLoginOffConfirm");
        waitUntil(() -> table.getItems().get(1).login().isEmpty());
        assertThatThrownBy(() -> countCases(asReviewer)).isInstanceOf(SQLException.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ReviewersViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#reviewersTable").queryAs(TableView.class);
    }

    private static Node cellOf(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match((javafx.scene.control.Labeled l) -> text.equals(l.getText())).query();
    }

    private static long countCases(ServerAddress as) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + as.host() + ":" + as.port() + "/"
                + as.database(), as.user(), null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM submission")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
