package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricBarChartTest {
    @TempDir
    static Path dir;
    static DemoRoundData demo;

    @BeforeAll
    static void loadDemo() throws Exception {
        demo = DemoRoundData.load(dir);
    }

    @Test
    void labelsBarsAsPeopleWriteThemAndMarksApproximateFigures() throws Exception {
        MetricSeries s = MetricSeriesBuilder.build(demo.round(), demo.metric("merchants"), Normalisation.RAW);
        JFreeChart chart = MetricBarChart.create(s, Locale.KOREAN);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys()).extracting(Object::toString)
                .containsExactly("우아한형제들", "롯데쇼핑e커머스", "11번가", "지마켓", "쿠팡");
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertThat(labels.generateLabel(plot.getDataset(), 0, 0)).isEqualTo("약 3만 명");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("지원 소상공인 수 (명)");
        assertThat(texts(chart)).contains("척도: 보고된 값 그대로", "보고하지 않음: 한국우편사업진흥원");

        BufferedImage img = ChartImages.pngRoundTrip(chart, "metric-merchants-ko", 800, 480);
        assertThat(ChartImages.pixelsNear(img, ChartColors.PRIMARY_LIGHT, 8)).isGreaterThan(2000);
        assertThat(ChartImages.distinctColours(img)).isGreaterThan(20);
    }

    @Test
    void writesEnglishUnitsAndTheExactValueInTheTooltip() {
        MetricSeries s = MetricSeriesBuilder.build(demo.round(), demo.metric("max_payout"), Normalisation.RAW);
        JFreeChart chart = MetricBarChart.create(s, Locale.ENGLISH);
        CategoryPlot plot = chart.getCategoryPlot();
        String tip = plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 0);
        assertThat(tip).contains("우아한형제들", "KRW 90M", "90,000,000", "최대 9,000만원");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("최대 보상액 (KRW)");
    }

    @Test
    void drawsALogScaleAndSaysSo() throws Exception {
        MetricSeries s = MetricSeriesBuilder.build(demo.round(), demo.metric("merchants"), Normalisation.LOG);
        JFreeChart chart = MetricBarChart.create(s, Locale.KOREAN);
        assertThat(chart.getCategoryPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(texts(chart)).contains("척도: 로그 척도");
        BufferedImage img = ChartImages.pngRoundTrip(chart, "metric-merchants-log-ko", 800, 480);
        assertThat(ChartImages.pixelsNear(img, ChartColors.PRIMARY_LIGHT, 8)).isGreaterThan(2000);
    }

    @Test
    void drawsPerMerchantAndPercentileScales() throws Exception {
        MetricSeries per = MetricSeriesBuilder.build(demo.round(), demo.metric("best_case_sales"),
                Normalisation.PER_MERCHANT);
        JFreeChart perChart = MetricBarChart.create(per, Locale.KOREAN);
        assertThat(texts(perChart)).contains("척도: 소상공인 1명당 (÷ 지원 소상공인 수)");
        ChartImages.pngRoundTrip(perChart, "metric-sales-per-merchant-ko", 800, 400);

        MetricSeries pct = MetricSeriesBuilder.build(demo.round(), demo.metric("merchants"), Normalisation.PERCENTILE);
        JFreeChart pctChart = MetricBarChart.create(pct, Locale.ENGLISH);
        CategoryPlot plot = pctChart.getCategoryPlot();
        assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0))
                .isEqualTo("90 · ~30,000");
        BufferedImage img = ChartImages.pngRoundTrip(pctChart, "metric-merchants-percentile-en", 800, 480);
        assertThat(ChartImages.nonWhiteShare(img)).isGreaterThan(0.05);
    }

    @Test
    void notesThatALargeRoundShowsItsTopN() {
        var m = new kr.sangsaeng.review.model.Metric(1, "sales", "Sales", kr.sangsaeng.review.model.MetricUnit.KRW,
                true, 0, 1);
        double[] values = new double[500];
        java.util.Arrays.setAll(values, i -> i + 1.0);
        MetricSeries s = MetricSeriesBuilder.build(MetricSeriesBuilderTest.synthetic(m, values), m,
                Normalisation.RAW, MetricSeriesBuilder.DEFAULT_LIMIT);
        JFreeChart chart = MetricBarChart.create(s, Locale.ENGLISH);
        assertThat(chart.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(30);
        assertThat(texts(chart)).contains("Showing the top 30 of 500 cases that reported this figure.");
    }

    static List<String> texts(JFreeChart chart) {
        return ((List<Title>) chart.getSubtitles()).stream().filter(t -> t instanceof TextTitle)
                .map(t -> ((TextTitle) t).getText()).toList();
    }
}
