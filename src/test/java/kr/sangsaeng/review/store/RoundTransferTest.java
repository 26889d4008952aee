package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.EvidencePin;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.service.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** publish then archive gives back every row of every table of the review file. */
@ExtendWith(TestServer.class)
class RoundTransferTest {
    /** One demo file for the class: building it (PDFs included) takes seconds. */
    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    @Test
    void publishThenArchiveKeepsEveryRowOfEveryTable(ServerAddress server) throws Exception {
        Path original = demoWithEveryTableFilled();
        RoundTransfer.Result published = RoundTransfer.publish(original, server);
        Path archived = dir.resolve("archived.sangsaeng");
        RoundTransfer.Result back = RoundTransfer.archive(server, archived);

        List<String> tables = sqliteTables(original);
        assertThat(Tables.ROUND).as("every table of the review file is copied").containsExactlyInAnyOrderElementsOf(tables);
        assertThat(back.rows()).isEqualTo(published.rows());
        for (String table : tables) {
            List<List<Object>> before = rows(Connections.readOnly(original), table);
            assertThat(before).as(table + " has rows to compare").isNotEmpty();
            assertThat(rows(Connections.readOnly(archived), table)).as(table).isEqualTo(before);
        }
        try (ReviewStore reopened = ReviewStore.open(archived)) {
            assertThat(reopened.health().healthy()).isTrue();
        }
    }

    @Test
    void aScoreOutsideItsScaleIsRefusedNamingItsTableAndRowAndNothingArrives(ServerAddress server) throws Exception {
        Path file = dir.resolve("bad-score.sangsaeng");
        java.nio.file.Files.copy(demoWithEveryTableFilled(), file);
        try (Connection c = Connections.readWrite(file); Statement s = c.createStatement()) {
            // Written by hand past the file's own triggers, as a damaged or tampered file might be.
            s.execute("DROP TRIGGER score_in_scale_update");
            s.execute("UPDATE score SET value = 1000 WHERE (reviewer_id, submission_id, criterion_id) ="
                    + " (SELECT reviewer_id, submission_id, criterion_id FROM score LIMIT 1 OFFSET 6)");
        }
        assertThatThrownBy(() -> RoundTransfer.publish(file, server)).isInstanceOf(ReviewFileException.class)
                .hasMessageContaining("table score, row (").hasMessageContaining("value=1000.0")
                .hasMessageContaining("score outside its criterion's scale");
        assertThat(serverTables(server)).as("tables left on the server").isZero();
    }

    @Test
    void aRowTheServerRefusesIsNamedByItsTableAndPlaceAndValues(ServerAddress server) throws Exception {
        Path file = dir.resolve("bad-status.sangsaeng");
        java.nio.file.Files.copy(demoWithEveryTableFilled(), file);
        try (Connection c = Connections.readWrite(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA ignore_check_constraints = ON");
            s.execute("UPDATE submission SET status = 'lost' WHERE id = (SELECT max(id) FROM submission)");
        }
        assertThatThrownBy(() -> RoundTransfer.publish(file, server)).isInstanceOf(ReviewFileException.class)
                .hasMessageMatching("(?s).*table submission, row \\d+ \\(id=\\d+, .*status=lost\\).*submission_status_check.*");
        assertThat(serverTables(server)).as("tables left on the server").isZero();
    }

    @Test
    void aScoreOfAMissingCriterionIsRefusedNamingItsTableAndKeyAndNothingArrives(ServerAddress server) throws Exception {
        Path file = dir.resolve("orphan.sangsaeng");
        java.nio.file.Files.copy(demoWithEveryTableFilled(), file);
        try (Connection c = Connections.readWrite(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at)"
                    + " SELECT reviewer_id, submission_id, 9999, value, updated_at FROM score LIMIT 1");
        }
        assertThatThrownBy(() -> RoundTransfer.publish(file, server)).isInstanceOf(ReviewFileException.class)
                .hasMessageContaining("\"score\"").hasMessageContaining("(criterion_id)=(9999)");
        assertThat(serverTables(server)).as("tables left on the server").isZero();
        // The same database takes the round once the file is right.
        java.nio.file.Files.delete(file);
        assertThat(RoundTransfer.publish(demoWithEveryTableFilled(), server).total()).isPositive();
    }

