package kr.sangsaeng.review.analysis.ballot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Splits the tied groups a ballot leaves, step by step along {@link TieBreakStep}, and notes each
 * step that was needed. Lots shuffle the still-tied refs, sorted first so the draw depends only on
 * the refs and the seed.
 */
final class TieBreak {
    private final TieBreakInputs in;
    private final List<BallotResult.TieBreakUse> used = new ArrayList<>();

    TieBreak(TieBreakInputs in) {
        this.in = in;
    }

    List<BallotResult.TieBreakUse> used() {
        return used;
    }

    List<String> order(List<List<String>> groups) {
        List<String> out = new ArrayList<>();
        for (List<String> g : groups) {
            out.addAll(split(sorted(g), 0));
        }
        return out;
    }

    private List<String> split(List<String> group, int step) {
        if (group.size() < 2) {
            return group;
        }
        TieBreakStep s = TieBreakStep.values()[step];
        if (s == TieBreakStep.LOTS) {
            List<String> drawn = new ArrayList<>(group);
            Collections.shuffle(drawn, new Random(in.seed()));
            used.add(new BallotResult.TieBreakUse(s, group, drawn));
            return drawn;
        }
        List<List<String>> parts = switch (s) {
            case CRITERION_MEAN -> byFigure(group, r -> in.criterionMean().getOrDefault(r, Double.NaN));
            case MEDIAN -> byFigure(group, r -> in.median().getOrDefault(r, Double.NaN));
            default -> byCasting(group);
        };
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) {
            out.addAll(split(p, step + 1));
        }
        if (parts.size() > 1) {
            used.add(new BallotResult.TieBreakUse(s, group, List.copyOf(out)));
        }
        return out;
    }

    /** Higher first; a missing figure (NaN) after every figure. */
    private static List<List<String>> byFigure(List<String> group, Function<String, Double> figure) {
        TreeMap<Double, List<String>> by = new TreeMap<>(Comparator.reverseOrder());
        List<String> missing = new ArrayList<>();
        for (String r : group) {
            double v = figure.apply(r);
            if (Double.isNaN(v)) {
                missing.add(r);
            } else {
                by.computeIfAbsent(v, x -> new ArrayList<>()).add(r);
            }
        }
        List<List<String>> out = new ArrayList<>(by.values());
        if (!missing.isEmpty()) {
            out.add(missing);
        }
        return out;
    }

    /** The chair's order for the refs it names; the refs it leaves out stay tied, after them. */
    private List<List<String>> byCasting(List<String> group) {
        List<List<String>> out = new ArrayList<>();
        List<String> rest = new ArrayList<>(group);
        for (String r : in.castingVote()) {
            if (rest.remove(r)) {
                out.add(List.of(r));
            }
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static List<String> sorted(List<String> g) {
        List<String> s = new ArrayList<>(g);
        Collections.sort(s);
        return s;
    }
}
