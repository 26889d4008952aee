package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.WindowOnServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Draws, at 1280×800 in Korean and English, the window on a server round with the Connect to
 * server dialog over it, and with the connection-lost banner (saved under target/screenshots, or
 * the folder named by -Dsangsaeng.screenshots; the README shows copies from docs/screenshots).
 */
@ExtendWith({TestServer.class, ApplicationExtension.class})
class ServerScreenshotsTest {
    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko", "en"})
    void drawsTheConnectDialogAndTheBanner(String language, FxRobot robot, ServerAddress server) throws Exception {
        TestServer.publishDemo(server, dir);
        OpenRound round = RoundFiles.openServer(server.toString(), null);
        Path out = Path.of(System.getProperty("sangsaeng.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        try (WindowOnServer window = WindowOnServer.show(robot, dir, language, round)) {
            AppContext ctx = window.ctx();
            Stage stage = window.stage();
            FxTestSupport.settle();
            robot.interact(() -> ConnectDialog.show(ctx, stage, server.toString(), null, (a, r) -> { }));
            waitUntil(() -> robot.lookup("#connectHost").tryQuery().isPresent());
            FxTestSupport.settle();
            Window dialog = robot.lookup("#connectHost").query().getScene().getWindow();
            ImageIO.write(FxTestSupport.pictureWithDialog(robot, stage, dialog), "png", out.resolve("connect-dialog-" + language + ".png").toFile());
            robot.interact(dialog::hide);

            TestServer.refuseConnections(server, true);
            try {
                Label banner = robot.lookup("#connectionBanner").queryAs(Label.class);
                waitUntil(banner::isVisible);
                FxTestSupport.settle();
                ImageIO.write(FxTestSupport.pictureWithDialog(robot, stage, null), "png", out.resolve("connection-lost-" + language + ".png").toFile());
                assertThat(banner.getText()).isNotEmpty();
            } finally {
                TestServer.refuseConnections(server, false);
            }
        }
    }
}
