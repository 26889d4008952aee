package kr.sangsaeng.review.ui.results;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The shared panel end to end: the demo round published to a server, two reviewers with logins of
 * their own each scoring from their own app (connection), and the secretary's Results window showing
 * the new panel score of the case without anyone reopening anything (docs/server-mode.md).
 */
@ExtendWith(TestServer.class)
class TwoReviewerLoginsTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.withoutRound(Locale.ENGLISH);

    private AppContext ctx;

    @Test
    @SuppressWarnings("deprecation") // creating the logins is the secretary's store-level step (server add-reviewer)
    void scoresFromTwoReviewerLoginsReachTheSecretarysResults(FxRobot robot, ServerAddress server) throws Exception {
        TestServer.publishDemo(server, window.folder());
        OpenRound secretary = RoundFiles.openServer(server.toString(), null);
        List<Reviewer> panel = secretary.reader().reviewers();
        String suffix = server.database().substring(server.database().length() - 6);
        String[] logins = {"kim_" + suffix, "lee_" + suffix};
        secretary.store().serverRoles().addReviewer(panel.get(0).id(), logins[0]);
        secretary.store().serverRoles().addReviewer(panel.get(1).id(), logins[1]);
        Submission target = secretary.reader().submissions().get(0);
        Criterion criterion = secretary.reader().criteria().get(0);

        Platform.runLater(() -> ctx.setRound(secretary));
        robot.clickOn("Results");
        @SuppressWarnings("unchecked")
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        waitUntil(() -> panelScore(table, target.ref()).isPresent());
        double before = panelScore(table, target.ref()).orElseThrow();

        for (int i = 0; i < 2; i++) {
            ServerAddress login = new ServerAddress(logins[i], server.host(), server.port(), server.database());
            try (OpenRound reviewerApp = RoundFiles.openServer(login.toString(), null)) {
                Reviewer me = panel.get(i);
                double current = reviewerApp.reader().scoresOf(me.id()).stream()
                        .filter(s -> s.submissionId() == target.id() && s.criterionId() == criterion.id())
                        .mapToDouble(Score::value).findFirst().orElse(criterion.max());
                // The other end of the scale from where it stood, so the panel score must move.
                double value = current - criterion.min() > criterion.max() - current ? criterion.min() : criterion.max();
                // Each member confirms the round's pledge (as their own login) before scoring.
                reviewerApp.meeting().pledge().confirm(me.id(), new Actor(logins[i]));
                reviewerApp.scoring().score(new Actor(logins[i]), me.id(), target.id(), criterion.id(), value);
            }
        }
        waitUntil(() -> panelScore(table, target.ref()).map(p -> p != before).orElse(false));
        // The server recorded who wrote: each reviewer's own login.
        assertThat(secretary.reader().historyOf(target.ref())).extracting(e -> e.actor())
                .contains(logins[0], logins[1]);
    }

    private static Optional<Double> panelScore(TableView<ResultRow> table, String ref) {
        return table.getItems().stream().filter(r -> r.submission().ref().equals(ref))
                .map(r -> r.stats().panelScore()).findFirst();
    }
}
