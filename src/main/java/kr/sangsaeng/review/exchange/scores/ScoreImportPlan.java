package kr.sangsaeng.review.exchange.scores;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.PreviewLine.Change;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.store.ReviewStore;

/** The scores and reviews a merged score pack would write, the reviewers it adds, and its conflicts. */
final class ScoreImportPlan implements ImportPlan {
    private record ScoreWrite(String reviewer, long submissionId, long criterionId, double value, Instant at) {
    }

    private record ReviewWrite(String reviewer, Review review) {
    }

    private final Path file;
    private final List<Problem> problems;
    private final List<PreviewLine> preview = new ArrayList<>();
    private final List<ScoreWrite> scores = new ArrayList<>();
    private final List<ReviewWrite> reviews = new ArrayList<>();
    private final Set<String> newReviewers = new LinkedHashSet<>();
    private final List<kr.sangsaeng.review.model.CaseNote> notes = new ArrayList<>();

    ScoreImportPlan(Path file) {
        this(file, List.of());
    }

    private ScoreImportPlan(Path file, List<Problem> problems) {
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    static ScoreImportPlan rejected(Path file, List<Problem> problems) {
        return new ScoreImportPlan(file, problems);
    }

    void line(PreviewLine line) {
        preview.add(line);
    }

    void addReviewer(String name) {
        newReviewers.add(name);
    }

    void writeScore(PackRow r, Instant at, PreviewLine line) {
        scores.add(new ScoreWrite(r.reviewer(), r.submissionId(), r.criterion().id(), r.score(), at));
        preview.add(line);
    }

    void writeReview(String reviewer, Review review, PreviewLine line) {
        reviews.add(new ReviewWrite(reviewer, review));
        preview.add(line);
    }

    void writeNote(kr.sangsaeng.review.model.CaseNote note, PreviewLine line) {
        notes.add(note);
        preview.add(line);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SCORES;
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

    /** Merging decides per cell; nothing needs the user's consent beyond importing the pack. */
    @Override
    public List<String> existingToChange() {
        return List.of();
    }

    @Override
    public ImportSummary summary() {
        int added = count(Change.ADD);
        int changed = count(Change.NEWER_IN_FILE);
        int unchanged = count(Change.UNCHANGED);
        List<PreviewLine> conflicts = preview.stream().filter(PreviewLine::isConflict).toList();
        return new ImportSummary(ImportKind.SCORES, added, changed, unchanged, List.of(), List.of(),
                List.copyOf(newReviewers), conflicts, List.of());
    }

    private int count(Change c) {
        return (int) preview.stream().filter(l -> l.change() == c).count();
    }

    @Override
    public ImportSummary apply(ReviewStore store, boolean changeExisting) {
        ImportPlan.requireApplicable(this, changeExisting);
        String actor = "import " + file.getFileName();
        store.inTransaction(() -> {
            Map<String, Long> ids = new HashMap<>();
            store.reviewers().findAll().forEach(r -> ids.put(r.name(), r.id()));
            for (String name : newReviewers) {
                ids.put(name, store.reviewers().insert(name, ""));
            }
            store.scores().putAll(scores.stream().map(s -> new Score(ids.get(s.reviewer()), s.submissionId(),
                    s.criterionId(), s.value(), s.at())).toList(), actor);
            for (ReviewWrite w : reviews) {
                Review r = w.review();
                store.reviews().put(new Review(ids.get(w.reviewer()), r.submissionId(), r.comment(), r.recused(),
                        r.recuseReason(), false, r.updatedAt()), actor);
            }
            notes.forEach(n -> store.notes().put(n, actor));
        });
        return summary();
    }
}
