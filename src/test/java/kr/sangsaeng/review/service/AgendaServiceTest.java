package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chair's agenda order is kept in the file, audited, and read back after reopening it. */
class AgendaServiceTest {
    @TempDir
    Path dir;

    @Test
    void theChairsOrderSurvivesReopeningTheFileAndIsAudited() throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        List<Long> order;
        try (ReviewStore store = ReviewStore.open(file)) {
            MeetingReader.Snapshot before = TestRounds.over(store).meeting().reader().read();
            assertThat(before.agendaOrder()).isEmpty();
            long a = store.submissions().findByRef("2022-04").orElseThrow().id();
            long b = store.submissions().findByRef("2022-01").orElseThrow().id();
            long c = store.submissions().findByRef("2022-06").orElseThrow().id();
            order = List.of(a, b, c);
            AgendaService agenda = TestRounds.over(store).meeting().agenda();
            assertThat(agenda.save(order, new Actor("김서연 (예시 위원장)"))).isTrue();
            assertThat(agenda.save(order, new Actor("김서연 (예시 위원장)"))).as("the same order again").isFalse();
            assertThatThrownBy(() -> agenda.save(List.of(a, a), Actor.SECRETARY)).hasMessageContaining("once");
            assertThatThrownBy(() -> agenda.save(List.of(99_999L), Actor.SECRETARY)).hasMessageContaining("once");
            assertThat(store.audit().findAll()).filteredOn(e -> e.entity().equals("agenda")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("김서연 (예시 위원장)");
                        assertThat(e.oldValue()).isNull();
                        assertThat(e.newValue()).isEqualTo("2022-04, 2022-01, 2022-06");
                    });
        }
        try (ReviewStore store = ReviewStore.open(file)) {
            assertThat(TestRounds.over(store).meeting().reader().read().agendaOrder()).isEqualTo(order);
        }
    }
}
