package kr.sangsaeng.review.ui.results;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.sangsaeng.review.analysis.ShortlistRule;

/**
 * The controls of the committee's shortlist rule in the Results view: top N places, at least M
 * completed reviews, optionally a score threshold and at most K per support area (0 = no limit).
 * It holds no rule of its own: it shows the stored rule ({@link #show}) and what is typed into it
 * becomes the stored rule (see {@link ResultsViewModel}).
 */
public final class RuleForm {
    private final IntegerProperty topN = new SimpleIntegerProperty(1);
    private final IntegerProperty minReviews = new SimpleIntegerProperty(ShortlistRule.DEFAULT_MIN_REVIEWS);
    private final StringProperty threshold = new SimpleStringProperty("");
    private final IntegerProperty maxPerArea = new SimpleIntegerProperty(0);
    private final IntegerProperty caseCount = new SimpleIntegerProperty(1);
    private final IntegerProperty reviewerCount = new SimpleIntegerProperty(1);
    private final BooleanBinding thresholdValid = Bindings.createBooleanBinding(
            () -> threshold.get() == null || threshold.get().isBlank() || !Double.isNaN(parse(threshold.get())), threshold);

    public IntegerProperty topNProperty() {
        return topN;
    }

    public IntegerProperty minReviewsProperty() {
        return minReviews;
    }

    /** Blank for no threshold. */
    public StringProperty thresholdProperty() {
        return threshold;
    }

    public BooleanBinding thresholdValidProperty() {
        return thresholdValid;
    }

    public IntegerProperty maxPerAreaProperty() {
        return maxPerArea;
    }

    /** Cases in the round: the most places the rule can offer. */
    public IntegerProperty caseCountProperty() {
        return caseCount;
    }

    public IntegerProperty reviewerCountProperty() {
        return reviewerCount;
    }

    void addListener(Runnable changed) {
        InvalidationListener l = o -> changed.run();
        topN.addListener(l);
        minReviews.addListener(l);
        threshold.addListener(l);
        maxPerArea.addListener(l);
    }

    /** Adapts the spinners' limits to a round. */
    void fit(int cases, int reviewers) {
        caseCount.set(Math.max(1, cases));
        reviewerCount.set(Math.max(1, reviewers));
    }

    /** Shows a rule (the stored one). */
    void show(ShortlistRule rule) {
        topN.set(Math.max(1, rule.topN()));
        minReviews.set(rule.minReviews());
        threshold.set(rule.hasThreshold() ? kr.sangsaeng.review.format.Figures.plain(rule.threshold()) : "");
        maxPerArea.set(rule.maxPerArea());
    }

    /** The rule in effect; an unreadable threshold counts as none (the view marks the field). */
    public ShortlistRule toRule() {
        String t = threshold.get();
        double value = t == null || t.isBlank() ? Double.NaN : parse(t);
        return new ShortlistRule(Math.max(1, topN.get()), value, Math.max(0, maxPerArea.get()),
                Math.max(0, minReviews.get()));
    }

    /** A score on 0–100 such as {@code 70} or {@code 72.5}; NaN for anything else. */
    static double parse(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.').toLowerCase(Locale.ROOT));
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
