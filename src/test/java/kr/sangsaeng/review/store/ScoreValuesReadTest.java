package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import kr.sangsaeng.review.model.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis reads every score's value with its three ids packed into one number when they fit;
 * whatever the ids, it must see exactly the scores the plain read sees.
 */
class ScoreValuesReadTest {
    @TempDir
    Path dir;

    @Test
    void packedReadOfTheDemoRoundMatchesThePlainRead() throws Exception {
        try (TestStores stores = TestStores.demo(TestStores.Backend.FILE, dir)) {
            ReviewStore store = stores.store();
            assertThat(store.scores().findAllValues()).isNotEmpty();
            assertThat(values(store.scores().findAllValues())).containsExactlyInAnyOrderElementsOf(values(store.scores().findAll()));
        }
    }

    @Test
    void idsTooLargeToPackAreReadOneByOne() throws Exception {
        try (TestStores stores = TestStores.demo(TestStores.Backend.FILE, dir)) {
            try (Connection c = stores.independentConnection(); Statement s = c.createStatement()) {
                // A reviewer numbered beyond the packed key's 21 bits (a file written by another program).
                s.execute("INSERT INTO reviewer (id, name) VALUES (3000000, '큰 번호 위원')");
                s.execute("""
                        INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at)
                        SELECT 3000000, submission_id, criterion_id, value, updated_at FROM score
                        WHERE reviewer_id = (SELECT min(reviewer_id) FROM score)""");
            }
            ReviewStore store = stores.reopen();
            List<String> plain = values(store.scores().findAll());
            assertThat(plain).anyMatch(v -> v.startsWith("300"));
            assertThat(values(store.scores().findAllValues())).containsExactlyInAnyOrderElementsOf(plain);
        }
    }

    private static List<String> values(List<Score> scores) {
        return scores.stream().map(s -> s.reviewerId() + "/" + s.submissionId() + "/" + s.criterionId() + "=" + s.value()).toList();
    }
}
