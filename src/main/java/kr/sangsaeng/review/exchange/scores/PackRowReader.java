package kr.sangsaeng.review.exchange.scores;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.table.Column;
import kr.sangsaeng.review.exchange.table.Flags;
import kr.sangsaeng.review.exchange.table.Header;
import kr.sangsaeng.review.exchange.table.PlainNumber;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.exchange.table.Timestamps;
import kr.sangsaeng.review.model.Criterion;

/** Turns one row of a score pack into a {@link PackRow}, checked against the round, or into its problems. */
final class PackRowReader {
    private final Header header;
    private final RoundIndex round;
    private final ZoneId zone;

    PackRowReader(Header header, RoundIndex round, ZoneId zone) {
        this.header = header;
        this.round = round;
        this.zone = zone;
    }

    PackRow read(TableRow row, List<Problem> problems) {
        int before = problems.size();
        String ref = cell(row, ScorePackFormat.REF);
        Long submissionId = round.submissionIds.get(ref);
        if (ref.isEmpty() || submissionId == null) {
            problems.add(problem(row, ScorePackFormat.REF, ref.isEmpty() ? "the ref is empty"
                    : "unknown ref \"" + ref + "\": the review file has no such case"));
        }
        String reviewer = cell(row, ScorePackFormat.REVIEWER);
        if (reviewer.isEmpty()) {
            problems.add(problem(row, ScorePackFormat.REVIEWER, "the reviewer is empty"));
        }
        String comment = optional(row, ScorePackFormat.COMMENT);
        Boolean recused = flag(row, problems);
        String reason = optional(row, ScorePackFormat.RECUSE_REASON);
        Instant at = time(row, problems);
        PackRow.NoteInput note = note(row, problems);
        Criterion criterion = null;
        double score = Double.NaN;
        String criterionText = cell(row, ScorePackFormat.CRITERION);
        String scoreText = cell(row, ScorePackFormat.SCORE);
        if (!criterionText.isEmpty() || !scoreText.isEmpty()) {
            criterion = criterion(row, criterionText, problems);
            score = score(row, scoreText, criterion, problems);
        } else if (comment == null && recused == null && reason == null && note == null
                && optional(row, ScorePackFormat.NOTE_ID) == null) {
            problems.add(Problem.ofRow(row.number(), "the row has no criterion and score, and no comment or recusal"));
        }
        header.checkUnnamed(row, problems);
        if (problems.size() > before) {
            return null;
        }
        return new PackRow(row.number(), ref, submissionId, reviewer, criterion, score, comment, recused, reason, at, note);
    }

    /** The row's note, or null when it carries none; an id without kind or text is a problem. */
    private PackRow.NoteInput note(TableRow row, List<Problem> problems) {
        String id = optional(row, ScorePackFormat.NOTE_ID);
        if (id == null) {
            return null;
        }
        String kindText = optional(row, ScorePackFormat.NOTE_KIND);
        String text = optional(row, ScorePackFormat.NOTE);
        kr.sangsaeng.review.model.NoteKind kind = kindText == null ? null : NOTE_KINDS.get(kindText.toLowerCase(java.util.Locale.ROOT));
        if (kind == null) {
            problems.add(problem(row, ScorePackFormat.NOTE_KIND, "a note is private, shared or minutes, not \""
                    + (kindText == null ? "" : kindText) + "\""));
        }
        if (text == null) {
            problems.add(problem(row, ScorePackFormat.NOTE, "the note is empty"));
        }
        return kind == null || text == null ? null : new PackRow.NoteInput(id, kind, text);
    }

    private static final java.util.Map<String, kr.sangsaeng.review.model.NoteKind> NOTE_KINDS = java.util.Map.of(
            "private", kr.sangsaeng.review.model.NoteKind.PRIVATE, "개인", kr.sangsaeng.review.model.NoteKind.PRIVATE,
            "shared", kr.sangsaeng.review.model.NoteKind.SHARED, "공유", kr.sangsaeng.review.model.NoteKind.SHARED,
            "minutes", kr.sangsaeng.review.model.NoteKind.MINUTES, "회의록", kr.sangsaeng.review.model.NoteKind.MINUTES);

    private Criterion criterion(TableRow row, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(problem(row, ScorePackFormat.CRITERION, "the criterion is empty"));
            return null;
        }
        Criterion c = round.criterion(text);
        if (c == null) {
            String keys = String.join(", ", round.rubric.stream().map(Criterion::key).toList());
            problems.add(problem(row, ScorePackFormat.CRITERION, "unknown criterion \"" + text + "\""
                    + (keys.isEmpty() ? ": the round has no rubric yet" : "; the rubric has " + keys)));
        }
        return c;
    }

    private double score(TableRow row, String text, Criterion c, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(problem(row, ScorePackFormat.SCORE, "the score is empty"));
            return Double.NaN;
        }
        OptionalDouble v = PlainNumber.parseWritten(text);
        if (v.isEmpty()) {
            problems.add(problem(row, ScorePackFormat.SCORE, "not a number: \"" + text + "\""));
            return Double.NaN;
        }
        if (c != null && !c.accepts(v.getAsDouble())) {
            problems.add(problem(row, ScorePackFormat.SCORE, "the score " + text + " is outside the scale of \""
                    + c.key() + "\" (" + number(c.min()) + "–" + number(c.max()) + ")"));
        }
        return v.getAsDouble();
    }

    private Boolean flag(TableRow row, List<Problem> problems) {
        String text = optional(row, ScorePackFormat.RECUSED);
        if (text == null) {
            return null;
        }
        Optional<Boolean> b = Flags.parse(text);
        if (b.isEmpty()) {
            problems.add(problem(row, ScorePackFormat.RECUSED, "not yes or no: \"" + text + "\""));
        }
        return b.orElse(null);
    }

    private Instant time(TableRow row, List<Problem> problems) {
        String text = optional(row, ScorePackFormat.UPDATED_AT);
        if (text == null) {
            return null;
        }
        Optional<Instant> t = Timestamps.parse(text, zone);
        if (t.isEmpty()) {
            problems.add(problem(row, ScorePackFormat.UPDATED_AT, "not a date and time: \"" + text
                    + "\"; write it as 2022-12-08T14:00:00+09:00"));
        }
        return t.orElse(null);
    }

    /** A cell of an optional column, or null when the column is missing or the cell is empty. */
    private String optional(TableRow row, Column c) {
        String v = cell(row, c);
        return v.isEmpty() ? null : v;
    }

    private String cell(TableRow row, Column c) {
        return header.has(c) ? row.cell(header.index(c)) : "";
    }

    private Problem problem(TableRow row, Column c, String reason) {
        int i = header.index(c);
        return new Problem(row.number(), i, header.name(i), reason);
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
