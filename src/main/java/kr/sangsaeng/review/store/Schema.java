package kr.sangsaeng.review.store;

/** Identity of a review file: SQLite's application_id and the newest schema version this build knows. */
public final class Schema {
    /** "SSRV" in ASCII: marks an SQLite file as a Sangsaeng Review file. */
    public static final int APPLICATION_ID = 0x53535256;
    /** The migrations under {@code store/migrations}, in order: file N brings the schema to version N. */
    static final java.util.List<String> MIGRATIONS = java.util.List.of("V1__init.sql", "V2__score_scale.sql",
            "V3__decision_by.sql", "V4__metric_counter.sql", "V5__documents.sql", "V6__meeting.sql",
            "V7__agenda_order.sql");
    /** The newest schema version this build reads and writes. */
    public static final int LATEST_VERSION = MIGRATIONS.size();

    private Schema() {
    }
}