    private static int serverTables(ServerAddress server) throws Exception {
        try (Connection c = server.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void theServerRoundReadsTheSameThroughTheStore(ServerAddress server) throws Exception {
        Path original = demoWithEveryTableFilled();
        RoundTransfer.publish(original, server);
        try (ReviewStore file = ReviewStore.openReadOnly(original); ReviewStore round = ReviewStore.openServer(server)) {
            assertThat(round.round().get()).isEqualTo(file.round().get());
            assertThat(round.submissions().findAll()).isEqualTo(file.submissions().findAll());
            assertThat(round.criteria().findAll()).isEqualTo(file.criteria().findAll());
            assertThat(round.scores().findAll()).containsExactlyInAnyOrderElementsOf(file.scores().findAll());
            assertThat(round.documents().findAll()).isEqualTo(file.documents().findAll());
            assertThat(round.pins().findAll()).isEqualTo(file.pins().findAll());
            // New rows continue after the published ids rather than colliding with them.
            long next = round.reviewers().insert("새 위원", "위원");
            assertThat(next).isGreaterThan(file.reviewers().findAll().stream().mapToLong(r -> r.id()).max().orElseThrow());
        }
    }

    @Test
    void publishingIntoADatabaseThatHoldsARoundIsRefusedAndChangesNothing(ServerAddress server) throws Exception {
        Path original = demoWithEveryTableFilled();
        RoundTransfer.publish(original, server);
        long before;
        try (ReviewStore round = ReviewStore.openServer(server)) {
            before = round.audit().findAll().size();
        }
        assertThatThrownBy(() -> RoundTransfer.publish(original, server))
                .isInstanceOf(ReviewFileException.class).hasMessageContaining("already holds a round");
        try (ReviewStore round = ReviewStore.openServer(server)) {
            assertThat(round.audit().findAll()).hasSize((int) before);
        }
    }

    @Test
    void archiveNeverWritesOverAFile(ServerAddress server) throws Exception {
        Path original = demoWithEveryTableFilled();
        RoundTransfer.publish(original, server);
        assertThatThrownBy(() -> RoundTransfer.archive(server, original)).hasMessageContaining("already exists");
    }

    private Path demoWithEveryTableFilled() throws Exception {
        Path file = shared.resolve("demo.sangsaeng");
        if (java.nio.file.Files.exists(file)) {
            return file;
        }
        try (ReviewStore store = SampleDocuments.createDemoAt(file)) {
            var doc = store.documents().findAll().get(0);
            var value = store.metrics().findAllValues().stream().filter(v -> v.submissionId() == doc.submissionId())
                    .findFirst().orElseThrow();
            store.pins().put(new EvidencePin(0, doc.submissionId(), value.metricId(), doc.id(), 1, "3만 명", PinStatus.VERIFIED,
                    "", "간사", Instant.parse("2022-12-10T01:00:00Z")));
            store.decisions().put(new Decision(doc.submissionId(), DecisionKind.SHORTLISTED, "1차", Instant.parse(
                    "2022-12-14T09:30:00Z"), "간사"), "간사");
            store.decisionRecords().append("{\"rule\":\"top 3\"}");
            long reviewer = store.reviewers().findAll().get(0).id();
            store.pledge().confirm(reviewer, store.pledge().find().orElseThrow().text(), "간사");
            store.agenda().save(List.of(doc.submissionId()), "위원장");
            store.conflicts().put(new kr.sangsaeng.review.model.Conflict(reviewer, doc.submissionId(),
                    kr.sangsaeng.review.model.ConflictKind.RECUSAL, "전 직장", "간사", Instant.parse("2022-12-11T01:00:00Z")), "간사");
            store.notes().put(new kr.sangsaeng.review.model.CaseNote("5b0c1e0e-0000-4000-8000-000000000001", doc.submissionId(),
                    kr.sangsaeng.review.model.NoteKind.MINUTES, "위원장", "선정 의견 일치", Instant.parse("2022-12-14T09:00:00Z"),
                    Instant.parse("2022-12-14T09:05:00Z")), "위원장");
        }
        withValuesAnEncoderCouldBreak(file);
        return file;
    }

    /**
     * Values that a hand-made COPY encoding gets wrong: tab, newline, carriage return and backslash
     * in text, the text "\N" (COPY's NULL in text format) beside a real NULL and an empty string,
     * doubles that print inexactly, the smallest and largest doubles, and bytes of every value.
     */
    private static void withValuesAnEncoderCouldBreak(Path file) throws Exception {
        try (Connection c = Connections.readWrite(file)) {
            try (var ps = c.prepareStatement("UPDATE submission SET title = ?, summary = ? WHERE id = (SELECT min(id) FROM submission)")) {
                ps.setString(1, "탭\t줄\n바꿈\r\n역슬래시\\ \\N 끝\\");
                ps.setString(2, "\\N");
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("INSERT INTO audit_log (at, actor, entity, entity_key, old_value, new_value)"
                    + " VALUES ('2022-12-15T00:00:00Z', '간사', 'setting', ?, ?, ?)")) {
                ps.setString(1, "\\N");
                ps.setNull(2, java.sql.Types.VARCHAR);
                ps.setString(3, "");
                ps.executeUpdate();
                ps.setString(1, "\t");
                ps.setString(2, "\\.");
                ps.setString(3, "a\\tb");
                ps.executeUpdate();
            }
            double[] values = {0.1 + 0.2, Double.MIN_VALUE, Double.MAX_VALUE, -1e-300, 1.0 / 3};
            try (var ps = c.prepareStatement("UPDATE metric_value SET value = ? WHERE (submission_id, metric_id) ="
                    + " (SELECT submission_id, metric_id FROM metric_value ORDER BY submission_id, metric_id LIMIT 1 OFFSET ?)")) {
                for (int i = 0; i < values.length; i++) {
                    ps.setDouble(1, values[i]);
                    ps.setInt(2, i);
                    assertThat(ps.executeUpdate()).isOne();
                }
            }
            byte[] every = new byte[256];
            for (int i = 0; i < every.length; i++) {
                every[i] = (byte) i;
            }
            String sha = "ab".repeat(32);
            try (var ps = c.prepareStatement("INSERT INTO document_content (sha256, bytes, media_type, pages) VALUES (?, 256, 'application/octet-stream', NULL)")) {
                ps.setString(1, sha);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("INSERT INTO document_chunk (sha256, seq, data) VALUES (?, 0, ?)")) {
                ps.setString(1, sha);
                ps.setBytes(2, every);
                ps.executeUpdate();
            }
        }
    }

    private static List<String> sqliteTables(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = Connections.readOnly(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Every row of the table, in a fixed order, each column as stored (blobs compared by content). */
    private static List<List<Object>> rows(Connection c, String table) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (c; Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.add(meta.getColumnName(i) + "=" + (v instanceof byte[] b ? "bytes" + Arrays.hashCode(b) + "/" + b.length
                            : v == null ? "null" : v.getClass().getSimpleName() + ":" + v));
                }
                rows.add(row);
            }
        }
        rows.sort((a, b) -> a.toString().compareTo(b.toString()));
        return rows;
    }
}
