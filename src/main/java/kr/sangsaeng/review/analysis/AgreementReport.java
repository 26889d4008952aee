package kr.sangsaeng.review.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;

/**
 * Agreement on reviewer totals and on each criterion (keyed by criterion key, in rubric order),
 * with the raters and cases it was computed over.
 */
public record AgreementReport(List<Reviewer> raters, List<Submission> cases, AgreementFigures totals,
                              Map<String, AgreementFigures> byCriterion) {
    public AgreementReport {
        raters = List.copyOf(raters);
        cases = List.copyOf(cases);
        byCriterion = Collections.unmodifiableMap(new LinkedHashMap<>(byCriterion));
    }
}
