package kr.sangsaeng.review.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Draft;

/**
 * Asks Save / Discard / Cancel before the window leaves edits that are not in the file: on leaving
 * their tab, opening another file and quitting. Everything else is written at once, so these drafts
 * are the only work a user can lose, and they are never lost without a question.
 */
final class UnsavedDrafts {
    /** The id of the question's dialog pane, so tests (and people with screen readers) can find it. */
    static final String DIALOG_ID = "unsavedDrafts";

    private final AppContext ctx;
    private final List<Draft> drafts = new ArrayList<>();
    private final Supplier<Window> owner;
    private final ReadOnlyBooleanWrapper anyDirty = new ReadOnlyBooleanWrapper();

    UnsavedDrafts(AppContext ctx, Supplier<Window> owner) {
        this.ctx = ctx;
        this.owner = owner;
    }

    /**
     * Watches more drafts. A view is built when its tab is first shown (LazyTab), so its drafts join
     * then; a view never built holds no edits.
     */
    void add(List<Draft> more) {
        for (Draft d : more) {
            drafts.add(d);
            d.dirtyProperty().addListener((o, was, dirty) -> update());
        }
        update();
    }

    private void update() {
        anyDirty.set(drafts.stream().anyMatch(d -> d.dirtyProperty().get()));
    }

    /** True while any draft holds edits the file does not. */
    ReadOnlyBooleanProperty anyDirtyProperty() {
        return anyDirty.getReadOnlyProperty();
    }

    /**
     * Runs {@code proceed} at once when nothing is unsaved. Otherwise asks: Save runs it once every
     * draft is in the file (not at all when one cannot be saved), Discard forgets the drafts and
     * runs it, Cancel does nothing.
     */
    void resolve(Runnable proceed) {
        List<Draft> open = drafts.stream().filter(d -> d.dirtyProperty().get()).toList();
        if (open.isEmpty()) {
            proceed.run();
            return;
        }
        ButtonType save = new ButtonType(ctx.text("drafts.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(ctx.text("drafts.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(ctx.text("drafts.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, ctx.text("drafts.question"), save, discard, cancel);
        alert.initOwner(owner.get());
        alert.setTitle(ctx.text("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId(DIALOG_ID);
        ButtonType choice = alert.showAndWait().orElse(cancel);
        if (choice == save) {
            saveInTurn(new ArrayList<>(open), proceed);
        } else if (choice == discard) {
            open.forEach(Draft::discard);
            proceed.run();
        }
    }

    /** Saves one draft, then the next once it is written, then proceeds; stops at one that cannot be saved. */
    private static void saveInTurn(List<Draft> left, Runnable proceed) {
        if (left.isEmpty()) {
            proceed.run();
            return;
        }
        Draft next = left.remove(0);
        next.save(() -> saveInTurn(left, proceed));
    }
}
