package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** pledge, conflicts and notes take a server round as --db the same way as a file (docs/command-line.md). */
@ExtendWith(TestServer.class)
class MeetingServerCliTest {
    private static final String MEMBER = "이하은 (예시 위원)";
    @TempDir
    Path dir;

    @Test
    void theMeetingCommandsWorkOnAServerRound(ServerAddress server) throws Exception {
        Path demo = dir.resolve("d.sangsaeng");
        assertThat(run("demo", "--db", demo.toString()).code()).isZero();
        Run published = run("publish", "--from", demo.toString(), "--to", server.toString());
        assertThat(published.code()).as(published.err()).isZero();
        String db = server.toString();

        Run declared = run("conflicts", "--db", db, "--declare", "--reviewer", MEMBER, "--ref", "2022-05", "--kind", "기피",
                "--reason", "신청 기업의 기피 신청", "--as", "chair");
        assertThat(declared.code()).as(declared.err()).isZero();
        JsonNode conflicts = new ObjectMapper().readTree(run("conflicts", "--db", db, "--format", "json").out());
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).get("kind").asText()).isEqualTo("challenge");

        Run added = run("notes", "--db", db, "--add", "--ref", "2022-05", "--kind", "shared", "--author", "chair",
                "--text", "현장 확인 필요");
        assertThat(added.code()).as(added.err()).isZero();
        JsonNode notes = new ObjectMapper().readTree(run("notes", "--db", db, "--format", "json").out());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("text").asText()).isEqualTo("현장 확인 필요");

        JsonNode pledge = new ObjectMapper().readTree(run("pledge", "--db", db, "--format", "json").out());
        assertThat(pledge.get("confirmations")).hasSize(2);
    }
}
