package kr.sangsaeng.review.exchange.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.export.CsvOutput;
import kr.sangsaeng.review.exchange.rubric.RubricFormat;
import kr.sangsaeng.review.exchange.scores.ScorePackFormat;
import kr.sangsaeng.review.exchange.submissions.SubmissionFormat;
import kr.sangsaeng.review.exchange.table.Column;
import kr.sangsaeng.review.exchange.table.TableReaders;

/**
 * The import templates the secretary hands out: Korean headers and one example row, as CSV (UTF-8
 * with BOM, which Excel opens correctly) or XLSX. The copies under {@code assets/templates/} are
 * these files; a test keeps them the same.
 */
public final class ImportTemplates {
    private ImportTemplates() {
    }

    /** Writes the template of {@code kind}; an {@code .xlsx} name gives a workbook, anything else CSV. */
    public static void write(ImportKind kind, Path out) throws IOException {
        List<List<String>> rows = rows(kind);
        if (TableReaders.isWorkbook(out)) {
            TemplateWorkbook.write(out, rows, Guidance.lines(kind));
            return;
        }
        try (CsvOutput csv = CsvOutput.open(out)) {
            rows.forEach(csv::row);
            csv.commit();
        }
    }

    /** Header and example row of a kind's template. */
    public static List<List<String>> rows(ImportKind kind) {
        return switch (kind) {
            case SUBMISSIONS -> List.of(
                    List.of(korean(SubmissionFormat.REF), korean(SubmissionFormat.PLATFORM), korean(SubmissionFormat.TITLE),
                            korean(SubmissionFormat.SUPPORT_AREA), korean(SubmissionFormat.SUMMARY),
                            "지원 소상공인 수 [명]", "매출 증가율 [%]", "대표 사례 매출 [원]"),
                    List.of("2023-01", "예시플랫폼", "소상공인 온라인 판로 지원 (예시)", "판로지원;경영지원",
                            "누구를, 어떻게, 얼마나 지원했는지 두세 문장으로 적습니다.", "약 1만 명", "35%", "1억 2천만원"));
            case RUBRIC -> List.of(
                    RubricFormat.COLUMNS.stream().map(ImportTemplates::korean).toList(),
                    List.of("impact", "성과", "30", "1", "5", "소상공인의 매출·비용에 실제로 나타난 변화. 5 = 수치로 입증된 큰 변화, 1 = 근거 없음."));
            case SCORES -> List.of(
                    ScorePackFormat.SCORE_COLUMNS.stream().map(ImportTemplates::korean).toList(),
                    List.of("2023-01", "홍길동", "impact", "4", "근거 자료가 충분함", "아니오", "2023-11-20T14:00:00+09:00", ""));
        };
    }

    private static String korean(Column c) {
        return c.korean();
    }
}
