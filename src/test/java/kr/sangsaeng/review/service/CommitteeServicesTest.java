package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committee's rule and decisions on the demo round: stored once, audited, reopened intact. Runs on
 * a review file and on a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class CommitteeServicesTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;

    @BeforeEach
    void openDemo() throws Exception {
        stores = TestRounds.demo(backend, dir);
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    @Test
    void aRoundStartsWithHalfItsCasesAndKeepsTheRuleTheCommitteeSets() throws Exception {
        CommitteeRuleService rules = new CommitteeRuleService(stores.store());
        assertThat(rules.stored()).isEmpty();
        assertThat(rules.current().rule().topN()).isEqualTo(3);
        ShortlistSettings next = rules.current().withMethod(PanelMethod.MEDIAN)
                .withRule(new ShortlistRule(2, 55.5, 1, 3)).withDraws(500).withSeed(9).withConcentration(20);
        rules.set(next, new Actor("chair"));
        rules.set(next, new Actor("chair")); // unchanged: no second audit entry

        ReviewStore store = stores.reopen();
        ShortlistSettings back = new CommitteeRuleService(store).current();
        assertThat(back.method()).isEqualTo(PanelMethod.MEDIAN);
        assertThat(back.rule()).isEqualTo(new ShortlistRule(2, 55.5, 1, 3));
        assertThat(back.draws()).isEqualTo(500);
        assertThat(back.seed()).isEqualTo(9);
        assertThat(back.concentration()).isEqualTo(20);
        assertThat(store.audit().findAll()).filteredOn(e -> e.entity().equals("setting"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(stores.auditName("chair"));
                    assertThat(e.oldValue()).isNull();
                    assertThat(e.newValue()).contains("\"top_n\":2");
                });
    }

    @Test
    void theDefaultRuleCountsOnlyTheCasesNotWithdrawn() {
        ReviewStore store = stores.store();
        for (String ref : java.util.List.of("2022-01", "2022-02")) {
            Submission s = store.submissions().findByRef(ref).orElseThrow();
            store.submissions().update(new Submission(s.id(), s.ref(), s.platformId(), s.platformName(), s.title(),
                    s.areas(), s.summary(), SubmissionStatus.WITHDRAWN));
        }
        // 6 cases, 2 withdrawn: half of the 4 left.
        assertThat(new CommitteeRuleService(store).current().rule().topN()).isEqualTo(2);
    }

    @Test
    void refusesARuleOutOfBoundsOrWithoutAnActorAndKeepsTheOldOne() {
        ReviewStore store = stores.store();
        CommitteeRuleService rules = new CommitteeRuleService(store);
        ShortlistSettings before = rules.current();
        assertThatThrownBy(() -> rules.set(before.withRule(ShortlistRule.atLeast(101)), new Actor("chair")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> rules.set(before.withRule(ShortlistRule.top(4)), new Actor(" ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rules.current()).isEqualTo(before);
        assertThat(store.audit().findAll()).noneMatch(e -> e.entity().equals("setting"));
    }

    @Test
    void aDecisionKeepsItsNoteWhoAndWhenAndClearingItIsAudited() {
        ReviewStore store = stores.store();
        DecisionService decisions = new DecisionService(store);
        var d = decisions.decide("2022-03", DecisionKind.AWARDED, "  Minister award, unanimous ", Actor.SECRETARY)
                .orElseThrow();
        assertThat(d.note()).isEqualTo("Minister award, unanimous");
        assertThat(d.decidedBy()).isEqualTo("secretary");
        assertThat(d.decidedAt()).isNotNull();
        assertThat(decisions.decide("2022-03", null, "", new Actor("chair"))).isEmpty();
        assertThat(decisions.findAll()).isEmpty();
        assertThat(store.audit().historyOf("2022-03")).filteredOn(e -> e.entity().equals("decision"))
                .extracting(AuditEntry::actor).containsExactly(stores.auditName("secretary"), stores.auditName("chair"));
        assertThatThrownBy(() -> decisions.decide("1999-01", DecisionKind.AWARDED, "", new Actor("chair")))
                .hasMessageContaining("1999-01");
    }
}
