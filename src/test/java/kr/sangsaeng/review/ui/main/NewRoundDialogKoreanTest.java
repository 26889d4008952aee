package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.common.UiFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A Korean round name typed into File → New review file shows as typed, in the bundled font, with Korean buttons. */
class NewRoundDialogKoreanTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN);

    private AppContext ctx;
    private Stage stage;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (robot.lookup(".dialog-pane").tryQuery().isPresent()) {
                ((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL)).fire();
            }
        });
    }

    @Test
    void aKoreanRoundNameShowsAsTypedInTheBundledFont(FxRobot robot) throws Exception {
        Platform.runLater(() -> NewRoundDialog.show(ctx, stage));
        waitUntil(() -> robot.lookup("#newRoundName").tryQuery().isPresent());
        TextField name = robot.lookup("#newRoundName").queryAs(TextField.class);
        robot.interact(() -> name.setText("2023 상생협력 우수사례"));
        waitUntil(() -> name.getFont().getFamily().equals(UiFonts.family()));

        assertThat(name.getText()).isEqualTo("2023 상생협력 우수사례");
        try (InputStream in = UiFonts.class.getResourceAsStream("/kr/sangsaeng/review/fonts/NanumGothic.ttf")) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            assertThat(font.canDisplayUpTo(name.getText())).isEqualTo(-1);
        }
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Button) pane.lookupButton(ButtonType.CANCEL)).getText()).isEqualTo("취소");
        assertThat(robot.lookup("만들기…").tryQuery()).isPresent();
    }
}
