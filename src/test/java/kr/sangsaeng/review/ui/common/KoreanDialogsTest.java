package kr.sangsaeng.review.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Korean confirmation (최종 제출) and a text-input dialog on a machine that may have no Korean font
 * (CI has none): their labels, fields and buttons must draw with the bundled font, every character
 * of what they show must have a glyph in it, and the standard buttons must read 예 / 아니요 / 확인 / 취소.
 */
class KoreanDialogsTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN);

    private AppContext ctx;
    private Stage main;

    @Test
    void finalSubmissionConfirmationShowsHangulInTheBundledFontWithKoreanButtons(FxRobot robot) throws Exception {
        String question = ctx.text("scoring.confirmFinalise");
        Platform.runLater(() -> Dialogs.confirm(ctx, main, question));
        DialogPane pane = waitForDialog();

        Label content = (Label) pane.lookup(".content.label");
        assertThat(content.getText()).isEqualTo(question).contains("최종 제출");
        assertDrawnInBundledFont(content.getFont().getFamily(), content.getText());
        Button yes = (Button) pane.lookupButton(ButtonType.YES);
        Button no = (Button) pane.lookupButton(ButtonType.NO);
        assertThat(yes.getText()).isEqualTo("예");
        assertThat(no.getText()).isEqualTo("아니요");
        assertDrawnInBundledFont(yes.getFont().getFamily(), yes.getText() + no.getText());

        WritableImage shot = snapshot(pane);
        Path png = Path.of("target", "screenshots", "korean-confirm-dialog.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", png.toFile());
        // The dialog's text drawn exactly as the known-good font draws it, and not blank.
        WritableImage drawn = snapshot(content);
        WritableImage reference = WaitForAsyncUtils.asyncFx(() -> {
            Label known = new Label(content.getText());
            known.setFont(javafx.scene.text.Font.font(UiFonts.family(), content.getFont().getSize()));
            known.setWrapText(content.isWrapText());
            known.setPrefWidth(content.getWidth());
            new javafx.scene.Scene(new javafx.scene.layout.StackPane(known));
            known.applyCss();
            known.resize(content.getWidth(), content.getHeight());
            known.layout();
            return known.snapshot(null, null);
        }).get();
        assertThat(inkPixels(drawn)).as("the dialog draws its text").isGreaterThan(100);
        assertThat(inkPixels(drawn)).isEqualTo(inkPixels(reference));
    }

    @Test
    void aKoreanRoundNameTypedIntoATextDialogShowsAsTyped(FxRobot robot) throws Exception {
        AtomicReference<TextInputDialog> shown = new AtomicReference<>();
        Platform.runLater(() -> {
            TextInputDialog d = new TextInputDialog();
            d.initOwner(main);
            d.setHeaderText(null);
            d.setContentText("심사 회차 이름");
            shown.set(d);
            d.showAndWait();
        });
        DialogPane pane = waitForDialog();
        robot.interact(() -> shown.get().getEditor().setText("2023 상생협력 우수사례"));

        assertDrawnInBundledFont(shown.get().getEditor().getFont().getFamily(), shown.get().getEditor().getText());
        assertThat(((Button) pane.lookupButton(ButtonType.OK)).getText()).isEqualTo("확인");
        assertThat(((Button) pane.lookupButton(ButtonType.CANCEL)).getText()).isEqualTo("취소");
    }

    private DialogPane waitForDialog() throws Exception {
        AtomicReference<DialogPane> found = new AtomicReference<>();
        FxTestSupport.waitUntil(() -> {
            Optional<DialogPane> pane = Window.getWindows().stream().filter(w -> w != main && w.getScene() != null)
                    .map(w -> w.getScene().getRoot().lookup(".dialog-pane")).filter(DialogPane.class::isInstance)
                    .map(DialogPane.class::cast).findFirst();
            pane.ifPresent(found::set);
            return pane.isPresent();
        });
        return found.get();
    }

    /** The family the control draws with is the bundled one, and that font has a glyph for every character. */
    private static void assertDrawnInBundledFont(String family, String text) throws Exception {
        assertThat(family).isEqualTo(UiFonts.family());
        try (InputStream in = UiFonts.class.getResourceAsStream("/kr/sangsaeng/review/fonts/NanumGothic.ttf")) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            assertThat(font.canDisplayUpTo(text)).as("first character without a glyph in \"%s\"", text).isEqualTo(-1);
        }
    }

    private static WritableImage snapshot(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
    }

    private static int inkPixels(WritableImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getPixelReader().getColor(x, y).getBrightness() < 0.7) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
