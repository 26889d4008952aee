package kr.sangsaeng.review.ui.documents;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's Submissions and Scoring pictures (1280×800, in Korean as the README shows them): the
 * demo round with its sample documents, Coupang's sales growth pinned to page 2 and verified; in
 * Submissions the document pane, in Scoring the pinned figure under the case's figures. Saved to
 * target/screenshots as submissions.png and scoring.png (copied to assets/screenshots by hand).
 */
class ReadmeScreenshotsTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onRound(Locale.KOREAN, ReadmeScreenshotsTest::demoWithAPinnedPage)
            .roundOpenedAfterWindow(); // as the app does, so the status bar names the file

    private AppContext ctx;
    private Stage stage;

    private static OpenRound demoWithAPinnedPage(Path folder) throws Exception {
        var round = kr.sangsaeng.review.service.TestRounds.over(
                kr.sangsaeng.review.demo.DemoRound.createAt(folder.resolve("demo-2022.sangsaeng")));
        kr.sangsaeng.review.service.SampleDocuments.addTo(round.store());
        var coupang = round.store().submissions().findAll().stream()
                .filter(s -> s.ref().equals("2022-05")).findFirst().orElseThrow();
        var document = round.documents().forSubmission(coupang.id()).get(0);
        var growth = round.evidence().figures(coupang.id()).stream()
                .filter(f -> f.metric().key().equals("sales_growth")).findFirst().orElseThrow();
        round.evidence().pin(coupang.id(), growth.metric().id(), document.id(), 2, "매출 증가율 89%",
                PinStatus.VERIFIED, "2쪽 주요 성과 표와 일치", kr.sangsaeng.review.service.Actor.SECRETARY);
        return round;
    }

    @Test
    void submissionsWithTheDocumentPaneAndScoringWithThePinnedFigure(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        robot.interact(() -> table.getSelectionModel().select(4));
        robot.interact(() -> robot.lookup("#detailTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        DocumentPane pane = robot.lookup("#documentPane").queryAs(DocumentPane.class);
        waitUntil(() -> pane.pdfView() != null && pane.pdfView().pageCountProperty().get() == 3
                && pane.pdfView().cachedBytes() > 0);
        settle();
        shoot(robot, "submissions");

        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ComboBox<Reviewer> reviewers = robot.lookup("#reviewerChoice").queryAs(ComboBox.class);
        waitUntil(() -> !reviewers.getItems().isEmpty());
        robot.interact(() -> reviewers.setValue(reviewers.getItems().get(1)));
        ListView<?> cases = robot.lookup("#caseList").queryAs(ListView.class);
        waitUntil(() -> cases.getItems().size() == 6);
        robot.interact(() -> cases.getSelectionModel().select(4));
        waitUntil(() -> robot.lookup(".pin-verified").tryQuery().isPresent());
        assertThat(robot.lookup(".pin-verified").queryAs(Label.class).getText()).contains("2");
        settle();
        shoot(robot, "scoring");
    }

    private static void settle() throws Exception {
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Node root = stage.getScene().getRoot();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(root.snapshot(null, null), null), "png", out.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
