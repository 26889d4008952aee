package kr.sangsaeng.review.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kr.sangsaeng.review.model.Criterion;

/**
 * One line of the rubric in the Scoring view: label, guidance and one button per point of the scale.
 * The buttons never take keyboard focus, so digits and arrows keep working after a click.
 */
final class CriterionRowView extends HBox {
    /** Scales with more points than this get no buttons (the digit keys still score them). */
    private static final int MAX_BUTTONS = 11;

    private final Criterion criterion;
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final Label valueLabel = new Label("–");

    interface Actions {
        void focus(int index);

        void score(int index, double value);
    }

    CriterionRowView(Criterion c, int index, String weightText, ObservableBooleanValue editable, Actions actions) {
        this.criterion = c;
        getStyleClass().add("criterion-row");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label((index + 1) + ". " + c.label());
        label.getStyleClass().add("criterion-label");
        label.setWrapText(true);
        Label weight = new Label(weightText);
        weight.getStyleClass().add("muted");
        weight.setMinWidth(USE_PREF_SIZE);
        Label guidance = new Label(c.guidance());
        guidance.getStyleClass().add("criterion-guidance");
        guidance.setWrapText(true);
        HBox heading = new HBox(8, label, weight);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox text = new VBox(2, heading, guidance);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(120);
        HBox scale = new HBox(3);
        scale.setAlignment(Pos.CENTER_RIGHT);
        scale.setMinWidth(USE_PREF_SIZE);
        addButtons(scale, index, editable, actions);
        getChildren().addAll(text, scale);
        setOnMouseClicked(e -> actions.focus(index));
    }

    /** What a screen reader says after a point's number: how to score from the keyboard. */
    void setPointHelp(String help) {
        buttons.forEach(b -> b.setAccessibleHelp(help));
    }

    private void addButtons(HBox scale, int index, ObservableBooleanValue editable, Actions actions) {
        double steps = criterion.max() - criterion.min();
        boolean integral = criterion.min() == Math.rint(criterion.min()) && criterion.max() == Math.rint(criterion.max());
        if (!integral || steps + 1 > MAX_BUTTONS) {
            valueLabel.getStyleClass().add("score-value");
            scale.getChildren().add(valueLabel);
            return;
        }
        for (int v = (int) criterion.min(); v <= criterion.max(); v++) {
            int value = v;
            ToggleButton b = new ToggleButton(Integer.toString(v));
            b.getStyleClass().add("score-button");
            b.setFocusTraversable(false);
            b.setMinWidth(USE_PREF_SIZE);
            b.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));
            // The view model decides what is selected; a click only asks for the change.
            b.setOnAction(e -> {
                b.setSelected(!b.isSelected());
                actions.score(index, value);
            });
            buttons.add(b);
            scale.getChildren().add(b);
        }
    }

    /** Shows the criterion's score and whether it has the keyboard's attention. */
    void show(Double value, boolean focused) {
        for (ToggleButton b : buttons) {
            b.setSelected(value != null && Double.parseDouble(b.getText()) == value);
        }
        valueLabel.setText(value == null ? "–" : ScoringState.number(value));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), focused);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("scored"), value != null);
    }

    Criterion criterion() {
        return criterion;
    }
}
