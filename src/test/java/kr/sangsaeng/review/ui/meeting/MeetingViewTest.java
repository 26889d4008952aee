package kr.sangsaeng.review.ui.meeting;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.sangsaeng.review.model.ConflictKind;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Walks a committee meeting on the demo round in Korean, as the chair would. */
class MeetingViewTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN)
            .beforeShowing(ctx -> System.setProperty("sangsaeng.projectorWindowed", "true"));

    private AppContext ctx;

    @SuppressWarnings("deprecation")
    private <T> T onDb(java.util.function.Function<ReviewStore, T> read) throws Exception {
        Callable<T> c = () -> read.apply(ctx.round().store());
        return ctx.dbExecutor().submit(c).get();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aMeetingFromPledgeToBallot(FxRobot robot) throws Exception {
        robot.clickOn("회의");
        waitUntil(() -> robot.lookup("#agendaList").tryQuery().isPresent());
        ListView<MeetingCase> agenda = robot.lookup("#agendaList").queryListView();
        waitUntil(() -> agenda.getItems().size() == 6);
        assertThat(agenda.getItems().get(0).section()).isNotNull();

        // The chair acts and has not finalised: only the chair's own scores are on the agenda.
        Label hidden = robot.lookup("#hiddenLabel").queryAs(Label.class);
        waitUntil(() -> hidden.isVisible() && hidden.getText().contains("김서연 (예시 위원장)"));
        waitUntil(() -> agenda.getItems().stream().allMatch(c -> c.dots().size() <= 1));
        onDb(s -> {
            long chair = s.reviewers().findByName("김서연 (예시 위원장)").orElseThrow().id();
            return kr.sangsaeng.review.service.TestRounds.over(s).scoring()
                    .finalise(new kr.sangsaeng.review.service.Actor("김서연 (예시 위원장)"), chair);
        });
        robot.clickOn("비교");
        robot.clickOn("회의");
        waitUntil(() -> !hidden.isVisible() && agenda.getItems().stream().anyMatch(c -> c.dots().size() == 3));

        // Before: the pledge (an example) is confirmed by the chair, and a 회피 conflict is declared.
        robot.clickOn("서약·이해충돌");
        waitUntil(() -> text(robot, "#pledgeSampleLabel").startsWith("예시"));
        assertThat(robot.lookup("#pledgeArea").queryAs(TextArea.class).getText()).contains("서약");
        assertThat(text(robot, "#likelyLabel")).contains("중소기업유통센터").contains("쿠팡 자문위원회");
        robot.clickOn("#confirmPledgeButton");
        waitUntil(() -> text(robot, "#confirmationsLabel").contains("김서연"));
        var confirmations = onDb(s -> s.pledge().confirmations());
        assertThat(confirmations).filteredOn(c -> c.confirmedBy().startsWith("김서연")).singleElement()
                .satisfies(c -> assertThat(c.confirmedBy()).isEqualTo("김서연 (예시 위원장)"));

        ComboBox<Reviewer> who = combo(robot, "#conflictReviewerPicker");
        ComboBox<Submission> which = combo(robot, "#conflictCasePicker");
        robot.interact(() -> {
            who.setValue(who.getItems().stream().filter(r -> r.name().startsWith("박준호")).findFirst().orElseThrow());
            which.setValue(which.getItems().stream().filter(s -> s.ref().equals("2022-01")).findFirst().orElseThrow());
        });
        assertThat(combo(robot, "#conflictKindPicker").getValue()).isEqualTo(ConflictKind.RECUSAL);
        robot.clickOn("#conflictReasonField").write("중소기업유통센터 비상임이사");
        robot.clickOn("#declareButton");
        waitUntil(() -> text(robot, "#conflictsLabel").contains("회피"));
        var conflicts = onDb(s -> s.conflicts().findAll());
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.RECUSAL);
            assertThat(c.reason()).isEqualTo("중소기업유통센터 비상임이사");
        });
        waitUntil(() -> agenda.getItems().stream().anyMatch(c -> c.ref().equals("2022-01")
                && c.conflicted().contains("박준호 (예시 위원)") && c.dots().size() == 2));

        // During: a shared note on the first case of the agenda.
        robot.clickOn("논의 중인 사례");
        robot.interact(() -> agenda.getSelectionModel().select(0));
        String first = agenda.getItems().get(0).ref();
        robot.clickOn("#noteField").write("근거 자료 추가 요청");
        robot.clickOn("#addNoteButton");
        ListView<?> notes = robot.lookup("#noteList").queryListView();
        waitUntil(() -> notes.getItems().size() == 1);
        var saved = onDb(s -> s.notes().findAll());
        assertThat(saved).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoteKind.SHARED);
            assertThat(n.author()).isEqualTo("김서연 (예시 위원장)");
        });

        // The agenda's order is the chair's to change.
        robot.clickOn("#downButton");
        waitUntil(() -> agenda.getItems().get(1).ref().equals(first));
        robot.clickOn("#upButton");
        waitUntil(() -> agenda.getItems().get(0).ref().equals(first));

        // The projector view follows the agenda from the keyboard.
        robot.clickOn("#projectorButton");
        waitUntil(() -> robot.lookup("#projectorHeading").tryQuery().isPresent());
        Label heading = robot.lookup("#projectorHeading").queryAs(Label.class);
        assertThat(heading.getText()).contains(first);
        robot.interact(() -> heading.getScene().getWindow().requestFocus());
        robot.interact(() -> heading.getScene().getRoot().requestFocus());
        robot.push(KeyCode.RIGHT);
        waitUntil(() -> heading.getText().startsWith("2/6"));
        robot.push(KeyCode.R);
        waitUntil(() -> robot.lookup("#revealCheck").queryAs(CheckBox.class).isSelected());
        robot.push(KeyCode.LEFT);
        waitUntil(() -> heading.getText().startsWith("1/6"));
        robot.interact(() -> ((Stage) heading.getScene().getWindow()).close());

        // A decision with its minutes, recorded as in Results.
        robot.clickOn("#minutesArea").write("만장일치로 후보 선정");
        robot.clickOn("#decideButton");
        long id = agenda.getItems().get(0).submission().id();
        waitUntil(() -> {
            try {
                return onDb(s -> s.decisions().find(id)).isPresent();
            } catch (Exception e) {
                return false;
            }
        });
        var decision = onDb(s -> s.decisions().find(id)).orElseThrow();
        assertThat(decision).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.SHORTLISTED);
            assertThat(d.note()).isEqualTo("만장일치로 후보 선정");
            assertThat(d.decidedBy()).isEqualTo("김서연 (예시 위원장)");
        });
        var all = onDb(s -> s.notes().findAll());
        assertThat(all).anySatisfy(n -> assertThat(n.kind()).isEqualTo(NoteKind.MINUTES));

        // After: the final ballot, counted and recorded.
        robot.clickOn("최종 투표");
        TextArea ballots = robot.lookup("#ballotArea").queryAs(TextArea.class);
        assertThat(ballots.getText()).startsWith("voter,1,2");
        robot.clickOn("#countButton");
        TextArea result = robot.lookup("#ballotResultArea").queryAs(TextArea.class);
        waitUntil(() -> result.getText().contains("맞대결"));
        assertThat(result.getText()).startsWith("슐체(Schulze): ");
        robot.clickOn("#recordBallotButton");
        waitUntil(() -> {
            try {
                return !new kr.sangsaeng.review.service.BallotService(ctx.round().store()).recorded().isEmpty();
            } catch (RuntimeException e) {
                return false;
            }
        });
    }
}
