package kr.sangsaeng.review.exchange.template;

import java.util.List;
import kr.sangsaeng.review.exchange.ImportKind;

/** The short instructions a template workbook carries on its second sheet, in Korean and English. */
final class Guidance {
    private Guidance() {
    }

    static List<String> lines(ImportKind kind) {
        return switch (kind) {
            case SUBMISSIONS -> List.of(
                    "첫 번째 시트의 1행은 열 이름입니다. 2행부터 사례 하나에 한 행씩 적습니다.",
                    "필수: 접수번호, 플랫폼, 사례명. 선택: 지원분야(경영지원, 자금지원, 판로지원; 여러 개는 ;로 구분), 요약.",
                    "그 밖의 열은 모두 성과 지표입니다. 열 이름 뒤 [ ] 안에 단위를 적을 수 있습니다: [명], [개], [원], [만원], [%], [%p], [배], [회], [위].",
                    "값은 쓰는 그대로 적어도 됩니다: 4,000 · 약 4000여개 · 3만 명 · 9000만원 · 1억원 · 628% · 3배 · +60%p · 13회.",
                    "Row 1 holds the column names; one case per row below. Required: ref, platform, title.",
                    "Every other column is a metric; its unit may follow in brackets, e.g. merchants supported [persons].");
            case RUBRIC -> List.of(
                    "한 행에 평가항목 하나: 항목코드, 항목명, 가중치(합계 100), 최저점, 최고점, 평가지침.",
                    "One criterion per row: key, label, weight (summing to 100), min, max, guidance.");
            case SCORES -> List.of(
                    "한 행에 점수 하나: 접수번호, 심사위원, 평가항목(항목코드), 점수, 의견, 회피(예/아니오), 수정시각, 회피사유.",
                    "One score per row: ref, reviewer, criterion key, score, comment, recused, updated_at, recuse_reason.");
        };
    }
}
