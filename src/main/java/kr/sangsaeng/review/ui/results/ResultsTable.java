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
                number("results.col.rank", 44, r -> (r.tied() ? r.rank() + "=" : Integer.toString(r.rank()))),
                text("results.col.ref", 70, r -> r.submission().ref()),
                text("results.col.platform", 118, r -> r.submission().platformName()),
                withTooltips(text("results.col.title", 140, r -> r.submission().title())),
                number("results.col.score", 76, r -> Figures.score(r.stats().panelScore(), ctx.locale())),
                number("results.col.mean", 58, r -> Figures.score(r.stats().mean(), ctx.locale())),
                number("results.col.median", 60, r -> Figures.score(r.stats().median(), ctx.locale())),
                number("results.col.sd", 64, r -> Figures.score(r.stats().sd(), ctx.locale())),
                reviews,
                text("results.col.shortlist", 76, r -> outcome(r)),
                stability,
                cellColumn("results.col.decision", 116, c -> new DecisionCell(ctx, vm)),
                cellColumn("results.col.note", 110, c -> new NoteCell(ctx, vm))));
        table.setRowFactory(t -> new ResultTableRow());
        // The note takes whatever width is left, so the table fits a 1280-pixel window without scrolling.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static String rankRange(int low, int high) {
        return low == high ? Integer.toString(low) : low + "–" + high;
    }

    private String outcome(ResultRow r) {
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

    /** Long titles are cut to fit; the whole title shows when the pointer rests on it. */
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

    private TableColumn<ResultRow, ResultRow> cellColumn(String key, double width,
            javafx.util.Callback<TableColumn<ResultRow, ResultRow>, javafx.scene.control.TableCell<ResultRow, ResultRow>> cells) {
        TableColumn<ResultRow, ResultRow> c = new TableColumn<>(ctx.text(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(cells);
        return c;
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
