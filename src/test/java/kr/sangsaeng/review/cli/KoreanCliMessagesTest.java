package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In Korean the command line says everything in Korean: usage errors (unknown option, missing
 * option or value, bad value, unknown command), the import summary and what it created or exported.
 * Data (tables, CSV, JSON) is not a sentence and stays as it is.
 */
class KoreanCliMessagesTest {
    @TempDir
    Path dir;

    private Path demo() {
        Path db = dir.resolve("d.sangsaeng");
        CliTest.Run r = run("demo", "--db", db.toString(), "--lang", "ko");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("d.sangsaeng을(를) 만들었습니다: 사례 6건, 심사위원 3명, 점수 84개");
        return db;
    }

    /** No English sentence: nothing but option names, values and file names in Latin letters. */
    private static void assertKorean(String text) {
        assertThat(text).doesNotContain("Usage", "Unknown", "Missing", "Invalid", "Did you mean", "error:", "See '",
                "is not", "imported", "added", "changed", "created", "exported");
    }

    @Test
    void usageErrorsSayWhatIsWrongInKorean() {
        Path db = demo();
        CliTest.Run unknown = run("rank", "--db", db.toString(), "--bogus", "--lang", "ko");
        assertThat(unknown.code()).isEqualTo(Cli.USAGE);
        assertThat(unknown.err()).contains("오류: 알 수 없는 옵션: '--bogus'")
                .contains("쓸 수 있는 옵션은 'sangsaeng-review rank --help'로 볼 수 있습니다.");
        assertKorean(unknown.err());

        CliTest.Run missing = run("rank", "--lang", "ko");
        assertThat(missing.code()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).contains("오류: 꼭 필요한 옵션이 빠졌습니다: '--db=FILE|URL'");
        assertKorean(missing.err());

        CliTest.Run noValue = run("rank", "--db", "--lang", "ko");
        assertThat(noValue.err()).contains("오류: 옵션 '--db'에 값 FILE|URL이(가) 빠졌습니다");
        assertKorean(noValue.err());

        CliTest.Run badInt = run("stability", "--db", db.toString(), "--top", "셋", "--lang", "ko");
        assertThat(badInt.code()).isEqualTo(Cli.USAGE);
        assertThat(badInt.err()).contains("오류: 옵션 '--top'의 값이 잘못되었습니다: '셋'은(는) 정수가 아닙니다");
        assertKorean(badInt.err());

        CliTest.Run badMethod = run("rank", "--db", db.toString(), "--method", "best", "--lang", "ko");
        assertThat(badMethod.err()).contains("알 수 없는 점수 방식 'best'");
        assertKorean(badMethod.err());

        CliTest.Run badKind = run("import", "minutes", "--db", db.toString(), "x.csv", "--lang", "ko");
        assertThat(badKind.err()).contains("인수 KIND의 값이 잘못되었습니다: 'minutes'은(는) 쓸 수 없습니다");
        assertKorean(badKind.err());

        CliTest.Run typo = run("generat", "--lang", "ko");
        assertThat(typo.code()).isEqualTo(Cli.USAGE);
        assertThat(typo.err()).contains("오류: 알 수 없는 인수: 'generat'").contains("혹시 이것입니까? generate");
        assertKorean(typo.err());
    }

