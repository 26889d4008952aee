package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A rubric edited but not saved is never lost without a question: on quitting, leaving its tab or
 * opening another file.
 */
class UnsavedDraftsTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH).startTab("rubric").roundOpenedAfterWindow();

    private AppContext ctx;
    private Stage stage;
    private MainController main;

    @Test
    void quittingWithAnUnsavedRubricAsksAndCancelKeepsTheWindowAndTheEdit(FxRobot robot) throws Exception {
        editFirstCriterionLabel(robot);
        assertThat(text(robot, "#statusLabel")).startsWith("Not saved yet");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> robot.lookup("#" + UnsavedDrafts.DIALOG_ID).tryQuery().isPresent());
        robot.clickOn(button(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#labelField").queryTextInputControl().getText()).endsWith(" (draft)");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> robot.lookup("#" + UnsavedDrafts.DIALOG_ID).tryQuery().isPresent());
        robot.clickOn(button(robot, "Discard changes"));
        waitUntil(() -> !stage.isShowing());
        assertThat(ctx.round().store().criteria().findAll()).noneMatch(c -> c.label().endsWith("(draft)"));
    }

    @Test
    void savingFromTheQuestionWritesTheRubricBeforeTheWindowCloses(FxRobot robot) throws Exception {
        editFirstCriterionLabel(robot);
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> robot.lookup("#" + UnsavedDrafts.DIALOG_ID).tryQuery().isPresent());
        robot.clickOn(button(robot, "Save"));
        waitUntil(() -> !stage.isShowing());
        assertThat(ctx.round().store().criteria().findAll()).anyMatch(c -> c.label().endsWith("(draft)"));
    }

    @Test
    void leavingTheTabWithAnUnsavedRubricAsksAndCancelStaysOnIt(FxRobot robot) throws Exception {
        editFirstCriterionLabel(robot);
        robot.clickOn("Submissions");
        waitUntil(() -> robot.lookup("#" + UnsavedDrafts.DIALOG_ID).tryQuery().isPresent());
        robot.clickOn(button(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("rubricTab");
        assertThat(robot.lookup("#labelField").queryTextInputControl().getText()).endsWith(" (draft)");
    }

    @Test
    void openingAnotherFileWithAnUnsavedRubricAsksAndCancelKeepsTheFile(FxRobot robot) throws Exception {
        Path other = window.folder().resolve("other.sangsaeng");
        DemoRound.createAt(other).close();
        editFirstCriterionLabel(robot);
        Platform.runLater(() -> main.open(other));
        waitUntil(() -> robot.lookup("#" + UnsavedDrafts.DIALOG_ID).tryQuery().isPresent());
        robot.clickOn(button(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.round().file()).isEqualTo(window.folder().resolve("demo.sangsaeng"));
        assertThat(robot.lookup("#labelField").queryTextInputControl().getText()).endsWith(" (draft)");
    }

    private void editFirstCriterionLabel(FxRobot robot) throws Exception {
        TableView<?> criteria = robot.lookup("#criteriaTable").queryAs(TableView.class);
        waitUntil(() -> criteria.getItems().size() == 5);
        robot.clickOn("성과 (Impact)");
        robot.clickOn("#labelField").type(javafx.scene.input.KeyCode.END).write(" (draft)");
        waitUntil(() -> text(robot, "#statusLabel").startsWith("Not saved yet"));
    }

    private static Button button(FxRobot robot, String label) {
        return robot.lookup("#" + UnsavedDrafts.DIALOG_ID + " .button")
                .match((Button b) -> b.getText().equals(label)).queryButton();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
