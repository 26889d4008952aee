package kr.sangsaeng.review.ui.results;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import kr.sangsaeng.review.model.Criterion;

/**
 * One criterion's what-if weight. It starts at the rubric's weight and is never written back:
 * the stored rubric changes only in the rubric editor.
 */
public final class WeightControl {
    private final Criterion criterion;
    private final DoubleProperty weight;
    private final BooleanBinding changed;

    public WeightControl(Criterion criterion) {
        this.criterion = criterion;
        this.weight = new SimpleDoubleProperty(criterion.weight());
        this.changed = Bindings.createBooleanBinding(() -> Math.abs(weight.get() - criterion.weight()) > 1e-9, weight);
    }

    public Criterion criterion() {
        return criterion;
    }

    public DoubleProperty weightProperty() {
        return weight;
    }

    public BooleanBinding changedProperty() {
        return changed;
    }

    public void reset() {
        weight.set(criterion.weight());
    }
}
