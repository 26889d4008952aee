package kr.sangsaeng.review.ui.documents;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import kr.sangsaeng.review.ui.AppContext;

/** Page navigation, zoom, fit-to-width and search for a {@link PdfView}. */
final class PdfToolbar extends FlowPane {
    private static final double STEP = 1.25;

    private final AppContext ctx;
    private final PdfView view;
    private final TextField pageField = new TextField();
    private final Label ofLabel = new Label();
    private final Label zoomLabel = new Label();
    private final TextField searchField = new TextField();
    private final Label hitsLabel = new Label();

    PdfToolbar(AppContext ctx, PdfView view) {
        super(6, 4);
        this.ctx = ctx;
        this.view = view;
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(javafx.geometry.VPos.CENTER);
        setPadding(new Insets(4, 6, 4, 6));
        getStyleClass().add("pdf-toolbar");
        Button previous = button("◀", "documents.previousPage", view::previous);
        previous.setId("pdfPreviousButton");
        Button next = button("▶", "documents.nextPage", view::next);
        next.setId("pdfNextButton");
        pageField.setPrefColumnCount(3);
        pageField.setId("pdfPageField");
        pageField.setAccessibleText(ctx.text("documents.page"));
        pageField.setOnAction(e -> goToTyped());
        Button zoomOut = button("−", "documents.zoomOut", () -> view.zoomBy(1 / STEP));
        Button zoomIn = button("+", "documents.zoomIn", () -> view.zoomBy(STEP));
        zoomIn.setId("pdfZoomInButton");
        Button fit = button(ctx.text("documents.fitWidth"), "documents.fitWidth", view::fitToWidth);
        fit.setId("pdfFitButton");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        zoomLabel.setId("pdfZoomLabel");
        searchField.setPromptText(ctx.text("documents.search"));
        searchField.setAccessibleText(ctx.text("documents.search"));
        searchField.setId("pdfSearchField");
        searchField.setPrefColumnCount(10);
        searchField.setOnAction(e -> search());
        Button nextHit = button("↓", "documents.nextHit", () -> {
            view.nextHit();
            showHits(-1);
        });
        hitsLabel.setId("pdfHitsLabel");
        hitsLabel.setMinWidth(Region.USE_PREF_SIZE);
        ofLabel.setMinWidth(Region.USE_PREF_SIZE);
        // Groups wrap together when the pane is narrow: pages, zoom, search.
        HBox pagesGroup = new HBox(4, previous, pageField, ofLabel, next);
        HBox zoomGroup = new HBox(4, zoomOut, zoomLabel, zoomIn, fit);
        HBox searchGroup = new HBox(4, searchField, nextHit, hitsLabel);
        for (HBox g : new HBox[] {pagesGroup, zoomGroup, searchGroup}) {
            g.setAlignment(Pos.CENTER_LEFT);
        }
        getChildren().addAll(pagesGroup, zoomGroup, searchGroup);
        view.pageProperty().addListener((o, a, b) -> refresh());
        view.pageCountProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private Button button(String text, String tipKey, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(ctx.text(tipKey)));
        b.setAccessibleText(ctx.text(tipKey));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    void refresh() {
        int p = view.pageProperty().get();
        pageField.setText(p < 0 ? "" : String.valueOf(p + 1));
        ofLabel.setText(ctx.text("documents.of", view.pageCountProperty().get()));
        zoomLabel.setText(Math.round(view.scale() * 100 / 1.333) + "%");
    }

    private void goToTyped() {
        try {
            view.show(Integer.parseInt(pageField.getText().strip()) - 1);
        } catch (NumberFormatException e) {
            refresh();
        }
    }

    private void search() {
        String words = searchField.getText();
        if (words.isBlank()) {
            hitsLabel.setText("");
            view.search("", n -> { });
            return;
        }
        hitsLabel.setText(ctx.text("documents.searching"));
        view.search(words, this::showHits);
    }

    private int total;

    private void showHits(int count) {
        if (count >= 0) {
            total = count;
        }
        hitsLabel.setText(total == 0 ? ctx.text("documents.noHits")
                : ctx.text("documents.hits", view.hitIndex() + 1, total));
    }

    String searchText() {
        return searchField.getText().strip();
    }
}
