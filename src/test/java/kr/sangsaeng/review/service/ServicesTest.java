package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The services on the demo round: the rules they hold and the audit rows they write. Runs on a review
 * file and on a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class ServicesTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;
    private OpenRound round;
    private Reviewer reviewer;
    private long case1;
    private Criterion first;

    @BeforeEach
    void openDemo() throws Exception {
        stores = TestRounds.demo(backend, dir);
        round = TestRounds.of(stores);
        reviewer = TestRounds.pledgedReviewer(round, "서비스 위원");
        case1 = round.reader().submissions().get(0).id();
        first = round.reader().criteria().get(0);
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    @Test
    void refusesAScoreOutsideItsScaleAndWritesNothing() {
        int before = round.reader().historyOf(round.reader().submissions().get(0).ref()).size();
        assertThatThrownBy(() -> round.scoring().score(Actor.reviewer(reviewer), reviewer.id(), case1, first.id(),
                first.max() + 1)).isInstanceOf(OutOfScaleException.class);
        assertThat(round.reader().scoresOf(reviewer.id())).isEmpty();
        assertThat(round.reader().historyOf(round.reader().submissions().get(0).ref())).hasSize(before);
    }

    @Test
    void auditsAScoreUnderTheActingReviewer() {
        assertThat(round.scoring().score(Actor.reviewer(reviewer), reviewer.id(), case1, first.id(), first.max())).isTrue();
        assertThat(round.reader().historyOf(round.reader().submissions().get(0).ref()))
                .anyMatch(e -> e.actor().equals(stores.auditName("서비스 위원")) && e.entity().equals("score"));
    }

    @Test
    void removingAReviewerAuditsEveryScoreThatGoesWithThem() {
        round.scoring().score(Actor.reviewer(reviewer), reviewer.id(), case1, first.id(), first.max());
        round.panel().removeReviewer(Actor.SECRETARY, reviewer.id());
        assertThat(round.reader().reviewers()).noneMatch(r -> r.id() == reviewer.id());
        assertThat(round.reader().historyOf(round.reader().submissions().get(0).ref()))
                .anyMatch(e -> e.actor().equals(stores.auditName("secretary")) && e.newValue() == null);
    }

    @Test
    void refusesATakenReviewerName() {
        assertThatThrownBy(() -> round.panel().addReviewer(Actor.SECRETARY, " 서비스 위원 ", ""))
                .isInstanceOf(PanelService.NameTakenException.class);
    }

    @Test
    void refusesARubricThatLeavesScoresOutsideTheirScale() {
        round.scoring().score(Actor.reviewer(reviewer), reviewer.id(), case1, first.id(), first.max());
        List<Criterion> edited = round.reader().criteria().stream().map(c -> c.id() != first.id() ? c
                : new Criterion(c.id(), c.key(), c.label(), c.weight(), c.min(), c.max() - 1, c.guidance(), c.position()))
                .toList();
        assertThatThrownBy(() -> round.panel().saveRubric(Actor.SECRETARY, edited))
                .isInstanceOf(PanelService.RubricRefusedException.class);
        assertThat(round.reader().criteria().get(0).max()).isEqualTo(first.max());
    }
}
