package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.DiskFullException;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.WriteFaults;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.SangsaengApp;
import kr.sangsaeng.review.ui.submissions.SubmissionRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window notices changes another window made to its file, and shows when the file turned read-only. */
@ExtendWith(ApplicationExtension.class)
class OutsideChangesViewTest {
    @TempDir
    static Path dir;

    private AppContext ctx;

    @Start
    void start(Stage stage) throws Exception {
        ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, "ui"), Locale.ENGLISH);
        SangsaengApp.showMainWindow(ctx, stage);
    }

    @AfterEach
    void closeFile() {
        ctx.close();
    }

    @Test
    void aChangeMadeInAnotherWindowShowsUpWithANoteInTheStatusBar(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<SubmissionRow> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        try (ReviewStore other = ReviewStore.open(ctx.store().file())) {
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
        ReviewStore store = ctx.store();
        store.setWriteFaults(WriteFaults.failNth(1)); // the next write meets a full disk
        assertThatThrownBy(() -> ctx.dbExecutor().submit(() -> store.settings().put("reviewer", "김서연")).get())
                .hasCauseInstanceOf(DiskFullException.class);
        waitUntil(readOnly::isVisible);
        assertThat(readOnly.getText()).startsWith("Read-only");
    }
}
