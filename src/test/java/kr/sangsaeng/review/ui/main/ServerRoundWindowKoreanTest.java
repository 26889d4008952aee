package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static kr.sangsaeng.review.ui.main.ServerRoundWindowTest.item;
import static kr.sangsaeng.review.ui.main.ServerRoundWindowTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.application.Platform;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.service.TestRounds;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** {@link ServerRoundWindowTest}'s sentences in Korean: the status bar on a file and on a server, and a reviewer's login. */
class ServerRoundWindowKoreanTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.withoutRound(Locale.KOREAN);

    private AppContext ctx;

    @Test
    void onAFileTheStatusBarSpeaksOfTheFile(FxRobot robot) throws Exception {
        OpenRound file = TestRounds.over(DemoRound.createAt(window.folder().resolve("demo.sangsaeng")));
        Platform.runLater(() -> ctx.setRound(file));

        waitUntil(() -> status(robot).equals("자동 저장: 모든 변경 사항은 즉시 파일에 기록됩니다."));
        assertThat(item(robot, "saveCopyItem").getText()).isEqualTo("사본 저장…");
    }

    @Test
    @ExtendWith(TestServer.class)
    void aReviewersLoginIsToldInKoreanWhatTheServerKeepsForTheSecretary(FxRobot robot, ServerAddress server)
            throws Exception {
        OpenRound secretary = ServerRoundWindowTest.publishDemo(window.folder(), server);
        Reviewer own = secretary.reader().reviewers().get(0);
        ServerAddress login = ServerRoundWindowTest.giveLogin(secretary, server, own);
        secretary.close();
        OpenRound reviewer = RoundFiles.openServer(login.toString(), null);
        Platform.runLater(() -> ctx.setRound(reviewer));

        waitUntil(() -> status(robot).equals("연결됨: 모든 변경은 바로 서버에 저장되고, 다른 사람의 변경도 바로 여기에 나타납니다."));
        assertThat(robot.lookup("#fileLabel").queryLabeled().getText()).endsWith("(" + login.user() + "(으)로 로그인, 심사위원)");
        assertThat(item(robot, "saveCopyItem").getText()).isEqualTo("심사 파일로 보관… (간사 전용: 심사위원 로그인으로 연결됨)");
        assertThat(item(robot, "restoreItem").getText()).isEqualTo("백업에서 복원… (서버 회차의 백업은 서버에서 관리합니다)");
        assertThat(item(robot, "restoreItem").isDisable()).isTrue();
        assertThat(ServerRoundWindowTest.scorePackHint(robot)).isEqualTo("이 묶음을 간사에게 보낼 필요는 없습니다. "
                + "점수는 저장할 때마다 서버의 회차에 바로 반영됩니다. 본인 보관용 사본으로 두거나, 심사 파일로 진행하는 "
                + "회차의 간사에게 주면 간사가 파일 → 점수 묶음 가져오기…로 읽습니다(더 최근 점수가 남고, 같은 묶음을 두 번 "
                + "가져와도 바뀌는 것이 없습니다).");

        robot.clickOn("평가 기준·심사위원");
        waitUntil(() -> robot.lookup("#reviewerLoginNote").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#reviewerLoginNote").queryLabeled().getText())
                .startsWith("심사위원 로그인(" + login.user() + ")으로 연결되어 있습니다. 평가 기준, 심사 설정, 심사위원 명단은 간사만");
        assertThat(robot.lookup("#addCriterionButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    @ExtendWith(TestServer.class)
    void aChangeHeldUpByAnotherWindowsWriteIsReportedInKoreanAsTheServersRoundBusy(FxRobot robot, ServerAddress server)
            throws Exception {
        OpenRound secretary = ServerRoundWindowTest.publishDemoWithShortLockWait(window.folder(), server);
        Platform.runLater(() -> ctx.setRound(secretary));
        waitUntil(() -> status(robot).startsWith("연결됨"));

        assertThat(ServerRoundWindowTest.addReviewerWhileAnotherWindowWrites(robot, server, "평가 기준·심사위원"))
                .isEqualTo("다른 창이나 프로그램이 서버의 회차에 쓰고 있어 변경 사항을 저장하지 못했습니다. 잠시 후 다시 시도하세요.");
    }
}
