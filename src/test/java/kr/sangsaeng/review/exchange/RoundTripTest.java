package kr.sangsaeng.review.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.exchange.export.RubricCsvExport;
import kr.sangsaeng.review.exchange.export.ScorePackExport;
import kr.sangsaeng.review.exchange.export.SubmissionsCsvExport;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's own data, exported and imported into a new file, is the same round with the same ranking. */
class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void theDemoRoundTripsThroughItsExports() throws Exception {
        Path subs = dir.resolve("submissions.csv");
        Path rubric = dir.resolve("rubric.csv");
        Path scores = dir.resolve("scores.csv");
        try (ReviewStore demo = DemoRound.createAt(dir.resolve("demo.sangsaeng"));
             ReviewStore copy = ReviewStore.create(dir.resolve("copy.sangsaeng"), new Round("copy", 2022, "", false))) {
            SubmissionsCsvExport.write(demo, subs);
            RubricCsvExport.write(demo, rubric);
            ScorePackExport.write(demo, scores, Optional.empty());
            importInto(copy, ImportKind.RUBRIC, rubric);
            importInto(copy, ImportKind.SUBMISSIONS, subs);
            importInto(copy, ImportKind.SCORES, scores);

            assertThat(cases(copy)).isEqualTo(cases(demo));
            assertThat(figures(copy)).isEqualTo(figures(demo));
            assertThat(copy.criteria().findAll()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .isEqualTo(demo.criteria().findAll());
            assertThat(scores(copy)).isEqualTo(scores(demo));
            assertThat(reviews(copy)).isEqualTo(reviews(demo));
            assertThat(ranking(copy)).isEqualTo(ranking(demo)).hasSize(6);
        }
    }

    private static void importInto(ReviewStore store, ImportKind kind, Path file) {
        ImportPlan plan = Imports.plan(kind, file, Optional.empty(), store, Progress.NONE);
        assertThat(plan.problems()).as(kind.key()).isEmpty();
        plan.apply(store, false);
    }

    private static Set<String> cases(ReviewStore s) {
        Set<String> out = new TreeSet<>();
        for (Submission x : s.submissions().findAll()) {
            out.add(String.join("|", x.ref(), x.platformName(), x.title(), new TreeSet<>(x.areas()).toString(), x.summary()));
        }
        return out;
    }

    /** Each figure by ref and metric label: number, unit and approximate flag. */
    private static Set<String> figures(ReviewStore s) {
        Map<Long, Metric> metrics = new HashMap<>();
        s.metrics().findAll().forEach(m -> metrics.put(m.id(), m));
        Map<Long, String> refs = refs(s);
        Set<String> out = new TreeSet<>();
        s.metrics().findAllValues().forEach(v -> out.add(refs.get(v.submissionId()) + "|" + metrics.get(v.metricId()).label()
                + "|" + v.value() + "|" + metrics.get(v.metricId()).unit() + "|" + v.approximate()));
        return out;
    }

    private static Set<String> scores(ReviewStore s) {
        Map<Long, String> refs = refs(s);
        Map<Long, String> names = names(s);
        Map<Long, String> keys = new HashMap<>();
        s.criteria().findAll().forEach(c -> keys.put(c.id(), c.key()));
        Set<String> out = new TreeSet<>();
        for (Score x : s.scores().findAll()) {
            out.add(refs.get(x.submissionId()) + "/" + keys.get(x.criterionId()) + "/" + names.get(x.reviewerId())
                    + "=" + x.value() + "@" + x.updatedAt());
        }
        return out;
    }

    private static Set<String> reviews(ReviewStore s) {
        Map<Long, String> refs = refs(s);
        Map<Long, String> names = names(s);
        Set<String> out = new TreeSet<>();
        for (Review r : s.reviews().findAll()) {
            out.add(refs.get(r.submissionId()) + "/" + names.get(r.reviewerId()) + "|" + r.comment() + "|" + r.recused()
                    + "|" + r.recuseReason() + "|" + r.finalised() + "@" + r.updatedAt());
        }
        return out;
    }

    /**
     * Refs by mean reviewer total (docs/analysis.md), over complete, non-recused reviews; the analysis
     * package does the real ranking, this is enough to see that the same scores rank the same way.
     */
    private static List<String> ranking(ReviewStore s) {
        List<Criterion> rubric = s.criteria().findAll();
        double weights = rubric.stream().mapToDouble(Criterion::weight).sum();
        Map<String, Double> cell = new HashMap<>();
        s.scores().findAll().forEach(x -> cell.put(x.reviewerId() + "/" + x.submissionId() + "/" + x.criterionId(), x.value()));
        Map<String, Double> panel = new HashMap<>();
        for (Submission sub : s.submissions().findAll()) {
            double sum = 0;
            int n = 0;
            for (Reviewer r : s.reviewers().findAll()) {
                boolean recused = s.reviews().find(r.id(), sub.id()).map(Review::recused).orElse(false);
                Double total = recused ? null : total(cell, rubric, r.id(), sub.id(), weights);
                if (total != null) {
                    sum += total;
                    n++;
                }
            }
            panel.put(sub.ref(), n == 0 ? Double.NaN : sum / n);
        }
        return panel.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private static Double total(Map<String, Double> cell, List<Criterion> rubric, long reviewer, long sub, double weights) {
        double t = 0;
        for (Criterion c : rubric) {
            Double x = cell.get(reviewer + "/" + sub + "/" + c.id());
            if (x == null) {
                return null;
            }
            t += c.weight() * (x - c.min()) / (c.max() - c.min());
        }
        return t * 100 / weights;
    }

    private static Map<Long, String> refs(ReviewStore s) {
        Map<Long, String> m = new HashMap<>();
        s.submissions().findAll().forEach(x -> m.put(x.id(), x.ref()));
        return m;
    }

    private static Map<Long, String> names(ReviewStore s) {
        Map<Long, String> m = new HashMap<>();
        s.reviewers().findAll().forEach(x -> m.put(x.id(), x.name()));
        return m;
    }
}
