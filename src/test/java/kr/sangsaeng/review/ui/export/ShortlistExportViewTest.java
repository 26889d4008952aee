package kr.sangsaeng.review.ui.export;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.exchange.shortlist.ExportFormat;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Export shortlist… as a secretary uses it: choose, export in the background, or cancel. */
@ExtendWith(ApplicationExtension.class)
class ShortlistExportViewTest {
    @TempDir
    static Path dir;

    private AppContext ctx;
    private Stage stage;
    private final AtomicReference<String> status = new AtomicReference<>("");

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, "ui"), Locale.ENGLISH);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        ctx.close();
    }

    @Test
    void exportsTheChosenFormatInTheBackgroundAndStoresItsRecord(FxRobot robot) throws Exception {
        Path out = ctx.round().file().resolveSibling("committee.xlsx");
        Platform.runLater(() -> ShortlistExport.start(ctx, stage, status::set));
        waitUntil(() -> robot.lookup("#exportPath").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<ExportFormat> format = robot.lookup("#exportFormat").queryAs(ChoiceBox.class);
        TextField path = robot.lookup("#exportPath").queryAs(TextField.class);
        assertThat(path.getText()).endsWith("demo-shortlist.pdf");
        robot.interact(() -> format.setValue(ExportFormat.XLSX));
        assertThat(path.getText()).as("the name follows the format").endsWith("demo-shortlist.xlsx");
        robot.interact(() -> path.setText(out.toString()));
        robot.clickOn("Export");

        waitUntil(() -> status.get().startsWith("Exported 6 cases"));
        assertThat(out).exists();
        robot.clickOn("OK");
        assertThat(ctx.dbExecutor().submit(() -> ctx.round().store().decisionRecords().findAll()).get()).hasSize(1);
    }

    @Test
    void cancellingStopsTheExportWithoutAFileOrARecord(FxRobot robot) throws Exception {
        Path out = ctx.round().file().resolveSibling("cancelled.pdf");
        ReviewStore store = ctx.round().store();
        // Enough draws to still be running when Cancel is pressed.
        ShortlistSettings slow = ShortlistSettings.defaults(12).withRule(ShortlistRule.top(3)).withDraws(5_000_000);
        robot.interact(() -> ShortlistExport.run(ctx, stage, ctx.committee(), new ShortlistExportDialog.Choice(slow, out),
                status::set));
        waitUntil(() -> robot.lookup("#exportCancel").tryQuery().isPresent());
        robot.clickOn("#exportCancel");

        waitUntil(() -> status.get().equals("Export cancelled."));
        assertThat(out).doesNotExist();
        assertThat(ctx.dbExecutor().submit(() -> store.decisionRecords().findAll()).get()).isEmpty();
    }
}
