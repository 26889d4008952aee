package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.sangsaeng.review.model.MetricValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review file from before counting words were stored gets them from the text as written. */
class CounterMigrationTest {
    @TempDir
    Path dir;

    @Test
    void takesTheCountingWordOfOldValuesFromTheTextAsWritten() throws Exception {
        Path file = dir.resolve("old.sangsaeng");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements(new String(Migrations.class.getResourceAsStream(
                    "migrations/V1__init.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                s.executeUpdate(sql);
            }
            s.executeUpdate("PRAGMA application_id = " + Schema.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("INSERT INTO round (name, year, organisers) VALUES ('r', 2022, '')");
            s.executeUpdate("INSERT INTO platform (id, name) VALUES (1, 'p')");
            s.executeUpdate("INSERT INTO submission (id, ref, platform_id, title) VALUES (1, 'A', 1, 't'), (2, 'B', 1, 't')");
            s.executeUpdate("INSERT INTO metric (id, key, label, unit) VALUES (1, 'merchants', '소상공인', 'persons'),"
                    + " (2, 'sales', '매출', 'KRW')");
            s.executeUpdate("INSERT INTO metric_value (submission_id, metric_id, value, approximate, as_written) VALUES"
                    + " (1, 1, 4000, 1, '약 4,000개사'), (2, 1, 900, 1, '약 900여명'), (1, 2, 1e8, 0, '1억원')");
        }
        try (ReviewStore store = ReviewStore.open(file)) {
            Map<String, String> counters = store.metrics().findAllValues().stream()
                    .collect(Collectors.toMap(v -> v.submissionId() + "/" + v.metricId(), MetricValue::counter));

            assertThat(counters).containsEntry("1/1", "개사").containsEntry("2/1", "명").containsEntry("1/2", "");
            assertThat(store.health().schemaVersion()).isEqualTo(Schema.LATEST_VERSION);
        }
    }
}
