package kr.sangsaeng.review.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ReviewStore;
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

/**
 * A file put back to an older state than this computer last saved to it (an old copy, a stale
 * -wal) is said to be older when the window opens it, before anyone scores on it.
 */
@ExtendWith(ApplicationExtension.class)
class StaleCopyWarningTest {
    @TempDir
    static Path dir;

    private String previousDataDir;
    private AppContext ctx;
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        previousDataDir = System.getProperty("sangsaeng.dataDir");
        Path data = Files.createTempDirectory(dir, "data");
        System.setProperty("sangsaeng.dataDir", data.toString());
        Path file = Files.createTempDirectory(dir, "round").resolve("r.sangsaeng");
        putBackAnOlderState(file);
        ctx = new AppContext(new Settings(data.resolve("settings.properties")), Locale.ENGLISH);
        ctx.settings().put("welcome.shown", "true");
        main = stage;
        SangsaengApp.showMainWindow(ctx, stage);
        ctx.setRound(RoundFiles.open(file));
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != main).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        ctx.close();
        if (previousDataDir == null) {
            System.clearProperty("sangsaeng.dataDir");
        } else {
            System.setProperty("sangsaeng.dataDir", previousDataDir);
        }
    }

    @Test
    void theWindowSaysTheFileIsOlderThanWhatThisComputerSaved(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).startsWith("r.sangsaeng is older than what this computer last saved to it");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo(ctx.text("status.staleCopy"));
    }

    /** Saves twice on this computer, then puts the file back as it was after the first save. */
    private static void putBackAnOlderState(Path file) throws Exception {
        Path old = Files.createDirectories(file.resolveSibling("old-state"));
        try (ReviewStore store = ReviewStore.create(file, new Round("r", 2022, "", false))) {
            store.reviewers().insert("김", "");
        }
        copySides(file, old.resolve(file.getFileName()));
        try (ReviewStore store = ReviewStore.open(file)) {
            store.reviewers().insert("이", "");
        }
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        copySides(old.resolve(file.getFileName()), file);
    }

    private static void copySides(Path from, Path to) throws Exception {
        for (String side : new String[] {"", "-wal"}) {
            Path p = from.resolveSibling(from.getFileName() + side);
            if (Files.exists(p)) {
                Files.copy(p, to.resolveSibling(to.getFileName() + side), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
