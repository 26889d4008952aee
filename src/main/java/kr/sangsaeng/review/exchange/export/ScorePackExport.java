package kr.sangsaeng.review.exchange.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.exchange.scores.ScorePackFormat;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * A score pack (docs/file-formats.md): every score with its {@code updated_at} (ISO-8601, UTC), and for each review
 * with a comment or a recusal one row without criterion and score that carries them, and one row per
 * case note: a reviewer's pack carries the notes they wrote, the whole panel's the shared notes and
 * minutes but nobody's private note (docs/meeting.md). Imported into
 * another review file, it merges cell by cell.
 */
public final class ScorePackExport {
    private ScorePackExport() {
    }

    /**
     * @param reviewer only this reviewer's scores and reviews; empty for the whole panel
     * @return the number of rows written
     * @throws IllegalArgumentException when the named reviewer is not in the round
     */
    public static int write(ReviewStore store, Path out, Optional<String> reviewer) throws IOException {
        Map<Long, String> refs = new HashMap<>();
        store.submissions().findAll().forEach(s -> refs.put(s.id(), s.ref()));
        Map<Long, Criterion> criteria = new HashMap<>();
        store.criteria().findAll().forEach(c -> criteria.put(c.id(), c));
        Map<Long, String> names = new HashMap<>();
        store.reviewers().findAll().forEach(r -> names.put(r.id(), r.name()));
        Optional<Long> only = reviewer.map(name -> store.reviewers().findByName(name).map(Reviewer::id)
                .orElseThrow(() -> new IllegalArgumentException("there is no reviewer \"" + name + "\" in the round; it has "
                        + String.join(", ", names.values()))));
        List<Line> lines = new ArrayList<>();
        for (Review r : store.reviews().findAll()) {
            if ((r.recused() || !r.comment().isEmpty()) && only.map(id -> id == r.reviewerId()).orElse(true)) {
                lines.add(new Line(refs.get(r.submissionId()), r.reviewerId(), -1, List.of(refs.get(r.submissionId()),
                        names.get(r.reviewerId()), "", "", r.comment(), Boolean.toString(r.recused()),
                        r.updatedAt().toString(), r.recuseReason(), "", "", "")));
            }
        }
        for (Score s : store.scores().findAll()) {
            if (only.map(id -> id == s.reviewerId()).orElse(true)) {
                Criterion c = criteria.get(s.criterionId());
                lines.add(new Line(refs.get(s.submissionId()), s.reviewerId(), c.position(), List.of(refs.get(s.submissionId()),
                        names.get(s.reviewerId()), c.key(), s.value(), "", "", s.updatedAt().toString(), "", "", "", "")));
            }
        }
        for (kr.sangsaeng.review.model.CaseNote n : store.notes().findAll()) {
            if (reviewer.map(name -> name.equals(n.author())).orElse(n.kind() != kr.sangsaeng.review.model.NoteKind.PRIVATE)) {
                String ref = refs.get(n.submissionId());
                lines.add(new Line(ref, Long.MAX_VALUE, Integer.MAX_VALUE, List.of(ref, n.author(), "", "", "", "",
                        n.updatedAt().toString(), "", n.id(), n.kind().key(), n.text())));
            }
        }
        lines.sort(Comparator.comparing(Line::ref).thenComparingLong(Line::reviewerId).thenComparingInt(Line::position));
        try (CsvOutput csv = CsvOutput.open(out)) {
            csv.row(ScorePackFormat.COLUMNS.stream().map(c -> c.key()).toList());
            lines.forEach(l -> csv.row(l.cells()));
            csv.commit();
        }
        return lines.size();
    }

    private record Line(String ref, long reviewerId, int position, List<Object> cells) {
    }
}
