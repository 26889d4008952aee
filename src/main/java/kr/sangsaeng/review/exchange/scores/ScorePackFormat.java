package kr.sangsaeng.review.exchange.scores;

import java.util.List;
import kr.sangsaeng.review.exchange.table.Column;

/**
 * The columns of a scores file, which is also a reviewer's score pack (docs/file-formats.md):
 * {@code ref,reviewer,criterion,score[,comment,recused,updated_at]}, plus {@code recuse_reason} so a
 * recusal travels with its reason. A row with no criterion and no score carries only the review's
 * comment and recusal.
 */
public final class ScorePackFormat {
    public static final Column REF = Column.required("ref", "접수번호", "reference");
    public static final Column REVIEWER = Column.required("reviewer", "심사위원", "위원", "reviewer name");
    public static final Column CRITERION = Column.required("criterion", "평가항목", "항목코드", "criterion key");
    public static final Column SCORE = Column.required("score", "점수");
    public static final Column COMMENT = Column.optional("comment", "의견", "코멘트", "comments");
    public static final Column RECUSED = Column.optional("recused", "회피", "recusal");
    public static final Column UPDATED_AT = Column.optional("updated_at", "수정시각", "updated", "수정일시", "timestamp");
    public static final Column RECUSE_REASON = Column.optional("recuse_reason", "회피사유", "recusal reason");

    /** A case note carried in the pack (docs/meeting.md): its id, kind and text; the reviewer column is its author. */
    public static final Column NOTE_ID = Column.optional("note_id", "메모ID", "note id");
    public static final Column NOTE_KIND = Column.optional("note_kind", "메모종류", "note kind");
    public static final Column NOTE = Column.optional("note", "메모", "notes");

    /** The score and review columns, which the import template shows; notes come from packs the app writes. */
    public static final List<Column> SCORE_COLUMNS = List.of(REF, REVIEWER, CRITERION, SCORE, COMMENT, RECUSED,
            UPDATED_AT, RECUSE_REASON);

    public static final List<Column> COLUMNS = List.of(REF, REVIEWER, CRITERION, SCORE, COMMENT, RECUSED, UPDATED_AT,
            RECUSE_REASON, NOTE_ID, NOTE_KIND, NOTE);

    private ScorePackFormat() {
    }
}
