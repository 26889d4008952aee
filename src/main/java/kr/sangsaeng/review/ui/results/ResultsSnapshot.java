package kr.sangsaeng.review.ui.results;

import java.util.List;

/** Everything the results view shows for one choice of method, rule and weights. */
public record ResultsSnapshot(List<ResultRow> rows, int shortlisted, String agreementHeadline,
                              List<String> agreementDetails, List<String> bias) {
    public ResultsSnapshot {
        rows = List.copyOf(rows);
        agreementDetails = List.copyOf(agreementDetails);
        bias = List.copyOf(bias);
    }
}
