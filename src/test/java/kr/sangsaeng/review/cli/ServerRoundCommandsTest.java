package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * import, check and export take a server round as --db the same way as a file (docs/server-mode.md):
 * a round built on the server by importing the demo's own files ranks and exports as the demo does.
 */
@ExtendWith(TestServer.class)
class ServerRoundCommandsTest {
    @TempDir
    Path dir;

    @Test
    void importingTheDemosFilesIntoAnEmptyServerRoundRebuildsTheDemo(ServerAddress server) throws Exception {
        Path demo = demo();
        Path empty = dir.resolve("empty.sangsaeng");
        assertThat(run("init", "--db", empty.toString(), "--name", "2022년 상생협력", "--year", "2022").code()).isZero();
        assertThat(run("publish", "--from", empty.toString(), "--to", server.toString()).code()).isZero();

        for (String kind : List.of("submissions", "rubric", "scores")) {
            Path csv = dir.resolve(kind + ".csv");
            Run exported = run("export", kind, "--db", demo.toString(), "--out", csv.toString());
            assertThat(exported.code()).as(exported.err()).isZero();
            Run imported = run("import", kind, "--db", server.toString(), csv.toString());
            assertThat(imported.code()).as(kind + ": " + imported.err()).isZero();
            assertThat(imported.out()).contains("into " + server);
        }
        Run onFile = run("rank", "--db", demo.toString(), "--format", "csv");
        Run onServer = run("rank", "--db", server.toString(), "--format", "csv");
        assertThat(onServer.code()).as(onServer.err()).isZero();
        assertThat(onServer.out()).isEqualTo(onFile.out()).isNotBlank();

        Path back = dir.resolve("back.csv");
        assertThat(run("export", "scores", "--db", server.toString(), "--out", back.toString()).code()).isZero();
        assertThat(Files.readString(back)).isEqualTo(Files.readString(dir.resolve("scores.csv")));
    }

    @Test
    void aBadFileImportsNothingIntoTheServerRound(ServerAddress server) throws Exception {
        publishDemo(server);
        Path bad = Files.writeString(dir.resolve("bad.csv"), "ref,platform,title\n2023-01,쿠팡,새 사례\n2023-02,,빈 플랫폼\n");
        Run r = run("import", "submissions", "--db", server.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("the platform is empty").contains("nothing was imported");
        try (OpenRound round = RoundFiles.openServer(server)) {
            assertThat(round.store().submissions().findByRef("2023-01")).isEmpty();
        }
    }

    @Test
    void checkReportsTheServerRoundsSchemaAndTheSameContentsAsTheFile(ServerAddress server) throws Exception {
        Path demo = publishDemo(server);
        Run onFile = run("check", "--db", demo.toString());
        Run onServer = run("check", "--db", server.toString());
        assertThat(onServer.code()).as(onServer.err()).isZero();
        assertThat(onServer.out()).contains("file:           " + server).contains("integrity:      ok")
                .contains("schema version: ");
        assertThat(counts(onServer.out())).isEqualTo(counts(onFile.out())).isNotEmpty();

        Run nothing = run("check", "--db", server.withDatabase("postgres").toString());
        assertThat(nothing.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(nothing.err()).contains("holds no round");
    }

    @Test
    void theShortlistIsExportedFromTheServerRoundInEachFormatAndItsRecordStoredThere(ServerAddress server)
            throws Exception {
        publishDemo(server);
        int before = recordCount(server);
        for (String name : List.of("shortlist.csv", "shortlist.xlsx", "shortlist.pdf")) {
            Path out = dir.resolve(name);
            Run r = run("export", "shortlist", "--db", server.toString(), "--out", out.toString(), "--lang", "ko");
            assertThat(r.code()).as(name + ": " + r.err()).isZero();
            assertThat(r.out()).contains("sha256 ").contains(server.toString());
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Files.readString(dir.resolve("shortlist.csv"))).contains("2022-");
        assertThat(recordCount(server)).isEqualTo(before + 3);
        // The report's cover and record page say the round was read from the server, not from a file.
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("shortlist.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("서버 회차").contains("review_file에 적힌 서버에서 읽었습니다");
        }
    }

    @Test
    void documentsAreAddedToAServerRound(ServerAddress server) throws Exception {
        publishDemo(server);
        Path folder = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(folder.resolve("2022-01_메모.txt"), "서버에 올린 메모");
        Run added = run("import", "documents", "--db", server.toString(), folder.toString());
        assertThat(added.code()).as(added.err()).isZero();
        Path out = dir.resolve("out");
        assertThat(run("export", "documents", "--db", server.toString(), "--ref", "2022-01", "--out", out.toString())
                .code()).isZero();
        assertThat(Files.readString(out.resolve("2022-01").resolve("2022-01_메모.txt"))).isEqualTo("서버에 올린 메모");
    }

    private Path demo() {
        Path demo = dir.resolve("demo.sangsaeng");
        if (!Files.exists(demo)) {
            assertThat(run("demo", "--db", demo.toString()).code()).isZero();
        }
        return demo;
    }

    private Path publishDemo(ServerAddress server) {
        Path demo = demo();
        Run r = run("publish", "--from", demo.toString(), "--to", server.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return demo;
    }

    private static int recordCount(ServerAddress server) throws Exception {
        try (OpenRound round = RoundFiles.openServer(server)) {
            return round.store().decisionRecords().findAll().size();
        }
    }

    /** The row-count lines of check's output. */
    private static List<String> counts(String out) {
        return out.lines().filter(l -> l.matches("  [a-z_]+ +\\d+")).toList();
    }
}
