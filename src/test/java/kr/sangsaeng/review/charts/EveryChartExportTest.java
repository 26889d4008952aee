package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityProgress;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Each kind of chart, drawn for the demo round, exports to a PNG with content and an SVG that names its cases. */
class EveryChartExportTest {
    @TempDir
    static Path dir;
    static DemoRoundData demo;
    static Map<String, Function<Locale, JFreeChart>> charts;

    @BeforeAll
    static void loadDemo() throws Exception {
        demo = DemoRoundData.load(dir);
        var stability = demo.analysis().stability(StabilityOptions.defaults(ShortlistRule.top(3)).withDraws(200)
                .withThreads(1), StabilityProgress.NONE);
        charts = Map.of(
                "metric", l -> MetricBarChart.create(MetricSeriesBuilder.build(demo.round(), demo.metric("merchants"),
                        Normalisation.LOG), l),
                "growth", l -> GrowthChart.create(GrowthComparison.of(demo.round(), demo.metric("sales_growth"), 30), l),
                "scatter", l -> ScatterChart.create(ScatterData.of(demo.round(), demo.metric("merchants"),
                        demo.metric("sales_growth"), null, Normalisation.RAW), l),
                "scoresByCase", l -> ScoreDistributionChart.byCase(demo.analysis(), l),
                "profile", l -> CriterionProfileChart.create(demo.analysis(), demo.indexOf("2022-05"), l),
                "stability", l -> StabilityChart.create(stability, l));
    }

    @ParameterizedTest
    @ValueSource(strings = {"metric", "growth", "scatter", "scoresByCase", "profile", "stability"})
    void exportsPngAndSvgWithTheCaseLabels(String kind) throws Exception {
        JFreeChart chart = charts.get(kind).apply(Locale.KOREAN);
        Path png = dir.resolve(kind + ".png");
        ChartExport.png(chart, png, 900, 560);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(ChartImages.distinctColours(img)).isGreaterThan(20);
        assertThat(ChartImages.nonWhiteShare(img)).isGreaterThan(0.02);

        Path svg = dir.resolve(kind + ".svg");
        ChartExport.svg(chart, svg, 900, 560);
        Document doc = SvgDocuments.parse(Files.readAllBytes(svg));
        // Coupang appears on every chart of the demo: it reported growth and merchants and was scored.
        assertThat(SvgDocuments.allText(doc)).contains("쿠팡");
    }

    @ParameterizedTest
    @ValueSource(strings = {"metric", "growth", "scatter", "scoresByCase", "profile", "stability"})
    void drawsInEnglishToo(String kind) throws Exception {
        JFreeChart chart = charts.get(kind).apply(Locale.ENGLISH);
        String svg = ChartExport.svgDocument(chart, 800, 500);
        assertThat(SvgDocuments.allText(svg)).contains("쿠팡").doesNotContain("척도", "패널", "순위");
        ChartImages.pngRoundTrip(chart, kind + "-en", 800, 500);
    }
}
