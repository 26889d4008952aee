package kr.sangsaeng.review.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.ui.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's summary and preview say in Korean what the import found, warnings and recusals too. */
class ImportTextsTest {
    @TempDir
    Path dir;

    @Test
    void aRubricWarningAndARecusalReadInKorean() {
        try (AppContext ctx = new AppContext(new Settings(dir.resolve("settings.properties")), Locale.KOREAN)) {
            ImportTexts texts = new ImportTexts(ctx);
            ImportSummary rubric = new ImportSummary(ImportKind.RUBRIC, 3, 0, 0, List.of(), List.of(), List.of(), List.of(),
                    List.of("the rubric's weights add up to 90, not 100"));
            assertThat(texts.summary(rubric)).contains("평가항목 3개 추가")
                    .contains("평가 기준의 가중치 합이 100이 아니라 90입니다").doesNotContain("weights");

            PreviewLine recusal = new PreviewLine(PreviewLine.Change.ADD, "2022-01/김심사", "recused: 자문 이력 · “검토함”");
            assertThat(texts.detail(recusal)).isEqualTo("회피: 자문 이력 · “검토함”");
            PreviewLine comment = new PreviewLine(PreviewLine.Change.ADD, "2022-01/김심사", "“recused라고 썼음”");
            assertThat(texts.detail(comment)).isEqualTo("“recused라고 썼음”");
        }
    }
}
