package kr.sangsaeng.review.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The first-start welcome shows each of its three choices whole, in Korean, not cut to "…". */
class WelcomeDialogTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN);

    private AppContext ctx;
    private Stage main;

    @Test
    void everyChoiceReadsWhole(FxRobot robot) throws Exception {
        Platform.runLater(() -> WelcomeDialog.show(ctx, main));
        String header = ctx.text("welcome.header");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(p -> header.equals(((DialogPane) p).getHeaderText())));
        DialogPane pane = robot.lookup(".dialog-pane").queryAll().stream().map(DialogPane.class::cast)
                .filter(p -> header.equals(p.getHeaderText())).findFirst().orElseThrow();

        List<Button> buttons = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t)).toList();
        assertThat(buttons).extracting(Button::getText).contains(ctx.text("welcome.explore"));
        for (Button b : buttons) {
            // What the button draws is its whole label, not the label shortened with an ellipsis.
            Text drawn = (Text) b.lookup(".text");
            assertThat(drawn.getText()).as("button %s", b.getText()).isEqualTo(b.getText());
        }
    }
}
