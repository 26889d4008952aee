package kr.sangsaeng.review.ui.rubric;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.sangsaeng.review.model.Criterion;

/**
 * A criterion as the secretary edits it. Fields hold the text as typed, so a half-typed weight can be
 * shown and explained rather than silently rejected; {@link RubricValidator} says what is wrong.
 */
public final class CriterionDraft {
    private final Criterion original;
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("");
    private final StringProperty min = new SimpleStringProperty("1");
    private final StringProperty max = new SimpleStringProperty("5");
    private final StringProperty guidance = new SimpleStringProperty("");

    private CriterionDraft(Criterion original) {
        this.original = original;
        if (original != null) {
            key.set(original.key());
            label.set(original.label());
            weight.set(RubricValidator.format(original.weight()));
            min.set(RubricValidator.format(original.min()));
            max.set(RubricValidator.format(original.max()));
            guidance.set(original.guidance());
        }
    }

    static CriterionDraft of(Criterion c) {
        return new CriterionDraft(c);
    }

    /** A new criterion, not yet in the file, with a placeholder key the secretary should change. */
    static CriterionDraft blank(String key, String label) {
        CriterionDraft d = new CriterionDraft(null);
        d.key.set(key);
        d.label.set(label);
        d.weight.set("0");
        return d;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    public StringProperty minProperty() {
        return min;
    }

    public StringProperty maxProperty() {
        return max;
    }

    public StringProperty guidanceProperty() {
        return guidance;
    }

    /** The criterion in the file, or null when this one is new. */
    Criterion original() {
        return original;
    }

    long id() {
        return original == null ? 0 : original.id();
    }

    Observable[] observables() {
        return new Observable[] {key, label, weight, min, max, guidance};
    }

    RubricValidator.Row row() {
        return new RubricValidator.Row(key.get(), label.get(), weight.get(), min.get(), max.get());
    }

    /** The edited criterion; call only when the rubric is valid (numbers parse). */
    Criterion toCriterion(int position) {
        return new Criterion(id(), key.get().strip(), label.get().strip(), RubricValidator.number(weight.get()),
                RubricValidator.number(min.get()), RubricValidator.number(max.get()),
                guidance.get() == null ? "" : guidance.get().strip(), position);
    }

    /** Whether any field differs from the file (the position is compared by the view model). */
    boolean changed() {
        if (original == null) {
            return true;
        }
        Criterion now = toCriterionLenient();
        return now == null || !now.equals(new Criterion(original.id(), original.key(), original.label(),
                original.weight(), original.min(), original.max(), original.guidance(), 0));
    }

    private Criterion toCriterionLenient() {
        Double w = RubricValidator.number(weight.get());
        Double lo = RubricValidator.number(min.get());
        Double hi = RubricValidator.number(max.get());
        return w == null || lo == null || hi == null ? null : toCriterion(0);
    }
}
