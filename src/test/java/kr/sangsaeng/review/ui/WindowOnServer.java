package kr.sangsaeng.review.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.service.OpenRound;
import org.testfx.api.FxRobot;

/**
 * The main window on a server round, as the server-round window tests need it: its own settings in a
 * new folder, 1280×800, the given language, showing {@code round}. Closing it closes the window and the
 * app context (which closes the round).
 */
public final class WindowOnServer implements AutoCloseable {
    private final FxRobot robot;
    private final AppContext ctx;
    private final Stage stage;

    private WindowOnServer(FxRobot robot, AppContext ctx, Stage stage) {
        this.robot = robot;
        this.ctx = ctx;
        this.stage = stage;
    }

    public static WindowOnServer show(FxRobot robot, Path dir, String language, OpenRound round) throws Exception {
        Settings settings = new Settings(Files.createTempDirectory(dir, language).resolve("settings.properties"));
        settings.put("window.width", "1280");
        settings.put("window.height", "800");
        AppContext ctx = new AppContext(settings, Locale.forLanguageTag(language));
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            stage.set(s);
            SangsaengApp.showMainWindow(ctx, s);
            ctx.setRound(round);
        });
        return new WindowOnServer(robot, ctx, stage.get());
    }

    public AppContext ctx() {
        return ctx;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() {
        robot.interact(stage::close);
        ctx.close();
    }
}
