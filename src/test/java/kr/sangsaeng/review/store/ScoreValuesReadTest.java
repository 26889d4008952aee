package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import kr.sangsaeng.review.model.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The analysis reads every score's value a sheet at a time when the values are whole numbers that pack
 * ({@link ScoreSheets}), else with its three ids packed into one number when they fit; whatever the ids
 * and values, it must see exactly the scores the plain read sees. On a review file and on a server
 * round alike: the server packs the sheets in its own dialect and streams them.
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class ScoreValuesReadTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    @Test
    void packedReadOfTheDemoRoundMatchesThePlainRead() throws Exception {
        try (TestStores stores = TestStores.demo(backend, dir)) {
            ReviewStore store = stores.store();
            assertThat(store.scores().findAllValues()).isNotEmpty();
            assertThat(values(store.scores().findAllValues())).containsExactlyInAnyOrderElementsOf(values(store.scores().findAll()));
        }
    }

    @Test
    void idsTooLargeToPackAreReadOneByOne() throws Exception {
        try (TestStores stores = TestStores.demo(backend, dir)) {
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

    @Test
    void aHalfPointAnywhereIsReadExactly() throws Exception {
        assertReadsExactlyAfter(
                "UPDATE score SET value = value + 0.5 WHERE value < 5 AND reviewer_id = (SELECT max(reviewer_id) FROM score)",
                "=4.5");
    }

    @Test
    void scoresPastASheetSlotAreReadExactly() throws Exception {
        // Five criteria give each a slot of 12 bits: 5000 and 4095 do not pack, 0 and 2047 do.
        assertReadsExactlyAfter("""
                UPDATE criterion SET scale_min = 0, scale_max = 100000;
                UPDATE score SET value = 0 WHERE criterion_id = 1;
                UPDATE score SET value = 2047 WHERE criterion_id = 2;
                UPDATE score SET value = 4095 WHERE criterion_id = 3 AND reviewer_id = (SELECT min(reviewer_id) FROM score);
                UPDATE score SET value = 5000 WHERE criterion_id = 4 AND reviewer_id = (SELECT max(reviewer_id) FROM score)""",
                "=5000.0");
    }

    @Test
    void wholeScoresOnAWideScaleAreReadExactly() throws Exception {
        assertReadsExactlyAfter("""
                UPDATE criterion SET scale_min = 0, scale_max = 100000;
                UPDATE score SET value = 0 WHERE criterion_id = 1;
                UPDATE score SET value = 2047 WHERE criterion_id = 5""",
                "=2047.0");
    }

    @Test
    void valuesNoSlotCanHoldAreReadExactly() throws Exception {
        // Past any whole number the server's cast could take, and below the scale's zero.
        assertReadsExactlyAfter("""
                UPDATE criterion SET scale_min = -100, scale_max = 1e31;
                UPDATE score SET value = 1e30 WHERE criterion_id = 2 AND reviewer_id = (SELECT min(reviewer_id) FROM score);
                UPDATE score SET value = -3 WHERE criterion_id = 3 AND reviewer_id = (SELECT max(reviewer_id) FROM score)""",
                "=-3.0");
    }

    @Test
    void criteriaNumberedFarApartAreReadExactly() throws Exception {
        // Ids 1..60 would leave each criterion's slot one bit: the sheets do not pack. The server
        // checks the scores' reference to their criterion at the end of the transaction.
        assertReadsExactlyAfter((backend == TestStores.Backend.SERVER ? "BEGIN; SET CONSTRAINTS ALL DEFERRED;" : "") + """
                UPDATE criterion SET id = 60 WHERE id = 5;
                UPDATE score SET criterion_id = 60 WHERE criterion_id = 5"""
                + (backend == TestStores.Backend.SERVER ? ";COMMIT" : ""), "/60=");
    }

    @Test
    void aRoundLargeEnoughToReadInTwoHalvesIsReadExactly() throws Exception {
        // Reviewer ids 1..20000 span enough possible scores for the second half to be read on its own connection.
        assertReadsExactlyAfter(COPY_FIRST_REVIEWER_AS_20000, "20000/");
    }

    @Test
    void aHalfPointInTheSecondHalfIsReadExactly() throws Exception {
        assertReadsExactlyAfter(COPY_FIRST_REVIEWER_AS_20000 + """
                ;UPDATE score SET value = 2.5 WHERE reviewer_id = 20000 AND criterion_id = 3""", "=2.5");
    }

    @Test
    void aHalfPointInTheFirstHalfIsReadExactly() throws Exception {
        assertReadsExactlyAfter(COPY_FIRST_REVIEWER_AS_20000 + """
                ;UPDATE score SET value = 1.5 WHERE reviewer_id = (SELECT min(reviewer_id) FROM score) AND criterion_id = 2""",
                "=1.5");
    }

    private static final String COPY_FIRST_REVIEWER_AS_20000 = """
            INSERT INTO reviewer (id, name) VALUES (20000, '먼 번호 위원');
            INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at)
              SELECT 20000, submission_id, criterion_id, value, updated_at FROM score
              WHERE reviewer_id = (SELECT min(reviewer_id) FROM score)""";

    /** Changes the demo round behind the store's back, then compares the analysis read with the plain read. */
    private void assertReadsExactlyAfter(String statements, String expectedAmongValues) throws Exception {
        try (TestStores stores = TestStores.demo(backend, dir)) {
            try (Connection c = stores.independentConnection(); Statement s = c.createStatement()) {
                for (String sql : statements.split(";")) {
                    s.execute(sql);
                }
            }
            ReviewStore store = stores.reopen();
            List<String> plain = values(store.scores().findAll());
            assertThat(plain).anyMatch(v -> v.contains(expectedAmongValues));
            assertThat(values(store.scores().findAllValues())).containsExactlyInAnyOrderElementsOf(plain);
        }
    }

    private static List<String> values(List<Score> scores) {
        return scores.stream().map(s -> s.reviewerId() + "/" + s.submissionId() + "/" + s.criterionId() + "=" + s.value()).toList();
    }
}
