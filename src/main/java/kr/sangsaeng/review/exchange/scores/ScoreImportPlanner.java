package kr.sangsaeng.review.exchange.scores;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.exchange.TableScan;
import kr.sangsaeng.review.exchange.table.Header;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Reads a scores file or score pack, checks every row against the round (refs, criteria, scales),
 * and merges it with the scores already there (see {@link ScoreMerge}).
 */
public final class ScoreImportPlanner {
    private ScoreImportPlanner() {
    }

    public static ImportPlan plan(ReviewStore store, Path file, Optional<Charset> encoding, Progress progress) {
        return plan(store, file, encoding, progress, Instant.now(), ZoneId.systemDefault());
    }

    /**
     * @param now  the time given to rows without {@code updated_at}
     * @param zone the zone of times written without an offset
     */
    static ImportPlan plan(ReviewStore store, Path file, Optional<Charset> encoding, Progress progress,
                           Instant now, ZoneId zone) {
        RoundIndex round = RoundIndex.load(store);
        Rows rows = new Rows(round, zone);
        List<Problem> problems = new ArrayList<>(TableScan.scan(file, encoding, progress, rows));
        problems.addAll(rows.problems);
        if (problems.isEmpty() && rows.scores.isEmpty() && rows.reviews.isEmpty()
                && rows.notes.isEmpty()) {
            problems.add(Problem.ofFile("the file has a header but no scores below it"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::row).thenComparingInt(Problem::column));
            return ScoreImportPlan.rejected(file, problems);
        }
        ScoreImportPlan plan = ScoreMerge.merge(file, round, rows.scores, rows.reviews.values(), now);
        NoteMerge.merge(plan, round, rows.notes.values(), now);
        return plan;
    }

    private static final class Rows implements TableScan.Handler {
        private final RoundIndex round;
        private final ZoneId zone;
        private final List<Problem> problems = new ArrayList<>();
        private final List<PackRow> scores = new ArrayList<>();
        private final Map<String, PackRow> notes = new LinkedHashMap<>();
        private final Map<String, Integer> cellRows = new HashMap<>();
        private final Map<String, ReviewInput> reviews = new LinkedHashMap<>();
        private Header header;
        private PackRowReader reader;

        Rows(RoundIndex round, ZoneId zone) {
            this.round = round;
            this.zone = zone;
        }

        @Override
        public boolean header(TableRow row) {
            header = Header.resolve(row, ScorePackFormat.COLUMNS, false);
            problems.addAll(header.problems());
            reader = new PackRowReader(header, round, zone);
            return header.problems().isEmpty();
        }

        @Override
        public void row(TableRow row) {
            PackRow r = reader.read(row, problems);
            if (r == null) {
                return;
            }
            if (r.isScore()) {
                String cell = r.ref() + "/" + r.criterion().key() + "/" + r.reviewer();
                Integer earlier = cellRows.putIfAbsent(cell, row.number());
                if (earlier != null) {
                    problems.add(Problem.ofRow(row.number(), "the score " + cell + " appears twice (also row " + earlier + ")"));
                    return;
                }
                scores.add(r);
            }
            if (r.note() != null) {
                PackRow earlier = notes.putIfAbsent(r.note().id(), r);
                if (earlier != null) {
                    problems.add(Problem.ofRow(row.number(), "the note " + r.note().id() + " appears twice (also row "
                            + earlier.row() + ")"));
                    return;
                }
            }
            if (r.carriesReview()) {
                ReviewInput review = reviews.computeIfAbsent(r.ref() + "/" + r.reviewer(), k -> new ReviewInput(r));
                String clash = review.take(r);
                if (clash != null) {
                    int i = header.index(ScorePackFormat.COLUMNS.stream().filter(c -> c.key().equals(clash)).findFirst().orElseThrow());
                    problems.add(new Problem(row.number(), i, header.name(i), "a different " + clash
                            + " for the same review on row " + review.row));
                }
            }
        }
    }
}