    @Test
    void theBallotCommandSaysWhatIsWrongInKorean() throws Exception {
        Path db = demo();
        Path bad = dir.resolve("ballots.csv");
        Files.writeString(bad, "voter,1,2,3\n김위원,2022-03,2022-03\n,2022-01\n이위원,2099-01\n", StandardCharsets.UTF_8);
        CliTest.Run rows = run("ballot", "--db", db.toString(), "--method", "schulze", "--ballots", bad.toString(), "--lang", "ko");
        assertThat(rows.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(rows.err()).contains("오류: ballots.csv의 투표를 집계할 수 없습니다:")
                .contains("2행: '2022-03'이(가) 두 번 들어 있습니다").contains("3행: 투표자 이름이 비어 있습니다")
                .contains("4행: 이번 심사에 '2099-01' 사례가 없습니다");
        assertKorean(rows.err());
        assertThat(rows.err()).doesNotContain("row", "ranked", "voter is");

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "voter,1,2\n김위원,2022-03,2022-01\n", StandardCharsets.UTF_8);
        CliTest.Run method = run("ballot", "--db", db.toString(), "--method", "plurality", "--ballots", good.toString(), "--lang", "ko");
        assertThat(method.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(method.err()).contains("오류: 투표 방식은 schulze 또는 borda입니다('plurality'은(는) 쓸 수 없습니다)");
        CliTest.Run casting = run("ballot", "--db", db.toString(), "--method", "borda", "--ballots", good.toString(),
                "--casting", "2099-09", "--lang", "ko");
        assertThat(casting.err()).contains("오류: 참조번호 '2099-09'인 사례가 없습니다");
        CliTest.Run missing = run("ballot", "--db", db.toString(), "--method", "borda", "--ballots",
                dir.resolve("none.csv").toString(), "--lang", "ko");
        assertThat(missing.err()).contains("오류: 파일이 없습니다");
        for (CliTest.Run r : java.util.List.of(method, casting, missing)) {
            assertKorean(r.err());
            assertThat(r.err()).doesNotContain("There is", "ballot method");
        }
    }

    @Test
    void usageErrorsInEnglishNameTheProblemAndWhereTheOptionsAre() {
        CliTest.Run unknown = run("rank", "--db", "x", "--bogus", "--lang", "en");
        assertThat(unknown.code()).isEqualTo(Cli.USAGE);
        assertThat(unknown.err()).contains("error: Unknown option: '--bogus'")
                .contains("See 'sangsaeng-review rank --help' for its options.");
    }

    @Test
    void theImportSummaryAndExportsReportInKorean() throws Exception {
        Path db = demo();
        Path csv = Files.writeString(dir.resolve("s.csv"), """
                접수번호,플랫폼,사례명,재방문율 [%]
                2023-01,새플랫폼,새 사례,+12%
                2022-05,쿠팡,바뀐 제목,5%
                """, StandardCharsets.UTF_8);
        CliTest.Run imported = run("import", "submissions", "--db", db.toString(), csv.toString(), "--update", "--lang", "ko");
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("s.csv의 사례을(를) d.sangsaeng에 가져왔습니다")
                .contains("  사례 1건 추가, 1건 변경, 0건 변경 없음")
                .contains("  새 성과 지표 1개: 재방문율")
                .contains("  새 플랫폼 1곳");
        assertKorean(imported.out());

        CliTest.Run exported = run("export", "metrics", "--db", db.toString(), "--out", dir.resolve("m.csv").toString(),
                "--lang", "ko");
        assertThat(exported.out()).contains("값 ").contains("개를 ").contains("m.csv에 내보냈습니다");
        assertKorean(exported.out());

        CliTest.Run created = run("init", "--db", dir.resolve("new.sangsaeng").toString(), "--year", "2024", "--lang", "ko");
        assertThat(created.out()).contains("new.sangsaeng을(를) 만들었습니다(2024년 심사)");
    }

    @Test
    void theLinesUnderTheReportTablesAreKorean() {
        Path db = demo();
        CliTest.Run rank = run("rank", "--db", db.toString(), "--lang", "ko");
        assertThat(rank.out()).contains("점수 방식: mean, 점수 범위 0-100, 사례 6건.").contains("제외: 미완료 심사");
        CliTest.Run agreement = run("agreement", "--db", db.toString(), "--lang", "ko");
        assertThat(agreement.out()).contains("심사위원 한 명의 총점 일치도: ").contains("Koo & Li(2016)의 구간");
        CliTest.Run stability = run("stability", "--db", db.toString(), "--top", "3", "--draws", "50", "--lang", "ko");
        assertThat(stability.out()).contains("상위 3곳(").contains("경계에 있는 사례");
        CliTest.Run check = run("check", "--db", db.toString(), "--lang", "ko");
        assertThat(check.out()).contains("스키마 버전: ").contains("무결성: 정상");
        CliTest.Run decide = run("decide", "--db", db.toString(), "--ref", "2022-05", "--kind", "shortlisted", "--lang", "ko");
        assertThat(decide.out()).contains("2022-05: 후보 선정, 기록: ");
        for (CliTest.Run r : new CliTest.Run[] {rank, agreement, stability, check, decide}) {
            assertThat(r.out()).doesNotContain("Left out", "method:", "Over ", "Bands", "Top ", "are on the cut-off", "integrity",
                    "recorded by");
        }
    }

    @Test
    void helpAfterEveryCommandListsItsOptionsInKorean() {
        String[][] commands = {{}, {"init"}, {"demo"}, {"import"}, {"export"}, {"check"}, {"generate"}, {"rank"},
                {"agreement"}, {"stability"}, {"rule"}, {"decide"}, {"documents"}, {"import", "documents"},
                {"export", "documents"}, {"publish"}, {"archive"}, {"ballot"}, {"pledge"}, {"conflicts"},
                {"notes"}};
        for (String[] command : commands) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--help", "--lang", "ko")).toArray(String[]::new);
            CliTest.Run help = run(args);
            String name = String.join(" ", command);
            assertThat(help.code()).as(name).isZero();
            assertThat(help.out()).as(name).startsWith("사용법: sangsaeng-review").contains("이 도움말을 보여 주고 끝냅니다.")
                    // an English description left untranslated would bring one of these
                    .doesNotContain("Usage:", " the ", "The ", " a ", " of ", "Show this", "Only ", "Number of");
        }
        assertThat(run("rank", "--help", "--lang", "en").out()).startsWith("Usage: sangsaeng-review rank")
                .contains("Panel score: mean, median, trimmed or zscore");
    }

    @Test
    void dataOnStandardOutputIsNotTranslated() {
        Path db = demo();
        CliTest.Run json = run("rank", "--db", db.toString(), "--format", "json", "--lang", "ko");
        assertThat(json.code()).isZero();
        assertThat(json.out()).startsWith("[").contains("\"platform\"");
    }
}
