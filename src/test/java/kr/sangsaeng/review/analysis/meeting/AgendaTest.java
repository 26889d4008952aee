package kr.sangsaeng.review.analysis.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The agenda: consensus, then cut-off, then disagreement; a conflicted member leaves once. */
class AgendaTest {
    private static Agenda.Case c(String ref, int rank, double spread, double p, String... conflicted) {
        return new Agenda.Case(ref, rank, 80 - rank, spread, p, Set.of(conflicted));
    }

    @Test
    void consensusComesFirstByRankThenTheCutOffThenMostDisagreement() {
        List<Agenda.Item> a = Agenda.build(List.of(c("A", 1, 2, 1.0), c("B", 2, 12, 0.99), c("C", 3, 3, 0.5),
                c("D", 4, 20, 0.0), c("E", 5, 1, 0.0), c("F", 6, Double.NaN, Double.NaN)), 5);
        assertThat(a).extracting(i -> i.item().ref()).containsExactly("A", "E", "C", "D", "B", "F");
        assertThat(a).extracting(Agenda.Item::section).containsExactly(Agenda.Section.CONSENSUS,
                Agenda.Section.CONSENSUS, Agenda.Section.CUTOFF, Agenda.Section.DISAGREEMENT,
                Agenda.Section.DISAGREEMENT, Agenda.Section.DISAGREEMENT);
    }

    @Test
    void aMemberWithTwoConflictsLeavesTheRoomOnce() {
        List<Agenda.Item> a = Agenda.build(List.of(c("A", 1, 2, 1.0, "박"), c("B", 2, 2, 1.0), c("C", 3, 30, 0.0, "박"),
                c("D", 4, 25, 0.0)), 5);
        assertThat(Agenda.leavings(a, "박")).isEqualTo(1);
        assertThat(a).extracting(i -> i.item().ref()).containsExactly("A", "C", "B", "D");
    }
}
