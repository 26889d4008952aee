package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line speaks Korean on a Korean system or with --lang ko, and never names a Java class. */
class CliLanguageTest {
    @TempDir
    Path dir;

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private Path demo() {
        Path db = dir.resolve("d.sangsaeng");
        assertThat(run("demo", "--db", db.toString()).code()).isZero();
        return db;
    }

    private Path badSubmissions() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "접수번호,플랫폼,사례명,매출 [원]\nA,가,가 사례,많음\nB,나,,300~400\n", StandardCharsets.UTF_8);
        return csv;
    }

    @Test
    void reportsImportProblemsInKoreanWithRowColumnAndReason() throws Exception {
        Path db = demo();
        CliTest.Run r = run("import", "submissions", "--db", db.toString(), badSubmissions().toString(), "--lang", "ko");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("2행 D열 (매출 [원]): 숫자가 아닙니다: \"많음\"")
                .contains("3행 C열 (사례명): 사례명 칸이 비어 있습니다")
                .contains("3행 D열 (매출 [원]): 범위이지 하나의 수치가 아닙니다: \"300~400\"")
                .contains("오류: bad.csv에 문제가 3개 있습니다. 아무것도 가져오지 않았습니다.");
    }

    @Test
    void followsAKoreanSystemAndSpeaksEnglishOtherwise() throws Exception {
        Path db = demo();
        Locale.setDefault(Locale.KOREA);
        assertThat(run("import", "submissions", "--db", db.toString(), badSubmissions().toString()).err())
                .contains("숫자가 아닙니다");
        Locale.setDefault(Locale.US);
        assertThat(run("import", "submissions", "--db", db.toString(), badSubmissions().toString()).err())
                .contains("row 2, column D (매출 [원]): not a number: \"많음\"")
                .contains("error: 3 problems in bad.csv; nothing was imported.");
    }

    @Test
    void namesNoJavaClassWhenAFileCannotBeWritten() throws Exception {
        Path db = demo();
        Path folderAsFile = Files.createDirectories(dir.resolve("out.csv"));
        for (String lang : new String[] {"en", "ko"}) {
            CliTest.Run r = run("export", "metrics", "--db", db.toString(), "--out", folderAsFile.toString(), "--lang", lang);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b").contains("out.csv");
        }
        CliTest.Run missing = run("import", "scores", "--db", db.toString(), dir.resolve("none.csv").toString());
        assertThat(missing.err()).doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b");
    }
}
