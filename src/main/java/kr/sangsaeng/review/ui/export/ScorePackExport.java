package kr.sangsaeng.review.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.Tasks;

/**
 * File → Export my scores…: a reviewer's score pack, the same file {@code export scores --reviewer NAME}
 * writes (through the same {@code ExportService}), for the secretary to merge with File → Import score pack….
 */
public final class ScorePackExport {
    /** The setting under which the Scoring tab remembers who scores on this computer. */
    private static final String REMEMBERED_REVIEWER = "scoring.reviewerId";

    private ScorePackExport() {
    }

    private record Opening(List<Reviewer> reviewers, Optional<String> remembered) {
    }

    /** @param status where to put a one-line result (the main window's status bar) */
    public static void start(AppContext ctx, Window owner, Consumer<String> status) {
        OpenRound round = ctx.round();
        if (round == null) {
            return;
        }
        Tasks.create(() -> opening(round))
                .onSuccess(o -> choose(ctx, owner, round, o).ifPresent(c -> write(ctx, owner, round, c, status)))
                .onError(e -> Dialogs.showError(ctx, owner, e))
                .runOn(ctx.dbExecutor());
    }

    private static Opening opening(OpenRound round) {
        // A reviewer's login reads its own sheet only (docs/server-mode.md): its pack is the one on offer.
        List<Reviewer> reviewers = round.reader().reviewers().stream().filter(r -> !round.isReviewerLogin()
                || round.ownReviewer().map(id -> id == r.id()).orElse(false)).toList();
        Optional<String> remembered = round.reader().setting(REMEMBERED_REVIEWER)
                .flatMap(id -> reviewers.stream().filter(r -> String.valueOf(r.id()).equals(id)).findFirst())
                .map(Reviewer::name);
        return new Opening(reviewers, remembered);
    }

    private static Optional<ScorePackExportDialog.Choice> choose(AppContext ctx, Window owner, OpenRound round, Opening o) {
        if (o.reviewers().isEmpty()) {
            Dialogs.info(ctx, owner, ctx.text("scorePack.noReviewers"));
            return Optional.empty();
        }
        Path folder = kr.sangsaeng.review.ui.common.RoundPlaces.reviewFileOrStandIn(round).getParent();
        return ScorePackExportDialog.show(ctx, owner, o.reviewers().stream().map(Reviewer::name).toList(),
                o.remembered().orElse(null), folder);
    }

    private static void write(AppContext ctx, Window owner, OpenRound round, ScorePackExportDialog.Choice c,
                              Consumer<String> status) {
        Tasks.create(() -> round.exports().scorePack(c.out(), Optional.of(c.reviewer())))
                .onSuccess(rows -> {
                    String done = ctx.text("scorePack.done", c.reviewer(), rows, c.out().getFileName(),
                            String.valueOf(c.out().toAbsolutePath().getParent()));
                    status.accept(done);
                    Dialogs.info(ctx, owner, done);
                })
                .onError(e -> Dialogs.showError(ctx, owner, e))
                .runOn(ctx.dbExecutor());
    }
}
