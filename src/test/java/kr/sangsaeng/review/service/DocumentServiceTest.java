package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.exchange.documents.DocumentPlan;
import kr.sangsaeng.review.exchange.documents.DocumentPlan.Outcome;
import kr.sangsaeng.review.exchange.documents.DocumentProblem.Reason;
import kr.sangsaeng.review.exchange.documents.HostileDocuments;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.store.DocumentDao;
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
 * Documents added to the demo round's cases, read back and removed. Runs on a review file and on a
 * server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class DocumentServiceTest {
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

    private Path folder(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name));
    }

    @Test
    void matchesFilesToCasesByTheRefThatStartsTheirNames() throws Exception {
        Path in = folder("in");
        HostileDocuments.pdf(in.resolve("2022-03_우아한형제들_신청서.pdf"), 2, "풍수해보험");
        HostileDocuments.hwpx(in.resolve("2022-05 쿠팡 증빙.hwpx"), "착한상점");
        HostileDocuments.pdf(in.resolve("신청서.pdf"), 1, "x");
        ReviewStore store = stores.store();
        DocumentPlan plan = new DocumentService(store).plan(List.of(in));
        assertThat(plan.toAdd()).extracting(i -> i.ref().orElseThrow()).containsExactlyInAnyOrder("2022-03", "2022-05");
        assertThat(plan.unmatched()).extracting(DocumentPlan.Item::name).containsExactly("신청서.pdf");
        assertThat(plan.isValid()).isFalse();
        assertThatThrownBy(() -> new DocumentService(store).apply(plan, Actor.SECRETARY))
                .hasMessageContaining("nothing was added");
        assertThat(store.documents().findAll()).isEmpty();
    }

    @Test
    void storesIdenticalContentOnceAndSkipsWhatACaseHoldsAlready() throws Exception {
        Path in = folder("in");
        Path a = HostileDocuments.pdf(in.resolve("2022-01_a.pdf"), 1, "같은 내용");
        Files.copy(a, in.resolve("2022-02_b.pdf"));
        Files.copy(a, in.resolve("2022-02_c.pdf"));
        ReviewStore store = stores.store();
        DocumentService service = new DocumentService(store);
        DocumentPlan plan = service.plan(List.of(in));
        assertThat(plan.items()).extracting(DocumentPlan.Item::outcome)
                .containsExactly(Outcome.ADD, Outcome.ADD, Outcome.REPEATED);
        service.apply(plan, Actor.SECRETARY);
        assertThat(store.documents().findAll()).hasSize(2);
        assertThat(store.documents().storedBytes()).isEqualTo(Files.size(a));
        assertThat(service.plan(List.of(in)).duplicates()).hasSize(3);
        assertThat(store.audit().findAll()).filteredOn(e -> e.entity().equals("document")).hasSize(2);
    }

    @Test
    void readsBackEveryByteOfAContentLargerThanAChunk() throws Exception {
        Path in = folder("in");
        Path big = in.resolve("2022-04_사진.png");
        byte[] bytes = new byte[DocumentDao.CHUNK_BYTES * 2 + 123];
        new java.util.Random(7).nextBytes(bytes);
        System.arraycopy(new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}, 0, bytes, 0, 8);
        Files.write(big, bytes);
        ReviewStore store = stores.store();
        DocumentService service = new DocumentService(store);
        Document d = service.apply(service.plan(List.of(big)), Actor.SECRETARY).get(0);
        assertThat(d.mediaType()).isEqualTo("image/png");
        try (InputStream back = service.open(d)) {
            assertThat(back.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void refusesFilesBeyondTheRoundsCapWithAClearMessage() throws Exception {
        Path in = folder("in");
        Path a = HostileDocuments.pdf(in.resolve("2022-01_a.pdf"), 1, "하나");
        HostileDocuments.pdf(in.resolve("2022-02_b.pdf"), 1, "둘");
        ReviewStore store = stores.store();
        DocumentService service = new DocumentService(store, new DocumentService.Limits(100L << 20, Files.size(a) + 10));
        DocumentPlan plan = service.plan(List.of(in));
        assertThat(plan.refused()).hasSize(1);
        assertThat(plan.refused().get(0).problem().orElseThrow().reason()).isEqualTo(Reason.ROUND_FULL);
    }

    @Test
    void removingADocumentIsAuditedAndFreesContentNoOneElseUses() throws Exception {
        Path in = folder("in");
        HostileDocuments.pdf(in.resolve("2022-01_a.pdf"), 1, "하나");
        ReviewStore store = stores.store();
        DocumentService service = new DocumentService(store);
        Document d = service.apply(service.plan(List.of(in)), Actor.SECRETARY).get(0);
        service.remove(d.id(), new Actor("김심사 (예시)"));
        assertThat(store.documents().findAll()).isEmpty();
        assertThat(store.documents().storedBytes()).isZero();
        assertThat(store.audit().findAll()).filteredOn(e -> e.entity().equals("document"))
                .extracting(e -> e.actor() + " " + e.entityKey() + " " + e.oldValue())
                .contains(stores.auditName("김심사 (예시)") + " 2022-01/2022-01_a.pdf " + d.sha256());
    }

    @Test
    void aPrivateCopyIsReadableByItsOwnerOnly() throws Exception {
        Path in = folder("in");
        HostileDocuments.pdf(in.resolve("2022-01_a.pdf"), 1, "하나");
        ReviewStore store = stores.store();
        DocumentService service = new DocumentService(store);
        Document d = service.apply(service.plan(List.of(in)), Actor.SECRETARY).get(0);
        Path copy = service.privateCopy(d);
        assertThat(copy.getFileName().toString()).isEqualTo("2022-01_a.pdf");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(in.resolve("2022-01_a.pdf")));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
                .isEqualTo("rw-------");
        assertThat(service.list(Optional.of("2022-01"))).hasSize(1);
    }
}
