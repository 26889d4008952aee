package kr.sangsaeng.review.store;

import java.util.List;

/**
 * Every table that holds a round, in an order where each table comes after the tables it refers to
 * (so rows can be copied in this order and deleted in reverse). The one list to extend when a
 * migration adds a table: publish and archive copy exactly these, and a test fails when the review
 * file's schema has a table this list lacks (docs/server-mode.md).
 */
public final class Tables {
    public static final List<String> ROUND = List.of(
            "round", "platform", "submission", "submission_area", "metric", "metric_value", "criterion",
            "reviewer", "score", "review", "decision", "audit_log", "decision_record", "setting",
            "document_content", "document_chunk", "document", "evidence_pin",
            "pledge", "pledge_confirmation", "affiliation", "conflict", "case_note", "agenda_position");

    private Tables() {
    }
}
