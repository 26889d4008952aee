package kr.sangsaeng.review.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A file put back to an older state than this computer last saved to it (an old copy, a stale
 * -wal) is said to be older when the window opens it, before anyone scores on it.
 */
class StaleCopyWarningTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onRound(Locale.ENGLISH, this::olderCopy).roundOpenedAfterWindow()
            .beforeShowing(ctx -> ctx.settings().put("welcome.shown", "true")).afterClosing(this::putBackTheDataFolder);

    private String previousDataDir;
    private AppContext ctx;

    /** This computer's data folder is the test's folder, where it last saw the file newer than it is now. */
    private OpenRound olderCopy(Path folder) throws Exception {
        previousDataDir = System.getProperty("sangsaeng.dataDir");
        System.setProperty("sangsaeng.dataDir", folder.toString());
        Path file = Files.createDirectories(folder.resolve("round")).resolve("r.sangsaeng");
        putBackAnOlderState(file);
        return RoundFiles.open(file);
    }

    private void putBackTheDataFolder() {
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
