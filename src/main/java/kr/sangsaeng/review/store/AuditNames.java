package kr.sangsaeng.review.store;

import java.util.HashMap;
import java.util.Map;
import kr.sangsaeng.review.model.Score;

/**
 * Refs, criterion keys and reviewer names by id, loaded once so a batch of audit entries can be
 * keyed as people know them ({@code ref/criterion/reviewer}) without a query per entry.
 */
final class AuditNames {
    private final Map<Long, String> refs = new HashMap<>();
    private final Map<Long, String> criteria = new HashMap<>();
    private final Map<Long, String> reviewers = new HashMap<>();

    private AuditNames() {
    }

    static AuditNames load(Db db) {
        AuditNames n = new AuditNames();
        db.query("SELECT id, ref FROM submission", rs -> n.refs.put(rs.getLong(1), rs.getString(2)));
        db.query("SELECT id, key FROM criterion", rs -> n.criteria.put(rs.getLong(1), rs.getString(2)));
        db.query("SELECT id, name FROM reviewer", rs -> n.reviewers.put(rs.getLong(1), rs.getString(2)));
        return n;
    }

    String scoreKey(Score s) {
        return refs.getOrDefault(s.submissionId(), "?") + "/" + criteria.getOrDefault(s.criterionId(), "?") + "/"
                + reviewers.getOrDefault(s.reviewerId(), "?");
    }
}
