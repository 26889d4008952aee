package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a server round: publish, the reports with a postgresql:// --db, scoring, archive (docs/server-mode.md). */
@ExtendWith(TestServer.class)
class ServerCliTest {
    @TempDir
    Path dir;

    @Test
    void reportsOnAServerRoundMatchTheFileTheyWerePublishedFrom(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", file.toString()).code()).isZero();
        Run published = run("publish", "--from", file.toString(), "--to", server.toString());
        assertThat(published.code()).as(published.err()).isZero();
        assertThat(published.out()).contains("published demo.sangsaeng to " + server);

        for (String[] report : new String[][] {{"rank", "--format", "csv"}, {"agreement", "--format", "json"},
                {"stability", "--top", "3", "--draws", "200", "--seed", "7", "--format", "json"}, {"documents", "--format", "json"}}) {
            Run onFile = run(with(report, file.toString()));
            Run onServer = run(with(report, server.toString()));
            assertThat(onServer.code()).as(report[0] + ": " + onServer.err()).isZero();
            assertThat(onServer.out()).as(report[0]).isEqualTo(onFile.out()).isNotBlank();
        }
    }

    @Test
    void scoresWrittenThroughTheServicesOnTheServerComeBackInTheArchive(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", file.toString()).code()).isZero();
        assertThat(run("publish", "--from", file.toString(), "--to", server.toString()).code()).isZero();
        long reviewer;
        long submission;
        Criterion first;
        try (OpenRound round = RoundFiles.openServer(server)) {
            reviewer = round.store().reviewers().insert("서버 위원", "위원");
            submission = round.store().submissions().findByRef("2022-01").orElseThrow().id();
            first = round.store().criteria().findAll().get(0);
            round.meeting().pledge().confirm(reviewer, new Actor("서버 위원"));
            assertThat(round.scoring().score(new Actor("서버 위원"), reviewer, submission, first.id(), first.max())).isTrue();
        }
        Path archived = dir.resolve("archived.sangsaeng");
        Run r = run("archive", "--from", server.toString(), "--to", archived.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (OpenRound round = RoundFiles.openForReading(archived)) {
            assertThat(round.store().scores().find(reviewer, submission, first.id())).map(Score::value).contains(first.max());
            assertThat(round.store().audit().findAll()).anyMatch(e -> e.actor().equals(server.user()) && e.entity().equals("score"));
        }
    }

    @Test
    void theSecretaryAddsAndRemovesAReviewersLogin(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", file.toString()).code()).isZero();
        assertThat(run("publish", "--from", file.toString(), "--to", server.toString()).code()).isZero();
        String reviewer;
        try (OpenRound round = RoundFiles.openServer(server)) {
            reviewer = round.store().reviewers().findAll().get(0).name();
        }
        String login = "rv_cli_" + server.database().substring(2, 10);
        ServerAddress asReviewer = new ServerAddress(login, server.host(), server.port(), server.database());
        assertThat(run("server", "add-reviewer", "--db", server.toString(), "--reviewer", reviewer, "--login", login)
                .code()).isZero();
        connect(asReviewer).close();

        Run removed = run("server", "remove-reviewer", "--db", server.toString(), "--login", login);
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.out()).contains(reviewer + " no longer signs in as " + login);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> connect(asReviewer)).isInstanceOf(java.sql.SQLException.class);
        Run again = run("server", "remove-reviewer", "--db", server.toString(), "--login", login);
        assertThat(again.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(again.err()).contains("No reviewer of this round signs in as " + login);
    }

    @Test
    void inKoreanPublishAndTheLoginCommandsReportInKorean(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", file.toString()).code()).isZero();
        Run published = run("publish", "--from", file.toString(), "--to", server.toString(), "--lang", "ko");
        assertThat(published.out()).contains("demo.sangsaeng을(를) " + server + "에 올렸습니다: 표 ");
        String reviewer;
        try (OpenRound round = RoundFiles.openServer(server)) {
            reviewer = round.store().reviewers().findAll().get(0).name();
        }
        String login = "rv_ko_" + server.database().substring(2, 10);
        Run added = run("server", "add-reviewer", "--db", server.toString(), "--reviewer", reviewer, "--login", login, "--lang", "ko");
        assertThat(added.out()).as(added.err()).contains(reviewer + " 님이 이제 " + server + "에 " + login + "(으)로 로그인합니다");
        Run removed = run("server", "remove-reviewer", "--db", server.toString(), "--login", login, "--lang", "ko");
        assertThat(removed.out()).contains(reviewer + " 님은 이제 " + server + "에 " + login + "(으)로 로그인할 수 없습니다");
        Run again = run("server", "remove-reviewer", "--db", server.toString(), "--login", login, "--lang", "ko");
        assertThat(again.err()).contains(login + "(으)로 로그인하는 심사위원이 이 심사에 없습니다").doesNotContain("No reviewer");
        Run badLogin = run("server", "add-reviewer", "--db", server.toString(), "--reviewer", reviewer, "--login", "1x", "--lang", "ko");
        assertThat(badLogin.err()).contains("로그인은 영문 소문자, 숫자, _로 63자까지 쓰며 숫자로 시작할 수 없습니다: 1x");
        Run nobody = run("server", "add-reviewer", "--db", server.toString(), "--reviewer", "없는 위원", "--login", "rv_x", "--lang", "ko");
        assertThat(nobody.err()).contains("'없는 위원' 심사위원이 없습니다");
        Run archived = run("archive", "--from", server.toString(), "--to", dir.resolve("back.sangsaeng").toString(), "--lang", "ko");
        assertThat(archived.out()).contains("에 보관했습니다: 표 ").doesNotContain("archived");
    }

