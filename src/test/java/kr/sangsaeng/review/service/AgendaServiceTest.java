package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The chair's agenda order is kept in the round, audited, and read back after reopening it. Runs on a
 * review file and on a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class AgendaServiceTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    @Test
    void theChairsOrderSurvivesReopeningTheRoundAndIsAudited() throws Exception {
        try (TestStores stores = TestRounds.demo(backend, dir)) {
            ReviewStore store = stores.store();
            MeetingReader.Snapshot before = TestRounds.of(stores).meeting().reader().read();
            assertThat(before.agendaOrder()).isEmpty();
            long a = store.submissions().findByRef("2022-04").orElseThrow().id();
            long b = store.submissions().findByRef("2022-01").orElseThrow().id();
            long c = store.submissions().findByRef("2022-06").orElseThrow().id();
            List<Long> order = List.of(a, b, c);
            AgendaService agenda = TestRounds.of(stores).meeting().agenda();
            assertThat(agenda.save(order, new Actor("김서연 (예시 위원장)"))).isTrue();
            assertThat(agenda.save(order, new Actor("김서연 (예시 위원장)"))).as("the same order again").isFalse();
            assertThatThrownBy(() -> agenda.save(List.of(a, a), Actor.SECRETARY)).hasMessageContaining("once");
            assertThatThrownBy(() -> agenda.save(List.of(99_999L), Actor.SECRETARY)).hasMessageContaining("once");
            assertThat(store.audit().findAll()).filteredOn(e -> e.entity().equals("agenda")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.actor()).isEqualTo(stores.auditName("김서연 (예시 위원장)"));
                        assertThat(e.oldValue()).isNull();
                        assertThat(e.newValue()).isEqualTo("2022-04, 2022-01, 2022-06");
                    });

            stores.reopen();
            assertThat(TestRounds.of(stores).meeting().reader().read().agendaOrder()).isEqualTo(order);
        }
    }
}
