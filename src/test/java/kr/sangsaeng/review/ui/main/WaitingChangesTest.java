package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import kr.sangsaeng.review.DataFolderProperty;
import kr.sangsaeng.review.app.AppPaths;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.service.UnsentJournals;
import kr.sangsaeng.review.store.RoundTransfer;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.SangsaengApp;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The app starts on a review file while changes kept on this computer wait for two server rounds,
 * one of them among the recent servers (docs/server-mode.md, "Kept on this computer"): a notice
 * under the menu names each server with the count and a button that connects; the recent entry
 * carries the count; a journal that appears later shows once the Recent servers menu opens; and
 * Connect opens the round and sends its changes, after which its line goes.
 */
@ExtendWith({TestServer.class, ApplicationExtension.class})
class WaitingChangesTest {
    private static final String ELSEWHERE = "postgresql://lee_wiwon@db.example.org:5432/award2026";
    private static final String LATER = "postgresql://park_wiwon@db.example.org:5432/award2026";

    @RegisterExtension
    final DataFolderProperty data = new DataFolderProperty();

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ko"})
    void startUpSaysWhichServersHaveChangesWaitingAndConnectsToOne(String language, FxRobot robot,
                                                                    ServerAddress server) throws Exception {
        Path file = Files.createTempDirectory(dir, "pub").resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        Path pending = AppPaths.pendingDir().orElseThrow();
        keepThreeScores(server, pending);
        writeJournal(pending, ELSEWHERE);

        AppContext ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, language), Locale.forLanguageTag(language));
        ctx.settings().addRecentServer(server.toString());
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            stage.set(s);
            SangsaengApp.showMainWindow(ctx, s);
        });
        try {
            String here = ctx.text("server.waiting.notice", 3, ServerWindow.shortName(server.toString()));
            String there = ctx.text("server.waiting.notice", 1, ServerWindow.shortName(ELSEWHERE));
            waitUntil(() -> notices(robot).size() == 2);
            assertThat(notices(robot)).containsExactlyInAnyOrder(here, there);
            assertThat(here).contains(language.equals("ko") ? "3건" : "3 changes kept for " + server.user() + "@");
            Menu recent = recentServers(robot);
            assertThat(recent.getItems()).extracting(MenuItem::getText)
                    .containsExactly(server + "  —  " + ctx.text("server.waiting.menu", 3));
            assertThat(ctx.text("server.waiting.menu", 3)).isEqualTo(language.equals("ko") ? "보내지 않은 변경 3건" : "3 unsent changes");

            // A journal left by another window meanwhile is found when the menu is shown.
            writeJournal(pending, LATER);
            robot.clickOn(ctx.text("menu.file")).moveTo(ctx.text("menu.file.recentServers"));
            waitUntil(() -> notices(robot).size() == 3);
            assertThat(notices(robot)).contains(ctx.text("server.waiting.notice", 1, ServerWindow.shortName(LATER)));
            robot.interact(() -> recent.getParentMenu().hide());

            Button connect = robot.lookup(".waiting-bar").queryAll().stream()
                    .filter(row -> robot.from(row).lookup(".waiting-notice").queryAs(Label.class).getText().equals(here))
                    .map(row -> robot.from(row).lookup(".waiting-connect").queryButton())
                    .findFirst().orElseThrow();
            assertThat(connect.getText()).isEqualTo(ctx.text("server.waiting.connect"));
            robot.clickOn(connect);

            waitUntil(() -> ctx.round() != null && ctx.round().server().isPresent());
            Label status = robot.lookup("#statusLabel").queryAs(Label.class);
            String sent = ctx.text("status.restoredSent", 3, 3, 0);
            waitUntil(() -> sent.equals(status.getText()));
            waitUntil(() -> notices(robot).size() == 2);
            assertThat(notices(robot)).doesNotContain(here).contains(there);
            assertThat(recentServers(robot).getItems()).extracting(MenuItem::getText).containsExactly(server.toString());
        } finally {
            robot.interact(() -> stage.get().close());
            ctx.close();
        }
    }

    /** Three scores typed while the server refused the round, and the app gone before it came back. */
    private static void keepThreeScores(ServerAddress server, Path pending) throws Exception {
        try (OpenRound earlier = RoundFiles.openServer(server.toString(), null)) {
            Reviewer reviewer = earlier.reader().reviewers().get(0);
            Actor me = Actor.reviewer(reviewer);
            earlier.meeting().pledge().confirm(reviewer.id(), me);
            long criterion = earlier.reader().criteria().get(0).id();
            List<Long> cases = earlier.reader().submissions().stream().limit(3).map(c -> c.id()).toList();
            earlier.pending().keepOnDisk(pending);
            TestServer.refuseConnections(server, true);
            try {
                for (long submission : cases) {
                    assertThat(earlier.pending().score(me, reviewer.id(), submission, criterion, 1.0))
                            .isEqualTo(PendingWrites.Outcome.KEPT);
                }
            } finally {
                TestServer.refuseConnections(server, false);
            }
        }
    }

    /** A journal of one kept score for a server this test never connects to. */
    private static void writeJournal(Path pending, String server) throws Exception {
        Files.createDirectories(pending);
        Files.writeString(UnsentJournals.fileFor(pending, server), "{\"version\":1,\"server\":\"" + server + "\","
                + "\"changes\":[{\"kind\":\"score\",\"actor\":\"이위원\",\"reviewer\":2,\"submission\":5,"
                + "\"criterion\":1,\"value\":4.0,\"madeAt\":\"2026-12-01T09:00:00.000001Z\"}]}");
    }

    private static List<String> notices(FxRobot robot) {
        return robot.lookup(".waiting-notice").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList();
    }

    private static Menu recentServers(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "recentServersMenu".equals(i.getId())).findFirst().orElseThrow();
    }
}