    @Test
    void listReviewersNamesEachReviewerWithTheirLoginInEnglishAndKorean(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", file.toString()).code()).isZero();
        assertThat(run("publish", "--from", file.toString(), "--to", server.toString()).code()).isZero();
        java.util.List<String> names;
        try (OpenRound round = RoundFiles.openServer(server)) {
            names = round.reader().reviewers().stream().map(kr.sangsaeng.review.model.Reviewer::name).toList();
        }
        String login = "rv_ls_" + server.database().substring(2, 10);
        assertThat(run("server", "add-reviewer", "--db", server.toString(), "--reviewer", names.get(1), "--login", login)
                .code()).isZero();

        Run listed = run("server", "list-reviewers", "--db", server.toString());
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out().lines().toList()).containsExactly(names.get(0) + " has no login",
                names.get(1) + " signs in as " + login, names.get(2) + " has no login");
        Run korean = run("server", "list-reviewers", "--db", server.toString(), "--lang", "ko");
        assertThat(korean.out().lines().toList()).containsExactly(names.get(0) + " 님은 로그인이 없습니다",
                names.get(1) + " 님은 " + login + "(으)로 로그인합니다", names.get(2) + " 님은 로그인이 없습니다");

        Run onFile = run("server", "list-reviewers", "--db", file.toString());
        assertThat(onFile.code()).isEqualTo(Cli.BAD_INPUT);
    }

    private static java.sql.Connection connect(ServerAddress as) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://" + as.host() + ":" + as.port() + "/" + as.database(),
                as.user(), null);
    }

    @Test
    void publishingTwiceIsRefusedAndAPasswordInTheAddressIsNeverEchoed(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", file.toString()).code()).isZero();
        assertThat(run("publish", "--from", file.toString(), "--to", server.toString()).code()).isZero();
        Run again = run("publish", "--from", file.toString(), "--to", server.toString());
        assertThat(again.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(again.err()).contains("already holds a round");

        String withPassword = server.toString().replace(server.user() + "@", server.user() + ":s3cret@");
        Run refused = run("rank", "--db", withPassword);
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("PGPASSWORD").doesNotContain("s3cret");
    }

    @Test
    void theSecretaryGivesAReviewerALoginThatOnlyWritesTheirOwnScores(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", file.toString()).code()).isZero();
        assertThat(run("publish", "--from", file.toString(), "--to", server.toString()).code()).isZero();
        String name;
        try (OpenRound round = RoundFiles.openServer(server)) {
            name = round.store().reviewers().findAll().get(0).name();
        }
        String login = "cli_" + server.database().substring(2, 10);
        Run added = run("server", "add-reviewer", "--db", server.toString(), "--reviewer", name, "--login", login);
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains(login);
        Run bad = run("server", "add-reviewer", "--db", server.toString(), "--reviewer", name, "--login", "x; DROP TABLE score");
        assertThat(bad.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("lower-case");

        ServerAddress asReviewer = new ServerAddress(login, server.host(), server.port(), server.database());
        Run rank = run("rank", "--db", asReviewer.toString());
        assertThat(rank.code()).as(rank.err()).isZero();
    }

    @Test
    void theCommitteesRuleAndDecisionsAreWrittenOnTheServerAndRefusedToAReviewer(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", file.toString()).code()).isZero();
        assertThat(run("publish", "--from", file.toString(), "--to", server.toString()).code()).isZero();
        Run rule = run("rule", "--db", server.toString(), "--top", "2", "--as", "간사");
        assertThat(rule.code()).as(rule.err()).isZero();
        Run decided = run("decide", "--db", server.toString(), "--ref", "2022-03", "--kind", "awarded", "--note", "대상",
                "--as", "간사");
        assertThat(decided.code()).as(decided.err()).isZero();

        String name;
        try (OpenRound round = RoundFiles.openServer(server)) {
            assertThat(round.store().decisions().findAll()).anyMatch(d -> d.note().equals("대상") && d.decidedBy().equals("간사"));
            name = round.store().reviewers().findAll().get(0).name();
        }
        String login = "dec_" + server.database().substring(2, 10);
        assertThat(run("server", "add-reviewer", "--db", server.toString(), "--reviewer", name, "--login", login).code())
                .isZero();
        ServerAddress asReviewer = new ServerAddress(login, server.host(), server.port(), server.database());
        Run refused = run("decide", "--db", asReviewer.toString(), "--ref", "2022-01", "--kind", "awarded");
        assertThat(refused.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).contains("permission denied");
    }

    private static String[] with(String[] report, String db) {
        String[] args = new String[report.length + 2];
        args[0] = report[0];
        args[1] = "--db";
        args[2] = db;
        System.arraycopy(report, 1, args, 3, report.length - 1);
        return args;
    }
}
