package kr.sangsaeng.review.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.exchange.shortlist.ExportResult;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.CommitteeServices;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.Tasks;
import kr.sangsaeng.review.ui.common.UiFonts;

/**
 * The whole GUI export: the options dialog, then the export on a worker thread behind a small
 * window with a progress bar and Cancel, then a sentence saying what was written.
 */
public final class ShortlistExport {
    private ShortlistExport() {
    }

    /** Who rule changes made in the dialog are recorded as in the audit log. */
    static final Actor ACTOR = Actor.SECRETARY;

    /** The stored rule and the round's size, read before the dialog opens. */
    private record Opening(ShortlistSettings rule, int cases) {
    }

    /** @param status where to put a one-line result (the main window's status bar) */
    public static void start(AppContext ctx, Window owner, Consumer<String> status) {
        CommitteeServices committee = ctx.committee();
        if (committee == null) {
            return;
        }
        java.nio.file.Path reviewFile = kr.sangsaeng.review.ui.common.RoundPlaces.reviewFileOrStandIn(ctx.round());
        Tasks.create(() -> new Opening(committee.rules().current(),
                        committee.shortlists().readForResults().panel().submissions().size()))
                .onSuccess(o -> ShortlistExportDialog.show(ctx, owner, reviewFile, o.rule(), o.cases())
                        .ifPresent(choice -> run(ctx, owner, committee, choice, status)))
                .onError(e -> Dialogs.showError(ctx, owner, e))
                .runOn(ctx.dbExecutor());
    }

    static ShortlistExportTask run(AppContext ctx, Window owner, CommitteeServices committee,
                                   ShortlistExportDialog.Choice c, Consumer<String> status) {
        ShortlistExportTask task = new ShortlistExportTask(ctx, committee, c.settings(), ACTOR, c.out());
        Stage progress = progressWindow(ctx, owner, task);
        task.setOnSucceeded(e -> {
            progress.close();
            String done = done(ctx, task.getValue());
            status.accept(done);
            Dialogs.info(ctx, owner, done);
        });
        task.setOnFailed(e -> {
            progress.close();
            Dialogs.showError(ctx, owner, task.getException());
        });
        task.setOnCancelled(e -> {
            progress.close();
            status.accept(ctx.text("export.cancelled"));
        });
        ctx.longWorkExecutor().execute(task);
        progress.show();
        return task;
    }

    private static String done(AppContext ctx, ExportResult r) {
        Path name = r.out().getFileName();
        return ctx.roundText("export.done", "export.done.server", r.submissions(), r.shortlisted(), name, r.out().toAbsolutePath().getParent());
    }

    private static Stage progressWindow(AppContext ctx, Window owner, ShortlistExportTask task) {
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(ctx.text("export.cancel"));
        cancel.setId("exportCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel(true));
        HBox buttons = new HBox(cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox box = new VBox(10, message, bar, buttons);
        box.setPadding(new Insets(16));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ctx.text("export.progress.title"));
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> task.cancel(true));
        box.setStyle(UiFonts.rootStyle());
        stage.setScene(new Scene(box));
        return stage;
    }
}
