package kr.sangsaeng.review.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A short sample document per demo case, written by the project (not the platforms' real
 * submissions) and labelled 예시 on every page, so the document pane has something to show.
 */
public final class DemoDocuments {
    /** Who the audit log names for the sample documents. */
    public static final String ADDED_BY = "(예시) 데모";
    private static final String BANNER = "예시 자료 — 실제 제출 서류가 아닙니다 (sample, not a real submission)";

    private DemoDocuments() {
    }

    /** Writes a sample PDF per demo case into {@code dir}, named as platforms name theirs. */
    public static void writeTo(Path dir) throws IOException {
        for (DemoCases.Case c : DemoCases.CASES) {
            SamplePdf.write(dir.resolve(fileName(c)), c.ref() + " " + c.platform() + " 신청서 (예시)", pages(c));
        }
    }

    static String fileName(DemoCases.Case c) {
        return c.ref() + "_" + c.platform() + "_신청서_예시.pdf";
    }

    private static List<SamplePdf.Page> pages(DemoCases.Case c) {
        Map<String, String> labels = DemoCases.METRICS.stream()
                .collect(Collectors.toMap(DemoCases.MetricSpec::key, DemoCases.MetricSpec::label));
        List<String> figures = new ArrayList<>();
        DemoCases.FIGURES.stream().filter(f -> f.ref().equals(c.ref()))
                .forEach(f -> figures.add("• " + labels.get(f.metric()) + ": " + f.asWritten()));
        figures.add("위 수치는 공개된 선정 결과를 바탕으로 데모용으로 옮겨 적은 것입니다.");
        return List.of(
                new SamplePdf.Page("상생협력 우수사례 신청서 (예시)", List.of(BANNER, "접수번호: " + c.ref(),
                        "플랫폼: " + c.platform(), "사례명: " + c.title(), "사례 요약", c.summary()), footer(c, 1)),
                new SamplePdf.Page("주요 성과 (예시)", figures, footer(c, 2)),
                new SamplePdf.Page("증빙 자료 목록 (예시)", List.of(BANNER,
                        "실제 심사에서는 플랫폼이 제출한 실적 증빙(공문, 정산 자료, 협약서 등)이 이 자리에 들어갑니다.",
                        "심사위원은 각 수치를 증빙 쪽에 고정(pin)하고 확인 결과를 기록합니다."), footer(c, 3)));
    }

    private static String footer(DemoCases.Case c, int page) {
        return "예시 · Sangsaeng Review 데모 자료 · " + c.ref() + " · " + page + " / 3";
    }
}
