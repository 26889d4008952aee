package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.Platform;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server round lists cases, platforms and documents in the file's order (by code point), whatever
 * collation its database was created with: PostgreSQL orders text by the database's locale, and a
 * round database made with a language's collation (here ICU's en-US, as on many installations)
 * would otherwise put "a-2" before "B-1" where the file puts it after (docs/server-mode.md).
 */
@ExtendWith(TestServer.class)
class ServerTextOrderTest {
    private static final List<String> REFS = List.of("a-2", "B-1", "11-3", "b-0");
    private static final List<String> PLATFORMS = List.of("coupang", "G마켓", "11번가", "Auction");

    @TempDir
    Path dir;

    @Test
    void casesPlatformsAndDocumentsComeInTheFilesOrderInALanguageCollatedDatabase() throws Exception {
        Path file = dir.resolve("round.sangsaeng");
        try (ReviewStore store = ReviewStore.create(file, new Round("r", 2022, "", false))) {
            byte[] pdf = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
            store.documents().putContent(sha, pdf.length, "application/pdf", 1, () -> new ByteArrayInputStream(pdf));
            for (int i = 0; i < REFS.size(); i++) {
                long id = store.submissions().insert(REFS.get(i), PLATFORMS.get(i), "t", Set.of(), "", SubmissionStatus.SUBMITTED);
                store.documents().add(id, "d.pdf", sha, "간사", Instant.parse("2022-12-01T00:00:00Z"));
            }
        }
        ServerAddress base = TestServer.configured();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = base.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'");
        }
        try {
            ServerAddress server = base.withDatabase(name);
            RoundTransfer.publish(file, server);
            try (ReviewStore local = ReviewStore.openReadOnly(file); ReviewStore round = ReviewStore.openServer(server)) {
                assertThat(local.submissions().findAll()).extracting(Submission::ref)
                        .containsExactly("11-3", "B-1", "a-2", "b-0");
                assertThat(round.submissions().findAll()).extracting(Submission::ref)
                        .containsExactlyElementsOf(local.submissions().findAll().stream().map(Submission::ref).toList());
                assertThat(round.submissions().platforms()).extracting(Platform::name)
                        .containsExactlyElementsOf(local.submissions().platforms().stream().map(Platform::name).toList());
                assertThat(round.documents().findAll()).extracting(Document::ref)
                        .containsExactlyElementsOf(local.documents().findAll().stream().map(Document::ref).toList());
            }
        } finally {
            try (Connection c = base.connect(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
