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

    /**
     * A server round's report: its schema version and row counts, read without migrating. The server
     * keeps its own pages and constraints sound, so the only problem reported is a schema this app
     * cannot read.
     */
    static HealthReport ofServer(Db db) {
        try {
            int version = ServerSchema.version(db.connection());
            List<String> problems = version > ServerSchema.LATEST_VERSION
                    ? List.of("the round has schema version " + version + "; this app knows up to "
                            + ServerSchema.LATEST_VERSION + ". Update the app.")
                    : version == 0 ? List.of("the database holds no round; publish one there first.") : List.of();
            Map<String, Integer> counts = new LinkedHashMap<>();
            if (version > 0) {
                for (String table : TABLES) {
                    counts.put(table, db.queryOne("SELECT count(*) FROM " + table, rs -> rs.getInt(1)).orElse(0));
                }
            }
            return new HealthReport(version, 0, problems, counts);
        } catch (SQLException e) {
            throw new StoreException("Checking the server round failed: " + e.getMessage(), e);
        }
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
