package kr.sangsaeng.review.ui.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a rubric as the secretary types it: every criterion has a key (unique, usable in file names
 * and CSV headers), a label, a non-negative weight and a scale whose minimum is below its maximum;
 * and the weights add up to 100.
 */
final class RubricValidator {
    /** Keys name criteria in score files and in the audit log ({@code ref/key/reviewer}), so no slashes. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-]+");
    private static final double TOLERANCE = 1e-6;

    enum Field { KEY, LABEL, WEIGHT, MIN, MAX }

    /** One line as typed. */
    record Row(String key, String label, String weight, String min, String max) {
    }

    /** A problem with a line ({@code row} from 0), or with the whole rubric ({@code row} -1). */
    record Problem(int row, Field field, String messageKey, Object... args) {
    }

    private RubricValidator() {
    }

    static List<Problem> validate(List<Row> rows) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int n = i + 1;
            String key = r.key() == null ? "" : r.key().strip();
            if (key.isEmpty()) {
                problems.add(new Problem(i, Field.KEY, "rubric.problem.keyMissing", n));
            } else if (!KEY.matcher(key).matches()) {
                problems.add(new Problem(i, Field.KEY, "rubric.problem.keyFormat", n, key));
            } else if (keys.putIfAbsent(key.toLowerCase(Locale.ROOT), i) != null) {
                problems.add(new Problem(i, Field.KEY, "rubric.problem.keyDuplicate", n, key));
            }
            if (r.label() == null || r.label().isBlank()) {
                problems.add(new Problem(i, Field.LABEL, "rubric.problem.labelMissing", n));
            }
            Double weight = number(r.weight());
            if (weight == null || weight < 0) {
                problems.add(new Problem(i, Field.WEIGHT, "rubric.problem.weight", n));
            } else {
                sum += weight;
            }
            checkScale(problems, i, r);
        }
        if (sum == 0 && !rows.isEmpty()) {
            problems.add(new Problem(-1, Field.WEIGHT, "rubric.problem.weightsZero"));
        } else if (Math.abs(sum - 100) > TOLERANCE) {
            problems.add(new Problem(-1, Field.WEIGHT, "rubric.problem.weightSum", format(sum)));
        }
        return problems;
    }

    private static void checkScale(List<Problem> problems, int i, Row r) {
        Double min = number(r.min());
        Double max = number(r.max());
        if (min == null) {
            problems.add(new Problem(i, Field.MIN, "rubric.problem.min", i + 1));
        }
        if (max == null) {
            problems.add(new Problem(i, Field.MAX, "rubric.problem.max", i + 1));
        }
        if (min != null && max != null && min >= max) {
            problems.add(new Problem(i, Field.MAX, "rubric.problem.scale", i + 1, format(min), format(max)));
        }
    }

    /** The number typed, or null when it is not one. Accepts a decimal comma as typed on Korean keyboards too. */
    static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(Math.round(v * 1000) / 1000.0);
    }
}
