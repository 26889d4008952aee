package kr.sangsaeng.review.ui.main;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.service.PendingWrites.Refusal;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.Tasks;
import kr.sangsaeng.review.ui.scoring.BlindLabels;

/**
 * Lists the changes the server refused when they were sent again after the connection came back:
 * which case and criterion, the value the user typed, and why (the sheet was finalised meanwhile, a
 * newer value from another window stands, another rule). The user's values stay here, in text that
 * can be copied, until the user says they have noted them (docs/server-mode.md, "Connection lost").
 */
final class RefusedChangesDialog {
    static final String DIALOG_ID = "refusedChanges";

    private RefusedChangesDialog() {
    }

    static void show(AppContext ctx, Window owner) {
        OpenRound round = ctx.round();
        if (round == null) {
            return;
        }
        Tasks.create(() -> new Names(round, ctx))
                .onSuccess(names -> ask(ctx, owner, round, names))
                .onError(e -> ask(ctx, owner, round, Names.NONE))
                .runOn(ctx.dbExecutor());
    }

    private static void ask(AppContext ctx, Window owner, OpenRound round, Names names) {
        List<Refusal> refused = round.pending().refused();
        TextArea list = new TextArea(String.join("\n", refused.stream().map(r -> line(ctx, names, r)).toList()));
        list.setEditable(false);
        list.setAccessibleText(ctx.text("server.refused.listName"));
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, Math.max(3, refused.size() * 2)));
        ButtonType forget = new ButtonType(ctx.text("server.refused.forget"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(ctx.text("server.refused.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", forget, keep);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("app.title"));
        alert.setHeaderText(ctx.text("server.refused.header"));
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId(DIALOG_ID);
        alert.getDialogPane().setPrefWidth(640);
        if (alert.showAndWait().filter(b -> b == forget).isPresent()) {
            Tasks.create(() -> {
                round.pending().dismissRefused();
                return null;
            }).onError(e -> { }).runOn(ctx.dbExecutor());
        }
    }

    /** One refused change as the user reads it. */
    static String line(AppContext ctx, Names names, Refusal r) {
        String why = switch (r.why()) {
            case FINALISED -> ctx.text("server.refused.finalised");
            case NEWER -> r.change() instanceof PendingWrites.ScoreChange
                    ? ctx.text("server.refused.newerScore", r.serverValue().isEmpty() ? "–" : r.serverValue())
                    : ctx.text("server.refused.newerComment");
            case OTHER -> ErrorMessages.describe(ctx, r.failure().cause());
        };
        String place = names.caseOf(r.change().submissionId());
        if (r.change() instanceof PendingWrites.ScoreChange s) {
            String yours = s.value() == null ? ctx.text("server.refused.cleared")
                    : kr.sangsaeng.review.format.Figures.plain(s.value());
            return ctx.text("server.refused.score", place, names.criterionOf(s.criterionId()), yours, why);
        }
        PendingWrites.ReviewChange c = (PendingWrites.ReviewChange) r.change();
        return ctx.text("server.refused.review", place, c.review().comment(), why);
    }

    /** Case and criterion names as the Scoring view shows them (neutral labels in blind mode). */
    static final class Names {
        static final Names NONE = new Names();
        private final Map<Long, String> cases = new HashMap<>();
        private final Map<Long, String> criteria = new HashMap<>();

        private Names() {
        }

        Names(OpenRound round, AppContext ctx) {
            // Labelled as ScoringLoader labels them: withdrawn cases are out of the round.
            List<Submission> subs = round.reader().submissions().stream()
                    .filter(s -> s.status() != kr.sangsaeng.review.model.SubmissionStatus.WITHDRAWN).toList();
            BlindLabels blind = round.reader().round().blindMode()
                    ? BlindLabels.of(subs, code -> ctx.text("scoring.caseLabel", code)) : null;
            for (Submission s : subs) {
                cases.put(s.id(), blind != null ? blind.labelOf(s) : s.ref() + " " + s.platformName());
            }
            for (Criterion c : round.reader().criteria()) {
                criteria.put(c.id(), c.label());
            }
        }

        String caseOf(long id) {
            return cases.getOrDefault(id, "#" + id);
        }

        String criterionOf(long id) {
            return criteria.getOrDefault(id, "#" + id);
        }
    }
}
