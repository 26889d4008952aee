package kr.sangsaeng.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import kr.sangsaeng.review.app.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user sets — language, window size and place, recent files — is there again after a restart. */
class SettingsRestartTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN).beforeShowing(ctx -> {
        ctx.settings().put("welcome.shown", "true");
        ctx.settings().addRecentFile(ctx.round().file());
    });

    private Stage stage;
    private AppContext ctx;

    @Test
    void languageWindowAndRecentFilesSurviveARestart(FxRobot robot) throws Exception {
        robot.clickOn("보기").clickOn("언어").clickOn("English");
        robot.clickOn(robot.lookup(".dialog-pane .button").<javafx.scene.Node>query());
        robot.interact(() -> {
            stage.setX(120);
            stage.setY(90);
            stage.setWidth(1100);
            stage.setHeight(740);
        });
        robot.interact(stage::close);
        WaitForAsyncUtils.waitForFxEvents();
        ctx.close();

        Path folder = window.folder();
        Settings reread = new Settings(folder.resolve("settings.properties"));
        assertThat(reread.get("language")).contains("en");
        assertThat(Messages.chooseLocale(reread.get("language").orElse(null))).isEqualTo(Locale.ENGLISH);
        assertThat(reread.getDouble("window.x", -1)).isEqualTo(120);
        assertThat(reread.getDouble("window.y", -1)).isEqualTo(90);
        assertThat(reread.getDouble("window.width", -1)).isBetween(1000.0, 1100.0);
        assertThat(reread.recentFiles()).containsExactly(folder.resolve("demo.sangsaeng").toAbsolutePath().normalize());

        double[] restoredX = new double[1];
        robot.interact(() -> {
            Stage again = new Stage();
            SangsaengApp.showMainWindow(new AppContext(reread, Locale.ENGLISH), again);
            restoredX[0] = again.getX();
            again.close();
        });
        assertThat(restoredX[0]).isEqualTo(120);
    }
}
