package kr.sangsaeng.review.ui.documents;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import kr.sangsaeng.review.exchange.documents.HostileDocuments;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Beside the PDFs, the pane shows an image, a spreadsheet's first sheet as a table and an HWPX's text. */
class DocumentKindsPaneTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH).beforeShowing(this::addDocumentsOfThreeKinds);

    private AppContext ctx;

    private void addDocumentsOfThreeKinds(AppContext ctx) throws Exception {
        Path folder = Files.createDirectories(window.folder().resolve("kinds"));
        BufferedImage photo = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(photo, "png", folder.resolve("2022-01_현장사진.png").toFile());
        try (OutputStream out = Files.newOutputStream(folder.resolve("2022-01_실적표.xlsx"))) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("실적");
            ws.value(0, 0, "지원 소상공인 수");
            ws.value(0, 1, 4000);
            ws.value(1, 0, "판촉 매출");
            ws.value(1, 1, "1억원");
            wb.finish();
        }
        HostileDocuments.hwpx(folder.resolve("2022-01_신청서.hwpx"), "롯키데이 연계 판촉", "입점 소상공인 약 4,000개사");
        var plan = ctx.dbExecutor().submit(() -> ctx.documents().plan(List.of(folder))).get();
        assertThat(plan.refused()).as("refused").isEmpty();
        ctx.dbExecutor().submit(() -> ctx.documents().apply(plan, kr.sangsaeng.review.service.Actor.SECRETARY)).get();
    }

    @Test
    void showsAnImageASheetAndHwpxText(FxRobot robot) throws Exception {
        TableView<?> cases = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> cases.getItems().size() == 6);
        robot.interact(() -> cases.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#detailTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ComboBox<Document> choice = robot.lookup("#documentChoice").queryAs(ComboBox.class);
        waitUntil(() -> choice.getItems().size() == 3);
        DocumentPane pane = robot.lookup("#documentPane").queryAs(DocumentPane.class);

        choose(robot, choice, ".png");
        waitUntil(() -> pane.lookupAll(".image-view").stream()
                .anyMatch(n -> n instanceof ImageView v && v.getImage() != null && v.getImage().getWidth() == 400));

        choose(robot, choice, ".xlsx");
        waitUntil(() -> pane.lookup("#documentSheet") != null);
        TableView<?> sheet = (TableView<?>) pane.lookup("#documentSheet");
        assertThat(sheet.getItems()).hasSize(2);
        assertThat(sheet.getItems().get(0).toString()).contains("지원 소상공인 수", "4000");
        assertThat(sheet.getItems().get(1).toString()).contains("1억원");

        choose(robot, choice, ".hwpx");
        waitUntil(() -> pane.lookup("#documentText") != null);
        assertThat(((TextArea) pane.lookup("#documentText")).getText())
                .contains("롯키데이 연계 판촉").contains("입점 소상공인 약 4,000개사");
    }

    private static void choose(FxRobot robot, ComboBox<Document> choice, String ending) {
        robot.interact(() -> choice.setValue(choice.getItems().stream().filter(d -> d.name().endsWith(ending))
                .findFirst().orElseThrow()));
    }
}
