package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import kr.sangsaeng.review.DataFolderProperty;
import kr.sangsaeng.review.app.AppPaths;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.Republish;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.WindowOnServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A score kept on this computer for a round whose database was then dropped and published again
 * under the same name: the window that opens the new round sends nothing, and a dialog says, in the
 * window's language, that the changes were made on another round and where the file was kept
 * (docs/server-mode.md, "Kept on this computer").
 */
@ExtendWith({TestServer.class, ApplicationExtension.class})
class OtherRoundJournalTest {
    @RegisterExtension
    final DataFolderProperty data = new DataFolderProperty();

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ko"})
    void changesKeptForTheRoundBeforeItWasPublishedAgainAreKeptAsideAndReported(String language, FxRobot robot,
                                                                              ServerAddress server) throws Exception {
        Path file = TestServer.publishDemo(server, dir);
        Path pending = AppPaths.pendingDir().orElseThrow();
        try (OpenRound earlier = RoundFiles.openServer(server.toString(), null)) {
            Reviewer reviewer = earlier.reader().reviewers().get(0);
            Actor me = Actor.reviewer(reviewer);
            earlier.meeting().pledge().confirm(reviewer.id(), me);
            long case1 = earlier.reader().submissions().get(0).id();
            long criterion = earlier.reader().criteria().get(0).id();
            earlier.pending().keepOnDisk(pending);
            TestServer.refuseConnections(server, true);
            try {
                assertThat(earlier.pending().score(me, reviewer.id(), case1, criterion, 1.0))
                        .isEqualTo(PendingWrites.Outcome.KEPT);
            } finally {
                TestServer.refuseConnections(server, false);
            }
        }
        Republish.dropAndPublishAgain(server, file);

        OpenRound round = RoundFiles.openServer(server.toString(), null);
        try (WindowOnServer window = WindowOnServer.show(robot, dir, language, round)) {
            AppContext ctx = window.ctx();
            waitUntil(() -> robot.lookup("#" + RestoredChanges.DIALOG_ID).tryQuery().isPresent());
            Path aside;
            try (Stream<Path> files = Files.list(pending)) {
                aside = files.filter(p -> p.getFileName().toString().contains(".other-round-")).findFirst().orElseThrow();
            }
            DialogPane dialog = robot.lookup("#" + RestoredChanges.DIALOG_ID).queryAs(DialogPane.class);
            assertThat(dialog.getContentText())
                    .isEqualTo(ctx.text("server.journal.otherRound", server.toString(), aside.toString()));
            assertThat(round.pending().summary()).isEqualTo(PendingWrites.Summary.NONE);
            robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        }
    }
}
