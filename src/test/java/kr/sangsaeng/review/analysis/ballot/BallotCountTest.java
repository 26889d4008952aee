package kr.sangsaeng.review.analysis.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schulze and Borda against published worked examples, and the declared tie-break chain. */
class BallotCountTest {
    /** Adds {@code count} identical ballots, e.g. "ACBED". */
    private static void add(List<Ballot> ballots, int count, String order) {
        for (int i = 0; i < count; i++) {
            ballots.add(new Ballot("v" + ballots.size(), order.chars().mapToObj(c -> String.valueOf((char) c)).toList()));
        }
    }

    /** The example of the Wikipedia article "Schulze method": 45 voters, 5 candidates. */
    private static List<Ballot> wikipediaSchulze() {
        List<Ballot> b = new ArrayList<>();
        add(b, 5, "ACBED");
        add(b, 5, "ADECB");
        add(b, 8, "BEDAC");
        add(b, 3, "CABED");
        add(b, 7, "CAEBD");
        add(b, 2, "CBADE");
        add(b, 7, "DCEBA");
        add(b, 8, "EBADC");
        return b;
    }

    private static final List<String> ABCDE = List.of("A", "B", "C", "D", "E");

    @Test
    void schulzeGivesTheWikipediaPairwiseTableStrongestPathsAndOrder() {
        BallotResult r = BallotCount.count(BallotMethod.SCHULZE, ABCDE, wikipediaSchulze(), TieBreakInputs.lotsOnly(1));
        int[][] d = {{0, 20, 26, 30, 22}, {25, 0, 16, 33, 18}, {19, 29, 0, 17, 24}, {15, 12, 28, 0, 14},
                {23, 27, 21, 31, 0}};
        int[][] p = {{0, 28, 28, 30, 24}, {25, 0, 28, 33, 24}, {25, 29, 0, 29, 24}, {25, 28, 28, 0, 24},
                {25, 28, 28, 31, 0}};
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertThat(r.pairwise().wins(i, j)).as("d[%s,%s]", ABCDE.get(i), ABCDE.get(j)).isEqualTo(d[i][j]);
                assertThat(r.strongestPaths()[i][j]).as("p[%s,%s]", ABCDE.get(i), ABCDE.get(j)).isEqualTo(p[i][j]);
            }
        }
        assertThat(r.order()).containsExactly("E", "A", "C", "B", "D");
        assertThat(r.tiesBrokenBy()).isEmpty();
        assertThat(r.ballots()).isEqualTo(45);
    }

    /** Wikipedia, "Borda count": the Tennessee capital example, 100 voters in proportion. */
    private static List<Ballot> tennessee() {
        List<Ballot> b = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            b.add(new Ballot("m" + i, List.of("Memphis", "Nashville", "Chattanooga", "Knoxville")));
        }
        for (int i = 0; i < 26; i++) {
            b.add(new Ballot("n" + i, List.of("Nashville", "Chattanooga", "Knoxville", "Memphis")));
        }
        for (int i = 0; i < 15; i++) {
            b.add(new Ballot("c" + i, List.of("Chattanooga", "Knoxville", "Nashville", "Memphis")));
        }
        for (int i = 0; i < 17; i++) {
            b.add(new Ballot("k" + i, List.of("Knoxville", "Chattanooga", "Nashville", "Memphis")));
        }
        return b;
    }

    @Test
    void bordaGivesTheTennesseePointsAndOrder() {
        BallotResult r = BallotCount.count(BallotMethod.BORDA, tennessee(), TieBreakInputs.lotsOnly(1));
        assertThat(r.points()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Nashville", 194, "Chattanooga", 173, "Memphis", 126, "Knoxville", 107));
        assertThat(r.order()).containsExactly("Nashville", "Chattanooga", "Memphis", "Knoxville");
    }

    @Test
    void schulzeElectsTennesseesCondorcetWinnerNashville() {
        BallotResult r = BallotCount.count(BallotMethod.SCHULZE, tennessee(), TieBreakInputs.lotsOnly(1));
        assertThat(r.order()).containsExactly("Nashville", "Chattanooga", "Knoxville", "Memphis");
        assertThat(r.pairwise().wins("Nashville", "Memphis")).isEqualTo(58);
    }

    private static List<Ballot> perfectTie() {
        return List.of(new Ballot("a", List.of("X", "Y")), new Ballot("b", List.of("Y", "X")));
    }

    @Test
    void aTieGoesToTheHigherMeanOnTheHeaviestCriterionFirst() {
        TieBreakInputs in = new TieBreakInputs(Map.of("X", 7.0, "Y", 8.0), Map.of("X", 90.0, "Y", 10.0), List.of("X"), 3);
        BallotResult r = BallotCount.count(BallotMethod.SCHULZE, perfectTie(), in);
        assertThat(r.order()).containsExactly("Y", "X");
        assertThat(r.tiesBrokenBy()).singleElement().satisfies(u -> {
            assertThat(u.step()).isEqualTo(TieBreakStep.CRITERION_MEAN);
            assertThat(u.tied()).containsExactly("X", "Y");
        });
    }

    @Test
    void thenTheMedianThenTheChairsCastingVote() {
        TieBreakInputs median = new TieBreakInputs(Map.of("X", 8.0, "Y", 8.0), Map.of("X", 60.0, "Y", 70.0), List.of(), 3);
        assertThat(BallotCount.count(BallotMethod.BORDA, perfectTie(), median).order()).containsExactly("Y", "X");
        TieBreakInputs casting = new TieBreakInputs(Map.of("X", 8.0, "Y", 8.0), Map.of("X", 70.0, "Y", 70.0),
                List.of("X", "Y"), 3);
        BallotResult r = BallotCount.count(BallotMethod.BORDA, perfectTie(), casting);
        assertThat(r.order()).containsExactly("X", "Y");
        assertThat(r.tiesBrokenBy()).extracting(BallotResult.TieBreakUse::step).containsExactly(TieBreakStep.CASTING_VOTE);
    }

    @Test
    void lotsAreDrawnAgainTheSameWithTheSameSeed() {
        List<Ballot> five = List.of(new Ballot("a", List.of()));
        List<String> c = List.of("P", "Q", "R", "S", "T");
        BallotResult first = BallotCount.count(BallotMethod.SCHULZE, c, five, TieBreakInputs.lotsOnly(42));
        BallotResult again = BallotCount.count(BallotMethod.SCHULZE, c, five, TieBreakInputs.lotsOnly(42));
        assertThat(first.order()).isEqualTo(again.order()).containsExactlyInAnyOrderElementsOf(c);
        assertThat(first.tiesBrokenBy()).singleElement().satisfies(u -> assertThat(u.step()).isEqualTo(TieBreakStep.LOTS));
        assertThat(first.seed()).isEqualTo(42);
        boolean anyOther = false;
        for (long s = 0; s < 20 && !anyOther; s++) {
            anyOther = !BallotCount.count(BallotMethod.SCHULZE, c, five, TieBreakInputs.lotsOnly(s)).order()
                    .equals(first.order());
        }
        assertThat(anyOther).as("another seed draws another order").isTrue();
    }

    @Test
    void aCaseLeftOffABallotCountsBelowTheNamedOnes() {
        List<Ballot> b = List.of(new Ballot("a", List.of("X")), new Ballot("b", List.of("X", "Y", "Z")));
        BallotResult r = BallotCount.count(BallotMethod.BORDA, List.of("X", "Y", "Z"), b, TieBreakInputs.lotsOnly(1));
        assertThat(r.points()).containsEntry("X", 4).containsEntry("Y", 1).containsEntry("Z", 0);
        assertThat(r.pairwise().wins("X", "Y")).isEqualTo(2);
        assertThat(r.pairwise().wins("Y", "Z")).isEqualTo(1);
    }

    @Test
    void refusesABallotNamingACaseTwiceOrAStranger() {
        assertThatThrownBy(() -> new Ballot("a", List.of("X", "X"))).hasMessageContaining("once");
        assertThatThrownBy(() -> BallotCount.count(BallotMethod.BORDA, List.of("X"), List.of(new Ballot("a", List.of("Q"))),
                TieBreakInputs.lotsOnly(1))).hasMessageContaining("Q");
    }
}
