package kr.sangsaeng.review.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
    @TempDir
    Path dir;

    private ReviewStore demo;

    @BeforeEach
    void open() throws Exception {
        demo = DemoRound.createAt(dir.resolve("demo.sangsaeng"));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private static List<String> lines(Path f) throws Exception {
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void metricsExportHasOneRowPerValueWithPlainNumbers() throws Exception {
        Path out = dir.resolve("metrics.csv");
        assertThat(MetricsCsvExport.write(demo, out)).isEqualTo(14);
        List<String> lines = lines(out);
        assertThat(lines.get(0)).isEqualTo("ref,platform,metric,unit,value,approximate,as_written");
        assertThat(lines).contains("2022-03,우아한형제들,최대 보상액,KRW,90000000,false,\"최대 9,000만원\"",
                "2022-03,우아한형제들,지원 소상공인 수,persons,30000,true,약 3만 명");
        // A cell starting with + would run as a formula in a spreadsheet.
        assertThat(lines).anyMatch(l -> l.contains(",'+89% (상반기)"));
    }

    @Test
    void aReviewersScorePackHoldsOnlyTheirScoresAndReviews() throws Exception {
        Path out = dir.resolve("pack.csv");
        int rows = ScorePackExport.write(demo, out, Optional.of("이하은 (예시 위원)"));
        List<String> lines = lines(out);
        assertThat(lines.get(0)).isEqualTo("ref,reviewer,criterion,score,comment,recused,updated_at,recuse_reason,note_id,note_kind,note");
        assertThat(lines).hasSize(rows + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains(",이하은 (예시 위원),"));
        assertThat(lines).contains("2022-05,이하은 (예시 위원),,,,true,2022-12-08T05:00:00Z,해당 플랫폼 자문위원으로 활동 (이해충돌),,,",
                "2022-01,이하은 (예시 위원),impact,5,,,2022-12-08T05:00:00Z,,,,");
        assertThatThrownBy(() -> ScorePackExport.write(demo, out, Optional.of("nobody")))
                .hasMessageContaining("no reviewer \"nobody\"");
    }

    @Test
    void aFailedExportLeavesNoPartialFile() throws Exception {
        Path out = dir.resolve("pack.csv");
        Files.writeString(out, "keep");
        assertThatThrownBy(() -> ScorePackExport.write(demo, out, Optional.of("nobody")));
        assertThat(Files.readString(out)).isEqualTo("keep");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
