package kr.sangsaeng.review.ui.importing;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.importing.ImportViewModel.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class ImportDialogTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN);

    private AppContext ctx;
    private Stage stage;

    private ImportController open(FxRobot robot, Path file) throws Exception {
        AtomicReference<ImportController> c = new AtomicReference<>();
        robot.interact(() -> c.set(ImportDialog.show(ctx, stage, ImportKind.SUBMISSIONS, file)));
        ImportViewModel vm = c.get().viewModel();
        waitUntil(() -> vm.stateProperty().get() != State.CHECKING && vm.stateProperty().get() != State.NO_FILE);
        return c.get();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(Files.createTempDirectory(window.folder(), "f").resolve(name), text);
    }

    @Test
    void previewsNewCasesThenImportsThemAndTheSubmissionsTableReloads(FxRobot robot) throws Exception {
        TableView<?> submissions = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> submissions.getItems().size() == 6);
        Path f = write("new.csv", "접수번호,플랫폼,사례명,지원분야,지원 소상공인 수 [명]\n2023-01,새플랫폼,새 사례,판로지원,약 500명\n"
                + "2023-02,새플랫폼,둘째 사례,자금지원,1200\n");
        ImportViewModel vm = open(robot, f).viewModel();

        assertThat(vm.stateProperty().get()).isEqualTo(State.READY);
        TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(2);
        assertThat(robot.lookup("2023-02").tryQuery()).isPresent();
        assertThat(vm.summaryProperty().get()).contains("사례 2건 추가");

        robot.clickOn("#importButton");
        waitUntil(() -> vm.stateProperty().get() == State.DONE);
        waitUntil(() -> submissions.getItems().size() == 8);
    }

    @Test
    void aFileWithProblemsShowsThemAsACopyableTableAndCannotBeImported(FxRobot robot) throws Exception {
        Path f = write("bad.csv", "ref,platform,title,m\n2023-01,,t,1\n2023-02,p,t,many\n");
        ImportViewModel vm = open(robot, f).viewModel();

        assertThat(vm.stateProperty().get()).isEqualTo(State.INVALID);
        TableView<?> problems = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getItems()).hasSize(2);
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#copyProblemsButton");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        // The reasons are in the window's language (Korean here), as the secretary reads them.
        assertThat(copied[0]).contains("2\tB · platform\t플랫폼 칸이 비어 있습니다").contains("3\tD · m\t숫자가 아닙니다: \"many\"");
    }

    @Test
    void changingCasesThatExistAsksFirst(FxRobot robot) throws Exception {
        Path f = write("update.csv", "ref,platform,title\n2022-05,쿠팡,새 제목\n");
        ImportViewModel vm = open(robot, f).viewModel();
        CheckBox consent = robot.lookup("#changeExistingBox").queryAs(CheckBox.class);
        Button importButton = robot.lookup("#importButton").queryAs(Button.class);

        assertThat(consent.isVisible()).isTrue();
        assertThat(importButton.isDisabled()).isTrue();
        robot.clickOn("#changeExistingBox");
        assertThat(importButton.isDisabled()).isFalse();
        robot.clickOn("#importButton");
        waitUntil(() -> vm.stateProperty().get() == State.DONE);
        assertThat(robot.lookup("새 제목").tryQuery()).isPresent();
    }
}
