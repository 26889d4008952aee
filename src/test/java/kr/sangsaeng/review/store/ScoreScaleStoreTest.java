package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file refuses a score outside its criterion's scale whoever writes it: the DAO, a batch, or
 * plain SQL from another program. Nothing of a refused write is kept, not even its audit row.
 * A server round refuses the same, with the same message (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class ScoreScaleStoreTest {
    private static final Instant T = Instant.parse("2022-12-09T01:00:00Z");

    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;
    private ReviewStore store;
    private long reviewer;
    private long case1;
    private Criterion first;

    @BeforeEach
    void openDemo() throws Exception {
        stores = TestStores.demo(backend, dir);
        store = stores.store();
        reviewer = store.reviewers().insert("scale tester", "");
        case1 = store.submissions().findByRef("2022-01").orElseThrow().id();
        first = store.criteria().findAll().get(0);
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    @Test
    void refusesAScoreAboveTheScaleFromTheDao() {
        int audits = store.audit().count();
        assertThatThrownBy(() -> store.scores().put(new Score(reviewer, case1, first.id(), first.max() + 1, T), "x"))
                .isInstanceOf(ScoreOutOfScaleException.class);
        assertThat(store.scores().find(reviewer, case1, first.id())).isEmpty();
        assertThat(store.audit().count()).isEqualTo(audits);
    }

    @Test
    void refusesAScoreBelowTheScaleInABatch() {
        List<Score> batch = List.of(new Score(reviewer, case1, first.id(), first.min(), T),
                new Score(reviewer, store.submissions().findByRef("2022-02").orElseThrow().id(), first.id(),
                        first.min() - 0.5, T));
        assertThatThrownBy(() -> store.scores().putAll(batch, "x")).isInstanceOf(ScoreOutOfScaleException.class);
        assertThat(store.scores().findByReviewer(reviewer)).isEmpty();
    }

    @Test
    void refusesAnOutOfScaleScoreWrittenWithPlainSql() throws Exception {
        store.scores().put(new Score(reviewer, case1, first.id(), first.max(), T), "x");
        try (Connection c = stores.independentConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE score SET value = " + (first.max() + 100)
                    + " WHERE reviewer_id = " + reviewer)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("scale");
        }
        assertThat(store.scores().find(reviewer, case1, first.id()).orElseThrow().value()).isEqualTo(first.max());
    }

    @Test
    void refusesNarrowingAScaleUnderScoresItWouldLeaveOutside() {
        store.scores().put(new Score(reviewer, case1, first.id(), first.max(), T), "x");
        Criterion narrower = new Criterion(first.id(), first.key(), first.label(), first.weight(), first.min(),
                first.max() - 1, first.guidance(), first.position());
        assertThatThrownBy(() -> store.criteria().update(narrower)).isInstanceOf(ScoreOutOfScaleException.class);
        assertThat(store.criteria().findAll().get(0).max()).isEqualTo(first.max());
    }

    @Test
    void acceptsTheScalesEnds() {
        assertThat(store.scores().put(new Score(reviewer, case1, first.id(), first.min(), T), "x")).isTrue();
        assertThat(store.scores().put(new Score(reviewer, case1, first.id(), first.max(), T), "x")).isTrue();
    }
}
