package kr.sangsaeng.review.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;

/**
 * What saving an edited rubric would do to the scores already given, so the secretary is told before
 * anything changes. Blockers stop the save (a score would fall outside its new scale); warnings need
 * confirmation (scores deleted with a removed criterion, totals that change).
 */
public record RubricImpact(List<Line> blockers, List<Line> warnings) {
    /** A sentence for the dialog: a message key and its arguments. */
    public record Line(String messageKey, Object... args) {
    }

    public boolean isEmpty() {
        return blockers.isEmpty() && warnings.isEmpty();
    }

    /**
     * @param before  the rubric as saved
     * @param after   the rubric as edited (new criteria have id 0)
     * @param scores  every score in the file
     */
    public static RubricImpact of(List<Criterion> before, List<Criterion> after, List<Score> scores) {
        List<Line> blockers = new ArrayList<>();
        List<Line> warnings = new ArrayList<>();
        Map<Long, List<Score>> byCriterion = scores.stream().collect(Collectors.groupingBy(Score::criterionId));
        Map<Long, Criterion> edited = after.stream().filter(c -> c.id() != 0)
                .collect(Collectors.toMap(Criterion::id, Function.identity()));
        int reviews = (int) scores.stream().map(s -> s.reviewerId() + "/" + s.submissionId()).distinct().count();
        for (Criterion old : before) {
            List<Score> given = byCriterion.getOrDefault(old.id(), List.of());
            Criterion now = edited.get(old.id());
            if (now == null) {
                if (!given.isEmpty()) {
                    warnings.add(new Line("rubric.impact.remove", old.label(), given.size()));
                }
            } else if (!given.isEmpty() && (now.min() != old.min() || now.max() != old.max())) {
                scaleChange(old, now, given, blockers, warnings);
            }
        }
        for (Criterion c : after) {
            if (c.id() == 0 && reviews > 0) {
                warnings.add(new Line("rubric.impact.added", c.label(), reviews));
            }
        }
        if (reviews > 0 && weightsChanged(before, after)) {
            warnings.add(new Line("rubric.impact.weights", reviews));
        }
        return new RubricImpact(List.copyOf(blockers), List.copyOf(warnings));
    }

    private static void scaleChange(Criterion old, Criterion now, List<Score> given, List<Line> blockers, List<Line> warnings) {
        long outside = given.stream().filter(s -> !now.accepts(s.value())).count();
        if (outside > 0) {
            blockers.add(new Line("rubric.impact.outOfScale", now.label(), outside,
                    number(now.min()), number(now.max())));
        } else {
            warnings.add(new Line("rubric.impact.rescale", now.label(), given.size(),
                    number(old.min()), number(old.max()),
                    number(now.min()), number(now.max())));
        }
    }

    /** Any change of weight, or a criterion with weight coming or going, changes reviewer totals. */
    private static boolean weightsChanged(List<Criterion> before, List<Criterion> after) {
        Set<String> a = new HashSet<>();
        before.forEach(c -> a.add(c.id() + ":" + c.weight()));
        Set<String> b = new HashSet<>();
        after.forEach(c -> b.add(c.id() + ":" + c.weight()));
        return !a.equals(b);
    }

    /** A scale end as the secretary typed it: 5, not 5.0. */
    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(Math.round(v * 1000) / 1000.0);
    }
}
