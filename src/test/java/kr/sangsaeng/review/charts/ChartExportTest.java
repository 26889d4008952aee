package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartExportTest {
    @TempDir
    static Path dir;
    static DemoRoundData demo;

    @BeforeAll
    static void loadDemo() throws Exception {
        demo = DemoRoundData.load(dir);
    }

    @Test
    void theBundledFontDrawsHangul() {
        assertThat(ChartFonts.regular(12).canDisplayUpTo("쿠팡 우아한형제들 약 3만 명")).isEqualTo(-1);
        assertThat(ChartFonts.bold(12).canDisplayUpTo("평가 항목 프로필")).isEqualTo(-1);
        assertThat(ChartFonts.regular(12).getFamily()).isEqualTo(ChartFonts.FAMILY);
    }

    @Test
    void writesAPngOfTheChosenSize() throws Exception {
        JFreeChart chart = CriterionProfileChart.create(demo.analysis(), 0, Locale.KOREAN);
        Path file = dir.resolve("profile.png");
        ChartExport.png(chart, file, 640, 400);
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(400);
        assertThat(ChartImages.nonWhiteShare(img)).isGreaterThan(0.02);
        // Nothing left beside it: the part file was moved over the target.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void writesAnSvgThatParsesAndKeepsTheLabelsAsText() throws Exception {
        JFreeChart chart = CriterionProfileChart.create(demo.analysis(), demo.indexOf("2022-03"), Locale.KOREAN);
        Path file = dir.resolve("profile.svg");
        ChartExport.svg(chart, file, 800, 600);
        Document doc = SvgDocuments.parse(Files.readAllBytes(file));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("width"))).isEqualTo(800);
        assertThat(SvgDocuments.allText(doc)).contains("우아한형제들", "패널 평균", "성과 (Impact)");
        assertThat(Files.readString(file)).contains("NanumGothic");
    }

    @Test
    void refusesAnUnreasonableSizeAndLeavesNoFileBehind() {
        JFreeChart chart = CriterionProfileChart.create(demo.analysis(), 0, Locale.ENGLISH);
        Path file = dir.resolve("tiny.png");
        assertThatThrownBy(() -> ChartExport.png(chart, file, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }
}
