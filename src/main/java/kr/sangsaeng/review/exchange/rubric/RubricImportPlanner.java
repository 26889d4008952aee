package kr.sangsaeng.review.exchange.rubric;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.exchange.TableScan;
import kr.sangsaeng.review.exchange.table.Header;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Reads a rubric file and compares it with the round's criteria by key. A criterion the file does
 * not mention stays as it is. A new scale must still hold every score already given on it.
 */
public final class RubricImportPlanner {
    private RubricImportPlanner() {
    }

    public static ImportPlan plan(ReviewStore store, Path file, Optional<Charset> encoding, Progress progress) {
        Rows rows = new Rows();
        List<Problem> problems = new ArrayList<>(TableScan.scan(file, encoding, progress, rows));
        problems.addAll(rows.problems);
        if (problems.isEmpty() && rows.lines.isEmpty()) {
            problems.add(Problem.ofFile("the file has a header but no criteria below it"));
        }
        Map<String, Criterion> current = new HashMap<>();
        store.criteria().findAll().forEach(c -> current.put(c.key(), c));
        if (problems.isEmpty()) {
            checkScales(store, rows, current, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::row).thenComparingInt(Problem::column));
            return RubricImportPlan.rejected(file, problems);
        }
        return RubricImportPlan.compare(file, rows.lines, store.criteria().findAll());
    }

    private static void checkScales(ReviewStore store, Rows rows, Map<String, Criterion> current, List<Problem> problems) {
        for (RubricLine l : rows.lines) {
            Criterion c = current.get(l.key());
            if (c == null || (c.min() == l.min() && c.max() == l.max())) {
                continue;
            }
            int stranded = store.criteria().scoresOutside(c.id(), l.min(), l.max());
            if (stranded > 0) {
                int i = rows.header.index(RubricFormat.MIN);
                problems.add(new Problem(l.row(), i, rows.header.name(i), stranded + " score(s) already given on \""
                        + l.key() + "\" lie outside the new scale " + l.min() + "–" + l.max()));
            }
        }
    }

    private static final class Rows implements TableScan.Handler {
        private final List<Problem> problems = new ArrayList<>();
        private final List<RubricLine> lines = new ArrayList<>();
        private final Map<String, Integer> keyRows = new HashMap<>();
        private Header header;
        private RubricRowReader reader;

        @Override
        public boolean header(TableRow row) {
            header = Header.resolve(row, RubricFormat.COLUMNS, false);
            problems.addAll(header.problems());
            reader = new RubricRowReader(header);
            return header.problems().isEmpty();
        }

        @Override
        public void row(TableRow row) {
            RubricLine l = reader.read(row, problems);
            // Duplicates are checked on every row, valid or not, so each problem is reported at once.
            int i = header.index(RubricFormat.KEY);
            String key = row.cell(i);
            Integer earlier = key.isEmpty() ? null : keyRows.putIfAbsent(key, row.number());
            if (earlier != null) {
                problems.add(new Problem(row.number(), i, header.name(i),
                        "the key \"" + key + "\" appears twice (also row " + earlier + ")"));
                return;
            }
            if (l == null) {
                return;
            }
            lines.add(l);
        }
    }
}
