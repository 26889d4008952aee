package kr.sangsaeng.review.ui.export;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.main.MainController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A reviewer exports their score pack from File → Export my scores… on their copy of the round, and
 * the secretary merges it into another copy with File → Import score pack…, seeing the preview first.
 */
class ScorePackFromMenuTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;
    private MainController main;

    @Test
    void aReviewersPackExportedFromTheMenuMergesIntoAnotherCopyWithAPreview(FxRobot robot) throws Exception {
        // On the reviewer's laptop: one score changed and one comment written since the copies parted.
        Edit edit = ctx.dbExecutor().submit(() -> editOnLaptop(ctx.round())).get();

        robot.clickOn("File").clickOn("Export my scores…");
        waitUntil(() -> robot.lookup("#packReviewerBox").tryQuery().isPresent());
        ComboBox<?> reviewerBox = robot.lookup("#packReviewerBox").queryAs(ComboBox.class);
        robot.interact(() -> robot.lookup("#packReviewerBox").queryAs(ComboBox.class).getSelectionModel()
                .select(edit.reviewer()));
        Path pack = Files.createTempDirectory(window.folder(), "mail").resolve("my-scores");
        robot.interact(() -> robot.lookup("#packFileField").queryAs(TextField.class).setText(pack.toString()));
        assertThat(reviewerBox.getValue()).isEqualTo(edit.reviewer());
        robot.clickOn("Export");
        Path written = pack.resolveSibling("my-scores.csv");
        waitUntil(() -> Files.exists(written) && robot.lookup(".dialog-pane").tryQuery().isPresent());
        String done = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertThat(done).contains(edit.reviewer()).contains("my-scores.csv");
        robot.clickOn("OK");

        List<String> rows = Files.readAllLines(written, StandardCharsets.UTF_8);
        assertThat(rows.subList(1, rows.size())).as("only that reviewer's rows").isNotEmpty()
                .allSatisfy(r -> assertThat(r).contains("," + edit.reviewer() + ","));
        assertThat(String.join("\n", rows)).contains(edit.comment());

        // At the secretary's: another copy of the round, then File → Import score pack….
        Path office = Files.createTempDirectory(window.folder(), "office").resolve("round.sangsaeng");
        DemoRound.createAt(office).close();
        robot.interact(() -> main.open(office));
        waitUntil(() -> ctx.round() != null && ctx.round().file().equals(office));
        robot.clickOn("File").clickOn("Import score pack…");
        waitUntil(() -> robot.lookup("#fileField").tryQuery().isPresent());
        TextField file = robot.lookup("#fileField").queryAs(TextField.class);
        robot.interact(() -> {
            file.setText(written.toString());
            file.fireEvent(new javafx.event.ActionEvent());
        });
        TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        waitUntil(() -> !preview.getItems().isEmpty());
        List<PreviewLine.Change> changes = preview.getItems().stream().map(l -> ((PreviewLine) l).change()).toList();
        assertThat(changes).as("the comment is new, the newer score wins, the rest is as it was")
                .contains(PreviewLine.Change.ADD, PreviewLine.Change.NEWER_IN_FILE, PreviewLine.Change.UNCHANGED)
                .filteredOn(c -> c != PreviewLine.Change.UNCHANGED).hasSize(2);
        assertThat(robot.lookup("Conflict: file wins (newer)").tryQuery()).isPresent();
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText())
                .startsWith("1 scores and reviews to add, 1 to change");

        CheckBox consent = robot.lookup("#changeExistingBox").queryAs(CheckBox.class);
        if (consent.isVisible()) {
            robot.clickOn(consent);
        }
        javafx.scene.Node dialog = robot.lookup("#importButton").query().getScene().getRoot();
        robot.clickOn("#importButton");
        // The main window has a #statusLabel too: read the dialog's own.
        waitUntil(() -> robot.from(dialog).lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Imported"));
        double merged = ctx.dbExecutor().submit(() -> scoreOf(ctx.round(), edit)).get();
        assertThat(merged).as("the newer score from the pack").isEqualTo(edit.value());
        assertThat(ctx.dbExecutor().submit(() -> ctx.round().reader().reviewsOf(edit.reviewerId())).get())
                .anyMatch(r -> r.comment().equals(edit.comment()));
    }

    private record Edit(String reviewer, long reviewerId, long submissionId, long criterionId, double value, String comment) {
    }

    private static Edit editOnLaptop(OpenRound round) {
        Reviewer r = round.reader().reviewers().get(0);
        Score s = round.reader().scoresOf(r.id()).get(0);
        Criterion c = round.reader().criteria().stream().filter(x -> x.id() == s.criterionId()).findFirst().orElseThrow();
        double value = s.value() == c.max() ? c.min() : c.max();
        round.meeting().pledge().confirm(r.id(), Actor.reviewer(r));
        round.scoring().score(Actor.reviewer(r), r.id(), s.submissionId(), c.id(), value);
        Submission other = round.reader().submissions().get(round.reader().submissions().size() - 1);
        String comment = "Checked the figures with the platform on the phone";
        round.scoring().review(Actor.reviewer(r), new Review(r.id(), other.id(), comment, false, "", false, Instant.now()));
        return new Edit(r.name(), r.id(), s.submissionId(), c.id(), value, comment);
    }

    private static double scoreOf(OpenRound round, Edit e) {
        return round.reader().scoresOf(e.reviewerId()).stream()
                .filter(s -> s.submissionId() == e.submissionId() && s.criterionId() == e.criterionId())
                .findFirst().orElseThrow().value();
    }
}
