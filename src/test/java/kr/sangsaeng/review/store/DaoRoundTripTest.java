package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.Conflict;
import kr.sangsaeng.review.model.ConflictKind;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.EvidencePin;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.model.Review;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The DAOs without a test of their own (documents, evidence pins, conflicts, pledge, notes, agenda,
 * decisions, decision records, metric values, settings), each written and read back through the
 * store on the demo round, with its audit row in the same transaction. Runs on a review file and on
 * a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class DaoRoundTripTest {
    private static final Instant T = Instant.parse("2022-12-09T01:00:00Z");

    @Parameter
    TestStores.Backend backend;

    @TempDir
    java.nio.file.Path dir;

    private TestStores stores;
    private ReviewStore store;
    private long case1;
    private long case2;
    private long park;

    @BeforeEach
    void openDemo() throws Exception {
        stores = TestStores.demo(backend, dir);
        store = stores.store();
        case1 = store.submissions().findByRef("2022-01").orElseThrow().id();
        case2 = store.submissions().findByRef("2022-02").orElseThrow().id();
        park = store.reviewers().findAll().stream().filter(r -> r.name().startsWith("박준호")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    @Test
    void aDocumentsBytesComeBackIdenticalAndSharedContentIsStoredOnce() throws Exception {
        byte[] bytes = new byte[DocumentDao.CHUNK_BYTES * 2 + 5];
        new Random(3).nextBytes(bytes);
        String sha = sha256(bytes);
        store.documents().putContent(sha, bytes.length, "application/pdf", 3, () -> new ByteArrayInputStream(bytes));
        store.documents().putContent(sha, bytes.length, "application/pdf", 3, () -> new ByteArrayInputStream(bytes));
        long first = store.documents().add(case1, "신청서.pdf", sha, "간사", T);
        long second = store.documents().add(case2, "증빙.pdf", sha, "간사", T);

        store = stores.reopen();
        assertThat(store.documents().storedBytes()).isEqualTo(bytes.length);
        Document d = store.documents().find(first).orElseThrow();
        assertThat(d).extracting(Document::ref, Document::name, Document::bytes, Document::mediaType, Document::pages,
                Document::addedBy, Document::addedAt).containsExactly("2022-01", "신청서.pdf", (long) bytes.length,
                "application/pdf", 3, "간사", T);
        try (InputStream in = store.documents().open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        store.documents().remove(first, "간사");
        assertThat(store.documents().hasContent(sha)).as("still used by the second case").isTrue();
        store.documents().remove(second, "간사");
        assertThat(store.documents().hasContent(sha)).isFalse();
        assertThat(store.documents().storedBytes()).isZero();
        assertThat(audit("document")).extracting(e -> e.entityKey() + " " + e.oldValue() + " " + e.newValue())
                .containsExactly("2022-01/신청서.pdf null " + sha, "2022-02/증빙.pdf null " + sha,
                        "2022-01/신청서.pdf " + sha + " null", "2022-02/증빙.pdf " + sha + " null");
    }

    @Test
    void anEvidencePinIsReplacedNotDoubledAndItsRemovalAudited() throws Exception {
        byte[] bytes = "%PDF-1.4 증빙".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = sha256(bytes);
        store.documents().putContent(sha, bytes.length, "application/pdf", 2, () -> new ByteArrayInputStream(bytes));
        long doc = store.documents().add(case1, "증빙.pdf", sha, "간사", T);
        Metric metric = store.metrics().findAll().get(0);
        store.pins().put(new EvidencePin(0, case1, metric.id(), doc, 1, "약 4,000개사", PinStatus.UNVERIFIED, "", "박준호", T));
        store.pins().put(new EvidencePin(0, case1, metric.id(), doc, 2, "약 4,000개사", PinStatus.VERIFIED, "2쪽 표", "박준호", T));

        store = stores.reopen();
        assertThat(store.pins().findBySubmission(case1)).singleElement().satisfies(p -> {
            assertThat(p.page()).isEqualTo(2);
            assertThat(p.status()).isEqualTo(PinStatus.VERIFIED);
            assertThat(p.quote()).isEqualTo("약 4,000개사");
            assertThat(p.note()).isEqualTo("2쪽 표");
            assertThat(p.updatedAt()).isEqualTo(T);
        });
        store.pins().remove(case1, metric.id(), "박준호");
        assertThat(store.pins().find(case1, metric.id())).isEmpty();
        assertThat(audit("evidence_pin")).extracting(e -> e.entityKey() + " " + e.newValue()).containsExactly(
                "2022-01/" + metric.key() + " unverified @ document " + doc + " p.1",
                "2022-01/" + metric.key() + " verified @ document " + doc + " p.2: 2쪽 표",
                "2022-01/" + metric.key() + " null");
    }

    @Test
    void aConflictRecusesTheReviewEvenWhenFinalAndLiftingItRestoresTheReview() throws Exception {
        store.reviews().setFinal(park, true, "박준호");
        store.conflicts().put(new Conflict(park, case1, ConflictKind.EXCLUSION, "임원 재직", "의장", T), "의장");
        store.conflicts().setAffiliations(park, List.of("롯데쇼핑", "유통센터"), "간사");
        store.conflicts().setAffiliations(park, List.of("롯데쇼핑", "유통센터"), "간사"); // unchanged: not audited again

        store = stores.reopen();
        assertThat(store.conflicts().find(park, case1)).hasValueSatisfying(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.EXCLUSION);
            assertThat(c.reason()).isEqualTo("임원 재직");
            assertThat(c.declaredBy()).isEqualTo("의장");
        });
        Review review = store.reviews().find(park, case1).orElseThrow();
        assertThat(review.recused()).isTrue();
        assertThat(review.recuseReason()).isEqualTo("제척: 임원 재직");
        assertThat(store.conflicts().affiliations()).filteredOn(a -> a.reviewerId() == park)
                .extracting(a -> a.name()).containsExactly("롯데쇼핑", "유통센터");

        assertThat(store.conflicts().delete(park, case1, "의장")).isTrue();
        assertThat(store.conflicts().delete(park, case1, "의장")).isFalse();
        assertThat(store.reviews().find(park, case1).orElseThrow().recused()).isFalse();
        assertThat(audit("conflict")).extracting(e -> e.oldValue() + " -> " + e.newValue())
                .containsExactly("null -> exclusion: 임원 재직", "exclusion: 임원 재직 -> null");
        assertThat(audit("affiliation")).filteredOn(e -> e.newValue().equals("롯데쇼핑; 유통센터")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(stores.auditName("간사")));
    }

    @Test
    void anAuditedWriteThatFailsLeavesNeitherItsRowsNorItsAuditEntry() {
        int auditBefore = store.audit().count();
        // conflict row, review recusal, audit row: the third write fails, and the first two must go with it.
        store.setWriteFaults(WriteFaults.failNth(3));
        assertThatThrownBy(() -> store.conflicts().put(new Conflict(park, case2, ConflictKind.RECUSAL, "", "의장", T), "의장"))
                .isInstanceOf(StoreException.class);
        store.setWriteFaults(WriteFaults.NONE);
        assertThat(store.conflicts().find(park, case2)).isEmpty();
        assertThat(store.reviews().find(park, case2).map(Review::recused)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(store.audit().count()).isEqualTo(auditBefore);
    }

    @Test
    void thePledgeAndItsConfirmationsKeepTextWhoAndWhen() throws Exception {
        store.pledge().put("공정하게 심사하겠습니다.", false, "간사");
        store.pledge().put("공정하게 심사하겠습니다.", false, "간사"); // unchanged text: not audited again
        store.pledge().confirm(park, "공정하게 심사하겠습니다.", "박준호");

        store = stores.reopen();
        assertThat(store.pledge().find()).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("공정하게 심사하겠습니다.");
            assertThat(p.sample()).isFalse();
            assertThat(p.updatedBy()).isEqualTo("간사");
        });
        assertThat(store.pledge().confirmations()).filteredOn(c -> c.reviewerId() == park).singleElement().satisfies(c -> {
            assertThat(c.pledgeText()).isEqualTo("공정하게 심사하겠습니다.");
            assertThat(c.confirmedBy()).isEqualTo("박준호");
            assertThat(c.confirmedAt()).isNotNull();
        });
        assertThat(audit("pledge")).filteredOn(e -> e.newValue().equals("공정하게 심사하겠습니다.")).singleElement()
                .satisfies(e -> assertThat(e.oldValue()).startsWith("[예시]"));
        assertThat(audit("pledge_confirmation")).extracting(AuditEntry::newValue).contains("confirmed");
    }

    @Test
    void aNoteKeepsItsIdKindAndCreationTimeThroughAnEdit() throws Exception {
        String id = UUID.randomUUID().toString();
        CaseNote note = new CaseNote(id, case1, NoteKind.SHARED, "박준호", "실적 확인 필요", T, T);
        assertThat(store.notes().put(note, "박준호")).isTrue();
        assertThat(store.notes().put(note, "박준호")).as("unchanged text writes nothing").isFalse();
        Instant later = T.plusSeconds(60);
        assertThat(store.notes().put(new CaseNote(id, case1, NoteKind.SHARED, "박준호", "확인함", later, later), "박준호")).isTrue();

        store = stores.reopen();
        assertThat(store.notes().forSubmission(case1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoteKind.SHARED);
            assertThat(n.text()).isEqualTo("확인함");
            assertThat(n.createdAt()).isEqualTo(T);
            assertThat(n.updatedAt()).isEqualTo(later);
        });
        assertThat(store.notes().delete(id, "박준호")).isTrue();
        assertThat(store.notes().find(id)).isEmpty();
        assertThat(audit("note")).extracting(e -> e.entityKey() + " " + e.oldValue() + " -> " + e.newValue()).containsExactly(
                "2022-01/shared/" + id + " null -> 실적 확인 필요", "2022-01/shared/" + id + " 실적 확인 필요 -> 확인함",
                "2022-01/shared/" + id + " 확인함 -> null");
    }

    @Test
    void theAgendaKeepsTheChairsOrder() throws Exception {
        List<Long> order = List.of(case2, case1);
        assertThat(store.agenda().save(order, "의장")).isTrue();
        assertThat(store.agenda().save(order, "의장")).isFalse();

        store = stores.reopen();
        assertThat(store.agenda().order()).containsExactly(case2, case1);
        assertThat(audit("agenda")).singleElement().satisfies(e -> assertThat(e.newValue()).isEqualTo("2022-02, 2022-01"));
    }

    @Test
    void decisionsAndDecisionRecordsComeBackAsWrittenWithTheirAudit() throws Exception {
        store.decisions().put(new Decision(case1, DecisionKind.SHORTLISTED, "1차", T, null), "간사");
        store.decisions().put(new Decision(case1, DecisionKind.AWARDED, "최우수", T, null), "의장");
        store.decisions().put(new Decision(case2, DecisionKind.DECLINED, "", T, null), "의장");
        store.decisions().clear(case2, "의장");
        long record = store.decisionRecords().appendAudited("{\"method\":\"median\",\"n\":6}", "의장", "ballot", "6 cases");

        store = stores.reopen();
        assertThat(store.decisions().findAll()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.AWARDED);
            assertThat(d.note()).isEqualTo("최우수");
            assertThat(d.decidedAt()).isEqualTo(T);
            assertThat(d.decidedBy()).isEqualTo("의장");
        });
        assertThat(store.decisionRecords().findAll()).last().isEqualTo("{\"method\":\"median\",\"n\":6}");
        assertThat(audit("decision")).extracting(e -> e.entityKey() + " " + e.oldValue() + " -> " + e.newValue())
                .endsWith("2022-01 null -> shortlisted: 1차", "2022-01 shortlisted: 1차 -> awarded: 최우수",
                        "2022-02 null -> declined", "2022-02 declined -> null");
        assertThat(audit("ballot")).singleElement().satisfies(e -> {
            assertThat(e.entityKey()).isEqualTo(Long.toString(record));
            assertThat(e.newValue()).isEqualTo("6 cases");
            assertThat(e.actor()).isEqualTo(stores.auditName("의장"));
        });
    }

    @Test
    void metricValuesAndBaselinesAndSettingsComeBackAsWritten() throws Exception {
        Metric first = store.metrics().findAll().get(0);
        Metric second = store.metrics().findAll().get(1);
        MetricValue a = new MetricValue(case1, first.id(), 4000, true, "약 4,000개사");
        MetricValue b = new MetricValue(case2, first.id(), 2800.5, false, "2,800.5");
        store.metrics().putValues(List.of(a, b));
        store.metrics().deleteValues(List.of(b));
        boolean changed = store.metrics().setBaseline(second.id(), first.id(), "간사");
        store.settings().putAudited("shortlist.rule", "{\"top_n\":2}", "의장");
        store.settings().putAudited("shortlist.rule", "{\"top_n\":2}", "의장");

        store = stores.reopen();
        assertThat(store.metrics().valuesOf(case1)).filteredOn(v -> v.metricId() == first.id()).singleElement()
                .satisfies(v -> {
                    assertThat(v.value()).isEqualTo(4000);
                    assertThat(v.approximate()).isTrue();
                    assertThat(v.asWritten()).isEqualTo("약 4,000개사");
                });
        assertThat(store.metrics().valuesOf(case2)).noneMatch(v -> v.metricId() == first.id());
        assertThat(changed).isEqualTo(second.baselineMetricId() != first.id());
        assertThat(store.metrics().byId(second.id()).orElseThrow().baselineMetricId()).isEqualTo(first.id());
        assertThat(store.settings().get("shortlist.rule")).contains("{\"top_n\":2}");
        assertThat(audit("setting")).singleElement().satisfies(e -> {
            assertThat(e.entityKey()).isEqualTo("shortlist.rule");
            assertThat(e.oldValue()).isNull();
        });
    }

    private List<AuditEntry> audit(String entity) {
        return store.audit().findAll().stream().filter(e -> e.entity().equals(entity)).toList();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
