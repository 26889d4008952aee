package kr.sangsaeng.review.exchange.scores;

import java.time.Instant;
import java.util.Collection;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.PreviewLine.Change;
import kr.sangsaeng.review.model.CaseNote;

/**
 * Merges the case notes of a score pack by id (docs/meeting.md): a note the file lacks is added; the
 * same text is unchanged, so a pack imported twice never doubles a note; a different text is a
 * conflict the newer {@code updated_at} wins, the file keeping its own on a tie.
 */
final class NoteMerge {
    private NoteMerge() {
    }

    static void merge(ScoreImportPlan plan, RoundIndex round, Collection<PackRow> rows, Instant now) {
        for (PackRow r : rows) {
            Instant at = r.at() != null ? r.at() : now;
            PackRow.NoteInput in = r.note();
            String key = r.ref() + "/" + in.kind().key() + "/" + r.reviewer();
            CaseNote current = round.notes.get(in.id());
            if (current == null) {
                plan.writeNote(new CaseNote(in.id(), r.submissionId(), in.kind(), r.reviewer(), in.text(), at, at),
                        new PreviewLine(Change.ADD, key, "“" + in.text() + "”"));
            } else if (current.text().equals(in.text())) {
                plan.line(new PreviewLine(Change.UNCHANGED, key, "“" + in.text() + "”"));
            } else {
                String held = "“" + current.text() + "” (" + current.updatedAt() + ")";
                String incoming = "“" + in.text() + "” (" + at + ")";
                if (at.isAfter(current.updatedAt())) {
                    plan.writeNote(new CaseNote(in.id(), current.submissionId(), current.kind(), current.author(),
                            in.text(), current.createdAt(), at), PreviewLine.conflict(Change.NEWER_IN_FILE, key, held, incoming));
                } else {
                    plan.line(PreviewLine.conflict(Change.KEPT_CURRENT, key, held, incoming));
                }
            }
        }
    }
}
