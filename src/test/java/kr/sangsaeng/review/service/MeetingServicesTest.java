package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.SubmissionStats;
import kr.sangsaeng.review.analysis.meeting.LikelyConflicts;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.ConflictKind;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;
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
 * Pledge, conflicts and notes on the demo round: recorded, audited, and kept out of the ranking. Runs
 * on a review file and on a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class MeetingServicesTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;

    @BeforeEach
    void demo() throws Exception {
        stores = TestRounds.demo(backend, dir);
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    private static Reviewer reviewer(ReviewStore store, String prefix) {
        return store.reviewers().findAll().stream().filter(r -> r.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Submission ref(ReviewStore store, String ref) {
        return store.submissions().findByRef(ref).orElseThrow();
    }

    @Test
    void theDemoPledgeIsAnExampleAndAConfirmationRecordsWhoAndWhichText() throws Exception {
        ReviewStore store = stores.store();
        MeetingServices m = MeetingServices.over(store);
        assertThat(m.pledge().current()).hasValueSatisfying(p -> {
            assertThat(p.sample()).isTrue();
            assertThat(p.text()).startsWith("[예시]").contains("서약");
        });
        Reviewer kim = reviewer(store, "김서연");
        assertThat(m.pledge().hasConfirmed(kim.id())).isFalse();
        m.pledge().confirm(kim.id(), Actor.reviewer(kim));
        assertThat(m.pledge().hasConfirmed(kim.id())).isTrue();
        assertThat(m.pledge().confirmations()).filteredOn(c -> c.reviewerId() == kim.id()).singleElement().satisfies(c -> {
            assertThat(c.confirmedBy()).isEqualTo(kim.name());
            assertThat(c.confirmedAt()).isNotNull();
        });
        m.pledge().edit("새 서약서", Actor.SECRETARY);
        assertThat(m.pledge().current().orElseThrow().sample()).isFalse();
        assertThat(m.pledge().hasConfirmed(kim.id())).as("an edited pledge is confirmed again").isFalse();
        assertThat(store.audit().findAll()).anySatisfy(e -> assertThat(e.entity()).isEqualTo("pledge_confirmation"))
                .anySatisfy(e -> {
                    assertThat(e.entity()).isEqualTo("pledge");
                    assertThat(e.newValue()).isEqualTo("새 서약서");
                });
        assertThatThrownBy(() -> m.pledge().edit("  ", Actor.SECRETARY)).hasMessageContaining("text");
    }

    @Test
    void aReviewerScoresOnlyAfterConfirmingThePledge() throws Exception {
        ReviewStore store = stores.store();
        OpenRound round = TestRounds.over(store);
        Reviewer kim = reviewer(store, "김서연");
        Reviewer park = reviewer(store, "박준호");
        long impact = store.criteria().findAll().get(0).id();
        long case1 = ref(store, "2022-01").id();
        Actor asKim = Actor.reviewer(kim);
        // The demo's members confirmed the example pledge; its chair has not yet.
        assertThat(round.scoring().needsPledge(park.id())).isFalse();
        assertThat(round.scoring().needsPledge(kim.id())).isTrue();
        assertThatThrownBy(() -> round.scoring().score(asKim, kim.id(), case1, impact, 5.0))
                .isInstanceOf(PledgeRequiredException.class)
                .hasMessage("김서연 (예시 위원장) has not confirmed this round's pledge yet. Confirm the pledge before scoring.")
                .satisfies(e -> assertThat(kr.sangsaeng.review.exchange.KoreanMessages.korean(e.getMessage()))
                        .isEqualTo("김서연 (예시 위원장) 위원은 아직 이번 심사의 서약서를 확인하지 않았습니다. 서약서를 확인한 뒤 채점하세요."));
        assertThat(store.scores().findByReviewer(kim.id())).filteredOn(s -> s.submissionId() == case1
                && s.criterionId() == impact).singleElement().satisfies(s -> assertThat(s.value()).isEqualTo(4.0));

        round.meeting().pledge().confirm(kim.id(), asKim);
        assertThat(round.scoring().score(asKim, kim.id(), case1, impact, 5.0)).isTrue();

        // An edited pledge asks everyone again.
        round.meeting().pledge().edit("새 서약서", Actor.SECRETARY);
        assertThatThrownBy(() -> round.scoring().score(Actor.reviewer(park), park.id(), case1, impact, 2.0))
                .isInstanceOf(PledgeRequiredException.class);
    }

    @Test
    void affiliationsFlagThePlatformTheyNameAndCasesWhoseTextMentionsThem() throws Exception {
        ReviewStore store = stores.store();
        ConflictService c = MeetingServices.over(store).conflicts();
        List<LikelyConflicts.Flag> flags = c.likely();
        Reviewer lee = reviewer(store, "이하은");
        Reviewer park = reviewer(store, "박준호");
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.reviewerId()).isEqualTo(lee.id());
            assertThat(f.submissionId()).isEqualTo(ref(store, "2022-05").id());
            assertThat(f.where()).isEqualTo(LikelyConflicts.Where.PLATFORM);
        }).anySatisfy(f -> {
            assertThat(f.reviewerId()).isEqualTo(park.id());
            assertThat(f.submissionId()).isEqualTo(ref(store, "2022-01").id());
            assertThat(f.where()).isEqualTo(LikelyConflicts.Where.CASE_TEXT);
        });
        c.declare(park.id(), ref(store, "2022-01").id(), ConflictKind.RECUSAL, "유통센터 비상임이사", Actor.SECRETARY);
        assertThat(c.likely()).noneMatch(f -> f.reviewerId() == park.id()
                && f.submissionId() == ref(store, "2022-01").id());
    }

    @Test
    void aDeclaredConflictKeepsTheReviewersScoresOutOfTheRankingEvenOnAFinalisedSheet() throws Exception {
        ReviewStore store = stores.store();
        ConflictService c = MeetingServices.over(store).conflicts();
        Reviewer park = reviewer(store, "박준호");
        long case1 = ref(store, "2022-01").id();
        new ScoringService(store).finalise(Actor.reviewer(park), park.id());
        assertThat(stats(store, "2022-01").completed()).isEqualTo(3);

        c.declare(park.id(), case1, ConflictKind.EXCLUSION, "임원 재직", new Actor("chair"));
        assertThat(stats(store, "2022-01").completed()).isEqualTo(2);
        assertThat(stats(store, "2022-01").recused()).isEqualTo(1);
        assertThat(store.reviews().find(park.id(), case1).orElseThrow().recuseReason()).isEqualTo("제척: 임원 재직");
        assertThat(c.conflicts()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(ConflictKind.EXCLUSION);
            assertThat(x.declaredBy()).isEqualTo("chair");
        });
        assertThat(store.audit().historyOf("2022-01")).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("conflict");
            assertThat(e.newValue()).isEqualTo("exclusion: 임원 재직");
        });

        assertThat(c.lift(park.id(), case1, new Actor("chair"))).isTrue();
        assertThat(stats(store, "2022-01").completed()).isEqualTo(3);
    }

    private static SubmissionStats stats(ReviewStore store, String ref) {
        return PanelAnalysis.of(PanelLoader.load(store)).scores(PanelMethod.MEAN).submissions().stream()
                .filter(s -> s.submission().ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void notesKeepAuthorAndTimeAndAPrivateNoteIsSeenByItsAuthorAlone() throws Exception {
        ReviewStore store = stores.store();
        NoteService n = MeetingServices.over(store).notes();
        long case3 = ref(store, "2022-03").id();
        Actor kim = new Actor("김서연 (예시 위원장)");
        Actor park = new Actor("박준호 (예시 위원)");
        CaseNote mine = n.add(case3, NoteKind.PRIVATE, "보상 실적 확인 필요", park);
        n.add(case3, NoteKind.SHARED, "업계 최초 사례인지 확인", park);
        CaseNote minutes = n.add(case3, NoteKind.MINUTES, "만장일치로 최우수 추천", kim);
        assertThat(n.visibleTo(case3, kim)).extracting(CaseNote::text)
                .containsExactly("업계 최초 사례인지 확인", "만장일치로 최우수 추천");
        assertThat(n.visibleTo(case3, park)).hasSize(3);
        assertThatThrownBy(() -> n.edit(minutes.id(), "바꿈", park)).hasMessageContaining("Only");
        CaseNote edited = n.edit(mine.id(), "보상 실적 확인함", park);
        assertThat(edited.createdAt()).isEqualTo(mine.createdAt());
        assertThat(edited.author()).isEqualTo(park.name());
        assertThat(store.audit().historyOf("2022-03")).filteredOn(e -> e.entity().equals("note")).hasSize(4);
    }
}
