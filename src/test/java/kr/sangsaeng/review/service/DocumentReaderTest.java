package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kr.sangsaeng.review.exchange.documents.HostileDocuments;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.store.StoreException;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Documents are shown from a connection of their own: reading one does not wait for the round's
 * connection, even while it is in the middle of a write, and sees what that connection committed.
 * Runs on a review file and on a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class DocumentReaderTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    @SuppressWarnings("deprecation")
    @Test
    void readsADocumentWhileTheRoundsConnectionIsMidWrite() throws Exception {
        Path pdf = HostileDocuments.pdf(Files.createDirectories(dir.resolve("in")).resolve("2022-03_신청서.pdf"), 3, "풍수해보험");
        try (TestStores stores = TestRounds.demo(backend, dir); OpenRound round = TestRounds.of(stores)) {
            DocumentService documents = round.documents();
            Document added = documents.apply(documents.plan(List.of(pdf)), Actor.SECRETARY).get(0);
            DocumentReader reader = round.documentReader();

            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> round.store().inTransaction(() -> {
                round.store().documents().remove(added.id(), Actor.SECRETARY.name());
                writing.countDown();
                await(release);
            }));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            // The write is not committed: the reader still sees the document, and reads all of it.
            assertThat(reader.forSubmission(added.submissionId())).contains(added);
            assertThat(reader.content(added)).isEqualTo(Files.readAllBytes(pdf));
            release.countDown();
            writer.get(10, TimeUnit.SECONDS);
            assertThat(reader.forSubmission(added.submissionId())).doesNotContain(added);
        }
    }

    @Test
    void refusesToReadOnceTheRoundIsClosed() throws Exception {
        try (TestStores stores = TestRounds.demo(backend, dir)) {
            OpenRound round = TestRounds.of(stores);
            DocumentReader reader = round.documentReader();
            reader.prepare();
            round.close();
            assertThatThrownBy(() -> reader.forSubmission(1)).isInstanceOf(StoreException.class);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
