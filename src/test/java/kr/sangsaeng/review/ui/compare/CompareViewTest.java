package kr.sangsaeng.review.ui.compare;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import kr.sangsaeng.review.charts.CaseKey;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.submissions.SubmissionRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class CompareViewTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN);

    private AppContext ctx;

    @Test
    void choosingAMetricChangesTheChart(FxRobot robot) throws Exception {
        ChartViewer viewer = openCompareTab(robot);
        waitUntil(() -> title(viewer).equals("지원 소상공인 수"));
        assertThat(viewer.getChart().getCategoryPlot().getDataset().getColumnCount()).isEqualTo(5);

        robot.clickOn("#chartMetricPicker");
        robot.clickOn("최대 보상액");
        waitUntil(() -> title(viewer).equals("최대 보상액"));
        assertThat(viewer.getChart().getCategoryPlot().getDataset().getColumnKeys()).extracting(Object::toString)
                .containsExactly("우아한형제들");
    }

    @Test
    void choosingAScaleSaysSoOnTheChart(FxRobot robot) throws Exception {
        ChartViewer viewer = openCompareTab(robot);
        waitUntil(() -> title(viewer).equals("지원 소상공인 수"));
        robot.clickOn("#chartScalePicker");
        robot.clickOn("회차 내 백분위");
        waitUntil(() -> subtitle(viewer).equals("척도: 회차 내 백분위"));
    }

    @Test
    void rankStabilityRunsInTheBackgroundAndDrawsTheCutoff(FxRobot robot) throws Exception {
        ChartViewer viewer = openCompareTab(robot);
        waitUntil(() -> viewer.getChart() != null);
        robot.clickOn("#chartKindPicker");
        robot.clickOn("순위 안정성");
        waitUntil(() -> title(viewer).equals("순위 안정성"));
        assertThat(viewer.getChart().getCategoryPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .hasSize(1);
    }

    @Test
    void clickingABarOpensThatCase(FxRobot robot) throws Exception {
        ChartViewer viewer = openCompareTab(robot);
        waitUntil(() -> title(viewer).equals("지원 소상공인 수") && barOf(viewer, "쿠팡") != null);
        Rectangle2D bar = barOf(viewer, "쿠팡").getArea().getBounds2D();
        Point2D onScreen = viewer.getCanvas().localToScreen(bar.getCenterX(), bar.getCenterY());
        robot.clickOn(onScreen);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("submissionsTab"));
        TableView<SubmissionRow> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().submission().platformName().equals("쿠팡"));
    }

    private static ChartViewer openCompareTab(FxRobot robot) throws Exception {
        robot.clickOn("비교");
        waitUntil(() -> robot.lookup("#chartViewer").tryQuery().isPresent());
        return robot.lookup("#chartViewer").queryAs(ChartViewer.class);
    }

    private static String title(ChartViewer viewer) {
        JFreeChart c = viewer.getChart();
        return c == null || c.getTitle() == null ? "" : c.getTitle().getText();
    }

    private static String subtitle(ChartViewer viewer) {
        JFreeChart c = viewer.getChart();
        return c == null ? "" : c.getSubtitles().stream().filter(t -> t instanceof org.jfree.chart.title.TextTitle)
                .map(t -> ((org.jfree.chart.title.TextTitle) t).getText()).findFirst().orElse("");
    }

    private static CategoryItemEntity barOf(ChartViewer viewer, String label) {
        if (viewer.getRenderingInfo() == null || viewer.getRenderingInfo().getEntityCollection() == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        java.util.Collection<org.jfree.chart.entity.ChartEntity> entities =
                viewer.getRenderingInfo().getEntityCollection().getEntities();
        return entities.stream()
                .filter(e -> e instanceof CategoryItemEntity c && c.getColumnKey() instanceof CaseKey k
                        && k.label().equals(label))
                .map(e -> (CategoryItemEntity) e).findFirst().orElse(null);
    }
}
