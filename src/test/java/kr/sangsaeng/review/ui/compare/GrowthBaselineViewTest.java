package kr.sangsaeng.review.ui.compare;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.importing.ImportController;
import kr.sangsaeng.review.ui.importing.ImportDialog;
import kr.sangsaeng.review.ui.importing.ImportViewModel.State;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * "Growth against its baseline" on a round built from a submissions file that names no baseline:
 * the secretary picks it in the Compare tab, the file keeps it (audited), and the chart pairs the bars.
 */
class GrowthBaselineViewTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onRound(locale(),
            folder -> RoundFiles.create(folder.resolve("2024.sangsaeng"), new Round("2024 상생 평가", 2024, "", false), true));

    private AppContext ctx;
    private Stage stage;

    /** The window's language; {@link GrowthBaselineViewEnglishTest} runs the same steps in English. */
    Locale locale() {
        return Locale.KOREAN;
    }

    @Test
    void choosingTheBaselineOfAnImportedGrowthFigureDrawsGrowthAgainstIt(FxRobot robot) throws Exception {
        importSubmissions(robot, """
                접수번호,플랫폼,사례명,지원 소상공인 수 [명],매출 증가율 [%],업계 평균 증가율 [%],지원금 [만원]
                2024-01,가나마켓,온라인 판로,약 3만 명,+89%,+29%,5000
                2024-02,다라페이,수수료 인하,"1,200개사",45%,12%,1억 5천
                2024-03,마바몰,배송 지원,900명,30%,,300
                """);
        robot.clickOn(ctx.text("tab.compare"));
        waitUntil(() -> robot.lookup("#chartViewer").tryQuery().isPresent());
        robot.clickOn("#chartKindPicker");
        robot.clickOn(ctx.text("chart.growth"));

        // The file named no baseline: the chart asks for one, on the growth figure it chose itself.
        ComboBox<Metric> growth = robot.lookup("#chartMetricPicker").queryAs(ComboBox.class);
        Label message = robot.lookup("#chartMessage").queryAs(Label.class);
        waitUntil(() -> growth.getValue() != null && growth.getValue().label().equals("매출 증가율"));
        waitUntil(() -> message.getText().equals(ctx.text("compare.chooseBaseline", 0, "매출 증가율")));
        ComboBox<Metric> baseline = robot.lookup("#chartBaselinePicker").queryAs(ComboBox.class);
        assertThat(baseline.isVisible()).isTrue();
        assertThat(baseline.getItems()).extracting(m -> m == null ? "—" : m.label())
                .containsExactly("—", "업계 평균 증가율"); // only figures in the same unit
        screenshot(robot, "compare-growth-choose-" + locale().getLanguage() + ".png");

        robot.clickOn("#chartBaselinePicker");
        robot.clickOn("업계 평균 증가율");

        ChartViewer viewer = robot.lookup("#chartViewer").queryAs(ChartViewer.class);
        waitUntil(() -> viewer.isVisible()
                && title(viewer).equals(ctx.text("chart.growth.title", "매출 증가율", "업계 평균 증가율")));
        var data = viewer.getChart().getCategoryPlot().getDataset();
        assertThat(data.getRowCount()).isEqualTo(2);
        assertThat(data.getColumnKeys()).extracting(Object::toString).containsExactly("가나마켓", "다라페이", "마바몰");
        assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(89);
        assertThat(data.getValue(1, 0).doubleValue()).isEqualTo(29);
        assertThat(data.getValue(1, 2)).isNull(); // 마바몰 reported no baseline figure
        assertThat(message.getText()).isEmpty();
        screenshot(robot, "compare-growth-baseline-" + locale().getLanguage() + ".png");

        // Kept in the file with an audit row, as every change the committee may be asked about.
        AtomicReference<List<AuditEntry>> audit = new AtomicReference<>();
        AtomicReference<List<Metric>> metrics = new AtomicReference<>();
        ctx.dbExecutor().submit(() -> {
            metrics.set(ctx.round().reader().metrics());
            audit.set(ctx.round().store().audit().findAll());
        }).get();
        Metric stored = metrics.get().stream().filter(m -> m.label().equals("매출 증가율")).findFirst().orElseThrow();
        Metric average = metrics.get().stream().filter(m -> m.label().equals("업계 평균 증가율")).findFirst().orElseThrow();
        assertThat(stored.baselineMetricId()).isEqualTo(average.id());
        assertThat(audit.get()).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("metric_baseline");
            assertThat(e.actor()).isEqualTo("secretary");
            assertThat(e.entityKey()).isEqualTo(stored.key());
            assertThat(e.newValue()).isEqualTo(average.key());
        });
    }

    private void importSubmissions(FxRobot robot, String csv) throws Exception {
        Path file = Files.writeString(Files.createTempDirectory(window.folder(), "f").resolve("submissions.csv"), csv);
        AtomicReference<ImportController> c = new AtomicReference<>();
        robot.interact(() -> c.set(ImportDialog.show(ctx, stage, ImportKind.SUBMISSIONS, file)));
        var vm = c.get().viewModel();
        waitUntil(() -> vm.stateProperty().get() == State.READY);
        robot.clickOn("#importButton");
        waitUntil(() -> vm.stateProperty().get() == State.DONE);
        robot.clickOn("#closeButton");
    }

    /** The whole window as the secretary sees it, for the docs and for a look at the layout. */
    private void screenshot(FxRobot robot, String name) throws Exception {
        AtomicReference<javafx.scene.image.WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(stage.getScene().snapshot(null)));
        Path png = Path.of("target", "screenshots", name);
        Files.createDirectories(png.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot.get(), null), "png", png.toFile());
    }

    private static String title(ChartViewer viewer) {
        JFreeChart c = viewer.getChart();
        return c == null || c.getTitle() == null ? "" : c.getTitle().getText();
    }
}
