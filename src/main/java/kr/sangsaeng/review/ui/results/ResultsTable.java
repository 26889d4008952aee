package kr.sangsaeng.review.ui.results;

import kr.sangsaeng.review.format.Figures;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The columns of the results table and how its rows look: shortlisted rows tinted, a line under
 * the last one the rule takes, cases on the cut-off marked. Built in code because most columns
 * differ only in what they show.
 */
final class ResultsTable {
    private final AppContext ctx;
    private final ResultsViewModel vm;

    ResultsTable(AppContext ctx, ResultsViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    void setUp(TableView<ResultRow> table) {
        table.getStyleClass().add("results-table");
        TableColumn<ResultRow, String> reviews = group("results.col.reviews", "results.col.reviews.tip",
                number("results.col.completed", 44, r -> Integer.toString(r.stats().completed())),
                number("results.col.incomplete", 54, r -> Integer.toString(r.stats().incomplete())),
                number("results.col.recused", 58, r -> Integer.toString(r.stats().recused())));
        TableColumn<ResultRow, String> stability = group("results.col.stability", "results.col.stability.tip",
                number("results.col.probability", 70, r -> r.stability() == null ? "" : Figures.percentOneDecimal(r.stability().probability(), ctx.locale())),
                number("results.col.rankRange", 66, r -> r.stability() == null ? ""
                        : rankRange(r.stability().rankLow(), r.stability().rankHigh())),
                text("results.col.cutoff", 72, r -> r.onCutoff() ? ctx.text("results.cutoff.mark") : ""));
        table.getColumns().setAll(List.<TableColumn<ResultRow, ?>>of(
                number("results.col.rank", 48, r -> (r.tied() ? r.rank() + "=" : Integer.toString(r.rank()))),
                whole(text("results.col.ref", 72, r -> r.submission().ref())),
                whole(withTooltips(text("results.col.platform", 130, r -> r.submission().platformName()))),
                withTooltips(text("results.col.title", 240, r -> r.submission().title())),
                number("results.col.score", 70, r -> Figures.score(r.stats().panelScore(), ctx.locale())),
                number("results.col.mean", 58, r -> Figures.score(r.stats().mean(), ctx.locale())),
                number("results.col.median", 60, r -> Figures.score(r.stats().median(), ctx.locale())),
                number("results.col.sd", 56, r -> Figures.score(r.stats().sd(), ctx.locale())),
                reviews,
                withTooltips(text("results.col.shortlist", 100, r -> outcomeText(ctx, r))),
                stability,
                withTooltips(text("results.col.decision", 96, r -> r.decision() == null ? ""
                        : ctx.text("decision." + r.decisionChoice().key()) + (r.note().isEmpty() ? "" : " ✎")))));
        table.setRowFactory(t -> new ResultTableRow());
        // Columns keep their widths and the table scrolls sideways in a narrow window; the column
        // menu (+ at the right of the headers) hides the less important ones. The selected case's
        // decision and note are whole in the pane beside the table.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
    }

    /** A column whose text a person needs whole (ref, platform): it never gets narrower than it starts. */
    private static <T> TableColumn<ResultRow, T> whole(TableColumn<ResultRow, T> c) {
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    private static String rankRange(int low, int high) {
        return low == high ? Integer.toString(low) : low + "–" + high;
    }

    static String outcomeText(AppContext ctx, ResultRow r) {
        return ctx.text(switch (r.outcome()) {
            case SHORTLISTED -> "results.outcome.shortlisted";
            case BELOW_CUT -> "results.outcome.belowCut";
            case AREA_FULL -> "results.outcome.areaFull";
            case TOO_FEW_REVIEWS -> "results.outcome.tooFewReviews";
            case NO_SCORE -> "results.outcome.noScore";
        });
    }

    private TableColumn<ResultRow, String> text(String key, double width, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> c = new TableColumn<>(ctx.text(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    /** Long texts are cut to fit; the whole text shows when the pointer rests on it (and in the case pane). */
    private static TableColumn<ResultRow, String> withTooltips(TableColumn<ResultRow, String> c) {
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        return c;
    }

    private TableColumn<ResultRow, String> number(String key, double width, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> c = text(key, width, value);
        c.getStyleClass().add("number-column");
        return c;
    }

    @SafeVarargs
    private TableColumn<ResultRow, String> group(String key, String tipKey, TableColumn<ResultRow, String>... columns) {
        TableColumn<ResultRow, String> g = new TableColumn<>(ctx.text(key));
        g.getColumns().setAll(columns);
        javafx.scene.control.Label header = new javafx.scene.control.Label(ctx.text(key));
        header.setTooltip(new Tooltip(ctx.text(tipKey)));
        g.setText(null);
        g.setGraphic(header);
        return g;
    }

    /** Marks shortlisted rows, the cut under the last of them, and cases on the cut-off. */
    private static final class ResultTableRow extends TableRow<ResultRow> {
        @Override
        protected void updateItem(ResultRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("shortlisted", "cut-line", "on-cutoff");
            if (!empty && row != null) {
                if (row.shortlisted()) {
                    getStyleClass().add("shortlisted");
                }
                if (row.lastShortlisted()) {
                    getStyleClass().add("cut-line");
                }
                if (row.onCutoff()) {
                    getStyleClass().add("on-cutoff");
                }
            }
        }
    }
}
