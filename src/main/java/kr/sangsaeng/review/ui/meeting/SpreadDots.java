package kr.sangsaeng.review.ui.meeting;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import kr.sangsaeng.review.format.Figures;

/**
 * The panel's totals for one case as dots on a 0–100 line, with each reviewer's name and total
 * when the chair reveals them. {@code scale} enlarges everything for the projector.
 */
final class SpreadDots extends Pane {
    private final double scale;
    private final java.util.Locale locale;
    private List<MeetingCase.Dot> dots = List.of();
    private boolean named;

    SpreadDots(double scale, java.util.Locale locale) {
        this.scale = scale;
        this.locale = locale;
        setMinHeight(90 * scale);
        setPrefHeight(110 * scale);
        widthProperty().addListener((o, a, b) -> draw());
    }

    void show(List<MeetingCase.Dot> next, boolean withNames) {
        dots = next;
        named = withNames;
        draw();
    }

    private void draw() {
        getChildren().clear();
        double w = getWidth();
        if (w <= 0) {
            return;
        }
        double pad = 30 * scale;
        double y = 40 * scale;
        Line axis = new Line(pad, y, w - pad, y);
        axis.setStroke(Color.GRAY);
        axis.setStrokeWidth(2 * scale);
        getChildren().add(axis);
        for (int v = 0; v <= 100; v += 25) {
            Text t = label(Integer.toString(v), 12);
            t.setFill(Color.GRAY);
            t.setX(x(v, w, pad) - 8 * scale);
            t.setY(y + 22 * scale);
            getChildren().add(t);
        }
        for (int i = 0; i < dots.size(); i++) {
            MeetingCase.Dot d = dots.get(i);
            double cx = x(d.total(), w, pad);
            Circle c = new Circle(cx, y, 9 * scale, Color.web("#1f5fa8"));
            c.setOpacity(0.85);
            getChildren().add(c);
            if (named) {
                Text t = label(d.reviewer() + " " + Figures.score(d.total(), locale), 13);
                t.setX(cx - 40 * scale);
                t.setY(y - (18 + 16 * (i % 2)) * scale);
                getChildren().add(t);
            }
        }
    }

    private double x(double v, double w, double pad) {
        return pad + (w - 2 * pad) * Math.max(0, Math.min(100, v)) / 100.0;
    }

    private Text label(String s, double size) {
        Text t = new Text(s);
        t.setFont(Font.font(kr.sangsaeng.review.ui.common.UiFonts.family(), FontWeight.NORMAL, size * scale));
        t.setTextOrigin(VPos.BASELINE);
        t.setTextAlignment(TextAlignment.LEFT);
        return t;
    }
}
