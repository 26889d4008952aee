package kr.sangsaeng.review.charts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.model.Submission;

/**
 * Short labels for cases on a chart: the platform's name, which is what a committee calls a case,
 * with the reference added only when one platform has several cases in the round.
 */
public final class CaseLabels {
    private CaseLabels() {
    }

    public static Map<Long, CaseKey> of(List<Submission> submissions) {
        Map<String, Integer> perPlatform = new HashMap<>();
        for (Submission s : submissions) {
            perPlatform.merge(s.platformName(), 1, Integer::sum);
        }
        Map<Long, CaseKey> keys = new HashMap<>();
        for (Submission s : submissions) {
            keys.put(s.id(), key(s, perPlatform.get(s.platformName()) > 1));
        }
        return keys;
    }

    public static CaseKey key(Submission s, boolean withRef) {
        String name = s.platformName() == null || s.platformName().isBlank() ? s.ref() : s.platformName();
        return new CaseKey(s.id(), withRef ? name + " (" + s.ref() + ")" : name);
    }
}
