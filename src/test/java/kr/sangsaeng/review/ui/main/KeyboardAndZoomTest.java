package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.SangsaengApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The whole window zooms from the keyboard and remembers it; Help lists every key. */
class KeyboardAndZoomTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;
    private MainController main;
    private Stage stage;

    @Test
    void ctrlPlusMinusAndZeroZoomTheWholeWindowAndTheZoomIsRemembered(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil(() -> main.zoomPercent() == 125);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 16.25px");
        assertThat(ctx.settings().get(Zoom.SETTING)).hasValue("125");
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitUntil(() -> main.zoomPercent() == 110);

        // The next window (the next start) opens at the zoom left.
        robot.interact(() -> {
            Stage again = new Stage();
            MainController second = SangsaengApp.showMainWindow(ctx, again);
            assertThat(second.zoomPercent()).isEqualTo(110);
            assertThat(again.getScene().getRoot().getStyle()).contains("-fx-font-size: 14.3");
            again.close();
        });
        robot.interact(stage::requestFocus);
        robot.clickOn("Submissions");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> main.zoomPercent() == 100);
    }

    @Test
    void theShortcutsListNamesTheKeysOfTheMenusAndTheViews(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        waitUntil(() -> robot.lookup("#shortcutsList").tryQuery().isPresent());
        String list = robot.lookup("#shortcutsList").queryAs(TextArea.class).getText();
        assertThat(list).contains("Ctrl+R  recuse from the case").contains("Ctrl+Shift+E  export my scores")
                .contains("Ctrl+0  actual size");
    }
}
