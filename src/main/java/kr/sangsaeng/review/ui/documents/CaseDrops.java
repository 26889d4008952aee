package kr.sangsaeng.review.ui.documents;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.control.IndexedCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.ui.AppContext;

/**
 * Files dropped on a case's row in a case list (Submissions' table, Scoring's list) are added to
 * that case, through the same preview and checks as File → Add documents… and a drop on the
 * document pane (docs/documents.md). The row under the pointer is highlighted while files hover
 * over it, so it is clear which case they will go to.
 */
public final class CaseDrops {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private CaseDrops() {
    }

    /**
     * Makes {@code cell} accept files for the case it shows.
     *
     * @param caseOf the case of the cell's item (null when the item is not a case)
     * @param actor  the person acting, asked at the moment of the drop
     */
    public static <T> void install(IndexedCell<T> cell, AppContext ctx, Function<T, Submission> caseOf,
                                   Supplier<Actor> actor) {
        cell.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (target(cell, caseOf, ctx) != null && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        cell.addEventHandler(DragEvent.DRAG_ENTERED, e ->
                cell.pseudoClassStateChanged(DROP_TARGET, target(cell, caseOf, ctx) != null && e.getDragboard().hasFiles()));
        cell.addEventHandler(DragEvent.DRAG_EXITED, e -> cell.pseudoClassStateChanged(DROP_TARGET, false));
        cell.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            cell.pseudoClassStateChanged(DROP_TARGET, false);
            Submission s = target(cell, caseOf, ctx);
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (s == null || files.isEmpty()) {
                return;
            }
            AddDocumentsDialog.preview(ctx, cell.getScene().getWindow(), files.stream().map(File::toPath).toList(),
                    Optional.of(s.ref()), actor.get());
            e.setDropCompleted(true);
            e.consume();
        });
    }

    /** The case a drop on {@code cell} adds to; none for a reviewer's login, whose documents the server refuses. */
    private static <T> Submission target(IndexedCell<T> cell, Function<T, Submission> caseOf, AppContext ctx) {
        if (ctx.reviewerLoginProperty().get()) {
            return null;
        }
        return cell.isEmpty() || cell.getItem() == null ? null : caseOf.apply(cell.getItem());
    }
}
