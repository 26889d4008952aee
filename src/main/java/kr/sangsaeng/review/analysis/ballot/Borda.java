package kr.sangsaeng.review.analysis.ballot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Borda count: with n candidates a ballot's first place earns n − 1 points, its second n − 2,
 * and so on to 0; a candidate a ballot leaves out earns nothing from it. Equal totals are a tie
 * for the declared tie-break chain.
 */
public final class Borda {
    private Borda() {
    }

    /** Points by candidate, in the candidates' order. */
    public static Map<String, Integer> points(List<String> candidates, List<Ballot> ballots) {
        int n = candidates.size();
        Map<String, Integer> points = new LinkedHashMap<>();
        candidates.forEach(c -> points.put(c, 0));
        for (Ballot b : ballots) {
            for (int i = 0; i < b.order().size(); i++) {
                points.merge(b.order().get(i), n - 1 - i, Integer::sum);
            }
        }
        return points;
    }

    /** The candidates in groups of equal points, most points first. */
    public static List<List<String>> groups(Map<String, Integer> points) {
        TreeMap<Integer, List<String>> by = new TreeMap<>(java.util.Comparator.reverseOrder());
        points.forEach((c, p) -> by.computeIfAbsent(p, x -> new ArrayList<>()).add(c));
        return new ArrayList<>(by.values());
    }
}
