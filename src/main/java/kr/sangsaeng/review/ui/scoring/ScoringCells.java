package kr.sangsaeng.review.ui.scoring;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.ui.AppContext;

/** How the Scoring view's lists show reviewers, cases (with the reviewer's progress) and history lines. */
final class ScoringCells {
    private ScoringCells() {
    }

    static final class ReviewerCell extends ListCell<Reviewer> {
        @Override
        protected void updateItem(Reviewer r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : r.role().isBlank() ? r.name() : r.name() + "  ·  " + r.role());
        }
    }

    /** A case's (possibly blind) name over how far the reviewer has got with it. */
    static final class CaseCell extends ListCell<CaseView> {
        private final AppContext ctx;
        private final Function<CaseView, CaseStatus> status;

        CaseCell(AppContext ctx, Function<CaseView, CaseStatus> status) {
            this.ctx = ctx;
            this.status = status;
        }

        @Override
        protected void updateItem(CaseView cv, boolean empty) {
            super.updateItem(cv, empty);
            getStyleClass().removeAll("case-complete", "case-recused", "case-open");
            if (empty || cv == null) {
                setText(null);
                return;
            }
            CaseStatus s = status.apply(cv);
            setText(cv.name() + "\n" + s.text(ctx));
            getStyleClass().add(s.styleClass());
        }
    }

    static final class HistoryCell extends ListCell<HistoryLine> {
        @Override
        protected void updateItem(HistoryLine h, boolean empty) {
            super.updateItem(h, empty);
            setText(empty || h == null ? null : h.when() + "  " + h.actor() + "\n" + h.what() + ":  " + h.change());
        }
    }
}
