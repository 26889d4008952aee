/**
 * The figures of docs/analysis.md — reviewer totals, panel scores, ranking, shortlist, agreement,
 * reviewer bias and rank stability — as pure Java over the model records: no I/O, no JavaFX, no SQL.
 *
 * <p>Start from {@link kr.sangsaeng.review.analysis.PanelAnalysis}: build a
 * {@link kr.sangsaeng.review.analysis.PanelData} from the store, call {@code PanelAnalysis.of(data)},
 * optionally {@code withWeights(...)} for what-if weights, then ask for scores, a ranking, a
 * shortlist, agreement, bias or stability. Decisions the definitions leave open are listed in
 * {@code docs/analysis.md}.
 */
package kr.sangsaeng.review.analysis;
