package kr.sangsaeng.review.ui.rubric;

import java.util.ArrayList;
import java.util.List;

/** Lets tests outside the package run the rubric editor's checks on weights alone. */
public final class RubricValidatorAccess {
    private RubricValidatorAccess() {
    }

    public static List<String> problemKeysFor(String... weights) {
        List<RubricValidator.Row> rows = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            rows.add(new RubricValidator.Row("c" + i, "C" + i, weights[i], "1", "5"));
        }
        return RubricValidator.validate(rows).stream().map(RubricValidator.Problem::messageKey).toList();
    }
}
