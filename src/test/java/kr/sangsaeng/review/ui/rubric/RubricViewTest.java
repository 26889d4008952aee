package kr.sangsaeng.review.ui.rubric;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The secretary edits the rubric and is told, before anything is saved, what it does to scores. */
class RubricViewTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH).startTab("rubric")
            .roundOpenedAfterWindow(); // as at start-up: the window is built first, the file opened afterwards

    private AppContext ctx;

    @Test
    void showsTheRubricAndThePanelOfTheFileOpenedAfterStart(FxRobot robot) throws Exception {
        TableView<?> criteria = robot.lookup("#criteriaTable").queryAs(TableView.class);
        TableView<?> panel = robot.lookup("#reviewersTable").queryAs(TableView.class);
        waitUntil(() -> criteria.getItems().size() == 5 && panel.getItems().size() == 3);
        assertThat(text(robot, "#weightSumLabel")).isEqualTo("Weights add up to 100 of 100");
    }

    @Test
    void aReviewFileShowsNoLoginColumnNorLoginButtons(FxRobot robot) throws Exception {
        TableView<?> panel = robot.lookup("#reviewersTable").queryAs(TableView.class);
        waitUntil(() -> panel.getItems().size() == 3);
        assertThat(panel.getColumns()).extracting(c -> c.getText() + "=" + c.isVisible())
                .containsExactly("Name=true", "Role=true", "Login=false", "Scores=true", "Status=true");
        javafx.scene.Node loginActions = robot.lookup("#loginActions").query();
        assertThat(loginActions.isVisible() || loginActions.isManaged()).as("Give login… and Take login off").isFalse();
    }

    @Test
    void theReviewerFormEmptiesAfterAddAsNewAndOnClearAndKeepsItsButtonsInPlace(FxRobot robot) throws Exception {
        TableView<?> panel = robot.lookup("#reviewersTable").queryAs(TableView.class);
        waitUntil(() -> panel.getItems().size() == 3);
        javafx.scene.control.TextField name = robot.lookup("#nameField").queryAs(javafx.scene.control.TextField.class);
        Button add = robot.lookup("#addReviewerButton").queryButton();

        robot.interact(() -> panel.getSelectionModel().select(0));
        waitUntil(() -> !name.getText().isEmpty());
        double addY = add.localToScene(0, 0).getY();
        robot.doubleClickOn(name).press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL);
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        waitUntil(() -> robot.lookup("#problemLabel").queryAs(Label.class).isVisible());
        assertThat(add.localToScene(0, 0).getY()).as("the error line takes no new room").isEqualTo(addY);
        robot.write("New Member");
        robot.clickOn(add);
        waitUntil(() -> panel.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).as("the form is empty for the next new reviewer").isEmpty();
        assertThat(panel.getSelectionModel().getSelectedItem()).isNull();

        robot.clickOn(name).write("Half typed");
        robot.clickOn("#clearReviewerButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEmpty();
    }

    @Test
    void refusesAnUnbalancedRubricAndWarnsBeforeDeletingScores(FxRobot robot) throws Exception {
        robot.clickOn("Rubric & reviewers");
        TableView<?> criteria = robot.lookup("#criteriaTable").queryAs(TableView.class);
        waitUntil(() -> criteria.getItems().size() == 5);
        robot.clickOn("독창성 (Originality)");
        robot.clickOn("#removeCriterionButton");
        waitUntil(() -> text(robot, "#problemsLabel").contains("add up to 85"));
        assertThat(robot.lookup("#saveRubricButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("성과 (Impact)");
        robot.doubleClickOn("#weightField").write("45");
        waitUntil(() -> !robot.lookup("#saveRubricButton").queryButton().isDisabled());
        robot.clickOn("#saveRubricButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("deletes its 16 score(s)");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isCancelButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.round().store().criteria().findAll()).as("nothing saved after No").hasSize(5);

        robot.clickOn("#saveRubricButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton());
        waitUntil(() -> ctx.round().store().criteria().findAll().size() == 4);
        // the demo's own pledge and affiliations are the secretary's too; count only the rubric's change
        assertThat(ctx.round().store().audit().findAll()).filteredOn(e -> e.actor().equals("secretary")
                && !e.entity().equals("pledge") && !e.entity().equals("affiliation")).hasSize(16);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
