package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.UiFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Dialogs read as large as the zoomed window behind them, and their buttons stay whole. */
class DialogZoomTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN);

    private AppContext ctx;
    private MainController controller;
    private Stage main;

    @Test
    void anAlertAt150PercentHasTheWindowsLargerFont(FxRobot robot) throws Exception {
        assertThat(alertFontSize(robot, "100%")).isEqualTo(13.0);

        zoomTo150(robot);
        Label content = alertContent(robot, "150%");
        assertThat(content.getFont().getSize()).isEqualTo(19.5);
        assertThat(content.getFont().getFamily()).as("still the bundled Korean font").isEqualTo(UiFonts.family());
    }

    @Test
    void anOpenDialogFollowsTheZoom(FxRobot robot) throws Exception {
        robot.clickOn(ctx.text("menu.help")).clickOn(ctx.text("menu.help.shortcuts"));
        waitUntil(() -> robot.lookup("#shortcutsList").tryQuery().isPresent());
        TextArea list = robot.lookup("#shortcutsList").queryAs(TextArea.class);
        assertThat(list.getFont().getSize()).isEqualTo(13.0);

        robot.interact(main::requestFocus);
        zoomTo150(robot);
        waitUntil(() -> list.getFont().getSize() == 19.5);
    }

    @Test
    void theWelcomesChoicesReadWholeAt150Percent(FxRobot robot) throws Exception {
        zoomTo150(robot);
        Platform.runLater(() -> WelcomeDialog.show(ctx, main));
        String header = ctx.text("welcome.header");
        waitUntil(() -> pane(robot, header) != null);
        DialogPane pane = pane(robot, header);
        List<Button> buttons = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t)).toList();
        assertThat(buttons).hasSize(3);
        for (Button b : buttons) {
            assertThat(b.getFont().getSize()).isEqualTo(19.5);
            // What the button draws is its whole label, not the label shortened with an ellipsis.
            assertThat(((Text) b.lookup(".text")).getText()).as("button %s", b.getText()).isEqualTo(b.getText());
            assertThat(b.localToScreen(b.getBoundsInLocal()).getMaxX())
                    .as("button %s inside the dialog", b.getText())
                    .isLessThanOrEqualTo(pane.localToScreen(pane.getBoundsInLocal()).getMaxX());
        }
    }

    private void zoomTo150(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        waitUntil(() -> controller.zoomPercent() == 150);
    }

    private double alertFontSize(FxRobot robot, String message) throws Exception {
        Label content = alertContent(robot, message);
        double size = content.getFont().getSize();
        robot.interact(() -> content.getScene().getWindow().hide());
        return size;
    }

    private Label alertContent(FxRobot robot, String message) throws Exception {
        Platform.runLater(() -> Dialogs.info(ctx, main, message));
        waitUntil(() -> robot.lookup(".dialog-pane .content").tryQuery()
                .filter(n -> message.equals(((Label) n).getText())).isPresent());
        return robot.lookup(".dialog-pane .content").queryAs(Label.class);
    }

    private static DialogPane pane(FxRobot robot, String header) {
        return robot.lookup(".dialog-pane").queryAll().stream().map(DialogPane.class::cast)
                .filter(p -> header.equals(p.getHeaderText())).findFirst().orElse(null);
    }
}
