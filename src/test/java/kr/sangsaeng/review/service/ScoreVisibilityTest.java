package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A reviewer sees only their own scores until they finalise; everyone else sees the panel. Runs on a
 * review file and on a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class ScoreVisibilityTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private static Reviewer reviewer(ReviewStore store, String prefix) {
        return store.reviewers().findAll().stream().filter(r -> r.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void aReviewerSeesOthersOnlyAfterFinalisingTheirOwn() throws Exception {
        try (TestStores stores = TestRounds.demo(backend, dir)) {
            ReviewStore store = stores.store();
            OpenRound round = TestRounds.over(store);
            Reviewer park = reviewer(store, "박준호");
            Actor asPark = Actor.reviewer(park);
            ScoreVisibility v = round.reader().visibility();

            assertThat(v.seesOthers(asPark)).isFalse();
            assertThat(v.othersScores(asPark)).isEmpty();
            assertThat(v.panelFor(asPark).scores()).isNotEmpty().allMatch(s -> s.reviewerId() == park.id());
            assertThat(v.panelFor(asPark).reviews()).allMatch(r -> r.reviewerId() == park.id());
            MeetingReader.Snapshot hidden = round.meeting().reader().read(asPark);
            assertThat(hidden.othersHidden()).isTrue();
            assertThat(hidden.panel().scores()).allMatch(s -> s.reviewerId() == park.id());

            // The secretary and the command line are not reviewers: they see the whole panel.
            int all = store.scores().count();
            assertThat(v.panelFor(Actor.SECRETARY).scores()).hasSize(all);
            assertThat(round.meeting().reader().read().othersHidden()).isFalse();
            assertThat(v.othersScores(Actor.COMMAND_LINE)).hasValueSatisfying(l -> assertThat(l).hasSize(all));

            round.scoring().finalise(asPark, park.id());
            assertThat(v.seesOthers(asPark)).isTrue();
            assertThat(v.othersScores(asPark)).hasValueSatisfying(l -> assertThat(l).isNotEmpty()
                    .noneMatch(s -> s.reviewerId() == park.id()));
            assertThat(round.meeting().reader().read(asPark).panel().scores()).hasSize(all)
                    .extracting(Score::reviewerId).contains(reviewer(store, "김서연").id());

            // Reopening the sheet hides the others again.
            round.scoring().reopen(Actor.SECRETARY, park.id());
            assertThat(v.othersScores(asPark)).isEmpty();
        }
    }
}
