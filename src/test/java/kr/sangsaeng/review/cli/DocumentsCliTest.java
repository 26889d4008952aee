package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import kr.sangsaeng.review.exchange.documents.HostileDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsCliTest {
    @TempDir
    Path dir;

    private Path init() throws Exception {
        Path db = dir.resolve("r.sangsaeng");
        assertThat(run("init", "--db", db.toString()).code()).isZero();
        Path f = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title\n2022-01,롯데,사례\n2022-03,우아한형제들,사례\n");
        assertThat(run("import", "submissions", "--db", db.toString(), f.toString()).code()).isZero();
        return db;
    }

    @Test
    void importThenExportGivesBackTheSameBytes() throws Exception {
        Path db = init();
        Path in = Files.createDirectories(dir.resolve("in"));
        Path pdf = HostileDocuments.pdf(in.resolve("2022-03_우아한형제들_신청서.pdf"), 3, "풍수해보험료 지원");
        Path hwpx = HostileDocuments.hwpx(dir.resolve("2022-01_증빙.hwpx"), "롯키데이");
        Run imported = run("import", "documents", "--db", db.toString(), in.toString(), hwpx.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 documents added");

        Run listed = run("documents", "--db", db.toString(), "--format", "json");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("\"ref\" : \"2022-03\"").contains("\"name\" : \"2022-03_우아한형제들_신청서.pdf\"")
                .contains("\"sha256\" : \"" + kr.sangsaeng.review.exchange.shortlist.FileHash.sha256(pdf) + "\"")
                .contains("\"media_type\" : \"application/pdf\"").contains("\"pages\" : 3")
                .contains("\"media_type\" : \"application/hwp+zip\"");

        Path out = dir.resolve("out");
        Run exported = run("export", "documents", "--db", db.toString(), "--out", out.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("2022-03").resolve(pdf.getFileName()))).isEqualTo(Files.readAllBytes(pdf));
        assertThat(Files.readAllBytes(out.resolve("2022-01").resolve(hwpx.getFileName()))).isEqualTo(Files.readAllBytes(hwpx));
    }

    @Test
    void oneBadFileAddsNothingAndEachIsNamedWithItsReason() throws Exception {
        Path db = init();
        Path in = Files.createDirectories(dir.resolve("in"));
        HostileDocuments.pdf(in.resolve("2022-01_ok.pdf"), 1, "좋은 문서");
        HostileDocuments.encryptedPdf(in.resolve("2022-01_locked.pdf"));
        HostileDocuments.zipNamedPdf(in.resolve("2022-03_zip.pdf"));
        HostileDocuments.empty(in.resolve("2022-03_empty.pdf"));
        HostileDocuments.pdf(in.resolve("2022-03_a\nb.pdf"), 1, "이름");
        HostileDocuments.pdf(in.resolve("9999-01_other.pdf"), 1, "다른 회차");
        String before = ExchangeTestFiles.contentHash(db);
        Run r = run("import", "documents", "--db", db.toString(), in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("2022-01_locked.pdf is protected by a password")
                .contains("2022-03_zip.pdf is named .pdf but holds ZIP archive content")
                .contains("2022-03_empty.pdf is empty (0 bytes)")
                .contains("2022-03_a\\u000Ab.pdf has a name that cannot be stored")
                .contains("9999-01_other.pdf starts with no reference of a case")
                .contains("error: 5 of 6 files cannot be added; nothing was added.");
        assertThat(ExchangeTestFiles.contentHash(db)).isEqualTo(before);
        assertThat(run("documents", "--db", db.toString()).out()).doesNotContain("2022-01_ok.pdf");
    }

    @Test
    void anUnknownRefIsBadInput() throws Exception {
        Path db = init();
        Run r = run("documents", "--db", db.toString(), "--ref", "2030-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("There is no case 2030-01");
    }
}
