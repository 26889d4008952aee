package kr.sangsaeng.review.exchange.rubric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.PreviewLine.Change;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.store.ReviewStore;

/** What a checked rubric file would add and change, and the transaction that does it. */
final class RubricImportPlan implements ImportPlan {
    private final Path file;
    private final List<Problem> problems;
    private final List<RubricLine> added = new ArrayList<>();
    private final List<Criterion> changed = new ArrayList<>();
    private final List<PreviewLine> preview = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int unchanged;

    private RubricImportPlan(Path file, List<Problem> problems) {
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    static RubricImportPlan rejected(Path file, List<Problem> problems) {
        return new RubricImportPlan(file, problems);
    }

    static RubricImportPlan compare(Path file, List<RubricLine> lines, List<Criterion> criteria) {
        RubricImportPlan plan = new RubricImportPlan(file, List.of());
        Map<String, Criterion> current = new HashMap<>();
        criteria.forEach(c -> current.put(c.key(), c));
        double total = criteria.stream().mapToDouble(Criterion::weight).sum();
        for (RubricLine l : lines) {
            Criterion c = current.get(l.key());
            total += l.weight() - (c == null ? 0 : c.weight());
            plan.place(l, c);
        }
        if (total == 0 && !lines.isEmpty()) {
            // A rubric that weighs nothing gives no total to rank by; refused, not warned about.
            return rejected(file, List.of(Problem.ofFile("every weight is 0: a total needs at least one criterion "
                    + "with a weight above 0; the weights should add up to 100")));
        }
        if (Math.abs(total - 100) > 1e-9) {
            plan.warnings.add("the rubric's weights add up to " + number(total) + ", not 100");
        }
        return plan;
    }

    private void place(RubricLine l, Criterion c) {
        String scale = number(l.weight()) + " × " + number(l.min()) + "–" + number(l.max());
        if (c == null) {
            added.add(l);
            preview.add(new PreviewLine(Change.ADD, l.key(), l.label() + " · " + scale));
            return;
        }
        String guidance = l.guidance() == null ? c.guidance() : l.guidance();
        Criterion next = new Criterion(c.id(), c.key(), l.label(), l.weight(), l.min(), l.max(), guidance, c.position());
        if (next.equals(c)) {
            unchanged++;
            preview.add(new PreviewLine(Change.UNCHANGED, l.key(), l.label() + " · " + scale));
        } else {
            changed.add(next);
            preview.add(new PreviewLine(Change.CHANGE, l.key(), l.label() + " · " + scale));
        }
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.RUBRIC;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<PreviewLine> preview() {
        return List.copyOf(preview);
    }

    @Override
    public ImportSummary summary() {
        return new ImportSummary(ImportKind.RUBRIC, added.size(), changed.size(), unchanged, List.of(), List.of(),
                List.of(), List.of(), warnings);
    }

    @Override
    public List<String> existingToChange() {
        return changed.stream().map(Criterion::key).toList();
    }

    @Override
    public ImportSummary apply(ReviewStore store, boolean changeExisting) {
        ImportPlan.requireApplicable(this, changeExisting);
        store.inTransaction(() -> {
            changed.forEach(c -> store.criteria().update(c));
            added.forEach(l -> store.criteria().insert(l.key(), l.label(), l.weight(), l.min(), l.max(), l.guidance()));
        });
        return summary();
    }
}
