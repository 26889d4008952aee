package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.RoundTransfer;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.SangsaengApp;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

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
        Path file = Files.createTempDirectory(dir, "pub").resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        AppContext ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, language), Locale.forLanguageTag(language));
        ctx.settings().put("window.width", "1280");
        ctx.settings().put("window.height", "800");
        OpenRound round = RoundFiles.openServer(server.toString(), null);
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            stage.set(s);
            SangsaengApp.showMainWindow(ctx, s);
            ctx.setRound(round);
        });
        Path out = Path.of(System.getProperty("sangsaeng.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        try {
            settle();
            robot.interact(() -> ConnectDialog.show(ctx, stage.get(), server.toString(), null, (a, r) -> { }));
            waitUntil(() -> robot.lookup("#connectHost").tryQuery().isPresent());
            settle();
            Window dialog = robot.lookup("#connectHost").query().getScene().getWindow();
            ImageIO.write(over(stage.get(), dialog, robot), "png", out.resolve("connect-dialog-" + language + ".png").toFile());
            robot.interact(dialog::hide);

            TestServer.refuseConnections(server, true);
            try {
                Label banner = robot.lookup("#connectionBanner").queryAs(Label.class);
                waitUntil(banner::isVisible);
                settle();
                ImageIO.write(over(stage.get(), null, robot), "png", out.resolve("connection-lost-" + language + ".png").toFile());
                assertThat(banner.getText()).isNotEmpty();
            } finally {
                TestServer.refuseConnections(server, false);
            }
        } finally {
            robot.interact(() -> stage.get().close());
            ctx.close();
        }
    }

    /** The main window's picture with {@code dialog}'s drawn over it where it stands (centred when unknown). */
    private static BufferedImage over(Stage main, Window dialog, FxRobot robot) {
        AtomicReference<BufferedImage> base = new AtomicReference<>();
        AtomicReference<BufferedImage> top = new AtomicReference<>();
        robot.interact(() -> {
            base.set(SwingFXUtils.fromFXImage(main.getScene().snapshot(null), null));
            if (dialog != null) {
                top.set(SwingFXUtils.fromFXImage(dialog.getScene().snapshot(null), null));
            }
        });
        if (top.get() != null) {
            Graphics2D g = base.get().createGraphics();
            int x = (base.get().getWidth() - top.get().getWidth()) / 2;
            int y = (base.get().getHeight() - top.get().getHeight()) / 3;
            g.setColor(new java.awt.Color(0, 0, 0, 60));
            g.fillRect(x + 4, y + 4, top.get().getWidth(), top.get().getHeight());
            g.drawImage(top.get(), x, y, null);
            g.setColor(java.awt.Color.GRAY);
            g.drawRect(x, y, top.get().getWidth() - 1, top.get().getHeight() - 1);
            g.dispose();
        }
        return base.get();
    }

    private static void settle() throws Exception {
        for (int i = 0; i < 6; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(250);
        }
    }
}
