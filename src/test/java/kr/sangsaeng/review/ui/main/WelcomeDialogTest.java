package kr.sangsaeng.review.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.SangsaengApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-start welcome shows each of its three choices whole, in Korean, not cut to "…". */
@ExtendWith(ApplicationExtension.class)
class WelcomeDialogTest {
    @TempDir
    static Path dir;

    private AppContext ctx;
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, "ui"), Locale.KOREAN);
        main = stage;
        SangsaengApp.showMainWindow(ctx, stage);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != main).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        ctx.close();
    }

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
