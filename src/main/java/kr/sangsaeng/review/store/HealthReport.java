package kr.sangsaeng.review.store;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code check} reports: schema version, integrity and how many rows each table holds. */
public record HealthReport(int schemaVersion, int applicationId, List<String> problems, Map<String, Integer> rowCounts) {
    private static final List<String> TABLES = List.of("platform", "submission", "metric", "metric_value", "criterion",
            "reviewer", "score", "review", "decision", "audit_log", "decision_record");

    public boolean healthy() {
        return problems.isEmpty();
    }

    static HealthReport of(Db db) {
        try {
            int version = FileInspector.intPragma(db.connection(), "user_version");
            int appId = FileInspector.intPragma(db.connection(), "application_id");
            List<String> problems = FileInspector.integrityCheck(db.connection());
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                // Table names come from the fixed list above, never from input.
                counts.put(table, db.queryOne("SELECT count(*) FROM " + table, rs -> rs.getInt(1)).orElse(0));
            }
            return new HealthReport(version, appId, List.copyOf(problems), counts);
        } catch (SQLException e) {
            throw new StoreException("Checking the review file failed: " + e.getMessage(), e);
        }
    }
}
