package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.Backups;
import kr.sangsaeng.review.store.DiskFullException;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.WriteFaults;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.submissions.SubmissionRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The main window's side of the data-safety promises: it notices changes another window made to its
 * file, shows when the file turned read-only, backs a file up when it opens it, and offers the
 * newest backup when a file is damaged.
 */
class MainWindowSafetyTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;
    private MainController main;

    @Test
    void aChangeMadeInAnotherWindowShowsUpWithANoteInTheStatusBar(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<SubmissionRow> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        try (ReviewStore other = ReviewStore.open(ctx.round().file())) {
            Submission s = other.submissions().findByRef("2022-05").orElseThrow();
            other.submissions().update(new Submission(s.id(), s.ref(), s.platformId(), s.platformName(),
                    "Good Store hall, renamed in the other window", s.areas(), s.summary(), s.status()));
        }
        waitUntil(() -> table.getItems().stream()
                .anyMatch(r -> r.submission().title().equals("Good Store hall, renamed in the other window")));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Updated from changes made elsewhere.");
    }

    @Test
    void aFileThatTurnedReadOnlyIsMarkedInTheStatusBar(FxRobot robot) throws Exception {
        Label readOnly = robot.lookup("#readOnlyLabel").queryAs(Label.class);
        assertThat(readOnly.isVisible()).isFalse();
        ReviewStore store = ctx.round().store();
        store.setWriteFaults(WriteFaults.failNth(1)); // the next write meets a full disk
        assertThatThrownBy(() -> ctx.dbExecutor().submit(() -> store.settings().put("reviewer", "김서연")).get())
                .hasCauseInstanceOf(DiskFullException.class);
        waitUntil(readOnly::isVisible);
        assertThat(readOnly.getText()).startsWith("Read-only");
    }

    @Test
    void openingAFileTakesTheDailyBackup(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(window.folder(), "daily").resolve("round.sangsaeng");
        DemoRound.createAt(file).close();
        robot.interact(() -> main.open(file));
        waitUntil(() -> ctx.round() != null && ctx.round().file().equals(file));
        assertThat(Backups.list(file)).singleElement().satisfies(b -> assertThat(b.getFileName().toString()).endsWith("-daily.sangsaeng"));
    }

    @Test
    void openingADamagedFileOffersTheNewestBackupAndRestoresIt(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(window.folder(), "damaged").resolve("round.sangsaeng");
        int scores;
        try (ReviewStore store = DemoRound.createAt(file)) {
            scores = store.scores().count();
        }
        Backups.create(file, "daily");
        damage(file);
        robot.interact(() -> main.open(file));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane offer = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(offer.getContentText()).contains("round.sangsaeng is damaged").contains("Restore the newest automatic backup");
        robot.clickOn(offer.lookupButton(ButtonType.YES));
        waitUntil(() -> ctx.round() != null && ctx.round().file().equals(file));
        assertThat(ctx.dbExecutor().submit(() -> ctx.round().store().scores().count()).get()).isEqualTo(scores);
        assertThat(file.resolveSibling("round.sangsaeng.damaged")).exists();
    }

    /** Garbage over the middle of the file, past its header. */
    private static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096 + 100);
            raf.write(new byte[8192]);
        }
    }
}
