package kr.sangsaeng.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.service.BallotService;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ballot}: the final ranked vote from a CSV, as a table or JSON, and into the decision record. */
class BallotCliTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("d.sangsaeng");
        assertThat(CliTest.run("demo", "--db", db.toString()).code()).isZero();
    }

    private Path csv(String text) throws Exception {
        Path f = dir.resolve("ballots.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void schulzePrintsTheOrderPairwiseTableAndTieBreaksAsJson() throws Exception {
        Path f = csv("voter,1,2,3\n김위원,2022-03,2022-01,2022-05\n이위원,2022-01,2022-03,2022-05\n"
                + "박위원,2022-03,2022-05,2022-01\n");
        Run r = CliTest.run("ballot", "--db", db.toString(), "--method", "schulze", "--ballots", f.toString(),
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("method").asText()).isEqualTo("schulze");
        assertThat(j.get("order").toString()).isEqualTo("[\"2022-03\",\"2022-01\",\"2022-05\"]");
        assertThat(j.get("pairwise").get("2022-03").get("2022-01").asInt()).isEqualTo(2);
        assertThat(j.get("pairwise").get("2022-01").get("2022-03").asInt()).isEqualTo(1);
        assertThat(j.get("ties_broken_by").isArray()).isTrue();
    }

    @Test
    void aBordaTieIsBrokenByTheDeclaredChainAndPrintedInTheTable() throws Exception {
        Path f = csv("voter,1,2\na,2022-03,2022-01\nb,2022-01,2022-03\n");
        Run r = CliTest.run("ballot", "--db", db.toString(), "--method", "borda", "--ballots", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Pairwise").contains("Tie between 2022-01, 2022-03 broken by");
    }

    @Test
    void aBadFileIsRefusedWithEachRowAndReason() throws Exception {
        Path f = csv("voter,1,2,3\n김위원,2022-03,2022-03\n,2022-01\n이위원,2099-01\n");
        Run r = CliTest.run("ballot", "--db", db.toString(), "--method", "schulze", "--ballots", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("row 2: '2022-03' is ranked twice").contains("row 3: the voter is empty")
                .contains("row 4: there is no case '2099-01' in this round");
    }

    @Test
    void anUnknownMethodIsRefused() throws Exception {
        Path f = csv("voter,1\na,2022-03\n");
        Run r = CliTest.run("ballot", "--db", db.toString(), "--method", "plurality", "--ballots", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("schulze or borda");
    }

    @Test
    void recordKeepsMethodBallotsAnonymisedAndTieBreaksWithAnAuditEntry() throws Exception {
        Path f = csv("voter,1,2\n김위원,2022-03,2022-01\n이위원,2022-03,2022-01\n");
        Run r = CliTest.run("ballot", "--db", db.toString(), "--method", "borda", "--ballots", f.toString(),
                "--record", "--as", "위원장", "--seed", "7");
        assertThat(r.code()).as(r.err()).isZero();
        try (ReviewStore store = ReviewStore.open(db)) {
            JsonNode rec = new BallotService(store).recorded().get(0);
            assertThat(rec.get("method").asText()).isEqualTo("borda");
            assertThat(rec.get("seed").asLong()).isEqualTo(7);
            assertThat(rec.get("ballots").get(0).get("voter").asText()).isEqualTo("member 1");
            assertThat(rec.toString()).doesNotContain("김위원");
            assertThat(store.audit().findAll()).anySatisfy(e -> {
                assertThat(e.entity()).isEqualTo("ballot");
                assertThat(e.actor()).isEqualTo("위원장");
                assertThat(e.newValue()).contains("2022-03 > 2022-01");
            });
        }
    }
}
