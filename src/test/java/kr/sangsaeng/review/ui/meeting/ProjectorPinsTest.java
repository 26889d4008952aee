package kr.sangsaeng.review.ui.meeting;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import kr.sangsaeng.review.model.EvidencePin;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.service.SampleDocuments;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** With documents pinned, the projector shows the case's evidence and each pin's status. */
class ProjectorPinsTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN).beforeShowing(this::pinAContradictedFigure);

    private AppContext ctx;
    private String pinnedRef;

    @SuppressWarnings("deprecation")
    private void pinAContradictedFigure(AppContext ctx) throws Exception {
        System.setProperty("sangsaeng.projectorWindowed", "true");
        ReviewStore store = ctx.round().store();
        SampleDocuments.addTo(store);
        var doc = store.documents().findAll().get(0);
        var value = store.metrics().findAllValues().stream().filter(v -> v.submissionId() == doc.submissionId())
                .findFirst().orElseThrow();
        store.pins().put(new EvidencePin(0, doc.submissionId(), value.metricId(), doc.id(), 2, "참여 업체 3만 곳",
                PinStatus.CONTRADICTED, "", "간사", Instant.parse("2022-12-10T01:00:00Z")));
        pinnedRef = store.submissions().findAll().stream().filter(s -> s.id() == doc.submissionId()).findFirst()
                .orElseThrow().ref();
    }

    @Test
    void theProjectorShowsThePinnedEvidenceWithItsStatus(FxRobot robot) throws Exception {
        robot.clickOn("회의");
        waitUntil(() -> robot.lookup("#agendaList").tryQuery().isPresent());
        ListView<MeetingCase> agenda = robot.lookup("#agendaList").queryListView();
        waitUntil(() -> agenda.getItems().size() == 6);
        int at = agenda.getItems().stream().map(MeetingCase::ref).toList().indexOf(pinnedRef);
        robot.interact(() -> agenda.getSelectionModel().select(at));
        robot.clickOn("#projectorButton");
        waitUntil(() -> robot.lookup("#projectorPins").tryQuery().isPresent());
        Label pins = robot.lookup("#projectorPins").queryAs(Label.class);
        waitUntil(() -> pins.getText().contains("불일치"));
        assertThat(pins.getText()).startsWith("제출 서류의 근거:").contains("(2쪽) \"참여 업체 3만 곳\"");
        assertThat(robot.lookup("#casePins").queryAs(Label.class).getText()).isEqualTo(pins.getText());

        // A case without pins shows none.
        int other = at == 0 ? 1 : 0;
        robot.interact(() -> agenda.getSelectionModel().select(other));
        waitUntil(() -> pins.getText().isEmpty());
        robot.interact(() -> ((Stage) pins.getScene().getWindow()).close());
    }
}
