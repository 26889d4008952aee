package kr.sangsaeng.review.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.WriteFaults;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Scoring view's logic on a real demo file, with database work run inline. */
class ScoringViewModelTest {
    private static final String NEW_REVIEWER = "최민수 (test)";
    private static final String PARTIAL_REVIEWER = "이하은 (예시 위원)";

    @TempDir
    Path dir;

    private Path file;
    private ReviewStore store;
    private AppContext ctx;
    private ScoringViewModel vm;
    private ScoringState st;

    @BeforeEach
    void openDemo() throws Exception {
        file = dir.resolve("demo.sangsaeng");
        store = DemoRound.createAt(file);
        long added = store.reviewers().insert(NEW_REVIEWER, "위원");
        store.pledge().confirm(added, store.pledge().find().orElseThrow().text(), "secretary");
        ctx = new AppContext(new Settings(dir.resolve("settings.properties")), Locale.ENGLISH);
        vm = new ScoringViewModel(ctx, TaskRunner.inline());
        st = vm.state();
        ctx.setRound(kr.sangsaeng.review.service.TestRounds.over(store));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void choose(String name) {
        vm.chooseReviewer(st.reviewers().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
    }

    private void type(String digits) {
        for (char c : digits.toCharArray()) {
            vm.editor().typeDigit(c - '0', System.nanoTime() / 1_000_000);
        }
    }

    @Test
    void asksWhoIsScoringThenRemembersItForTheFile() {
        assertThat(st.reviewerProperty().get()).isNull();
        assertThat(st.messageProperty().get()).isEqualTo(ctx.text("scoring.chooseReviewer"));
        choose(NEW_REVIEWER);

        ScoringViewModel again = new ScoringViewModel(ctx, TaskRunner.inline());
        again.load(kr.sangsaeng.review.service.TestRounds.over(store));
        assertThat(again.state().reviewerProperty().get().name()).isEqualTo(NEW_REVIEWER);
    }

    @Test
    void digitsScoreTheFocusedCriterionAndMoveDownTheRubric() throws Exception {
        choose(NEW_REVIEWER);
        assertThat(st.currentCaseProperty().get().submission().ref()).isEqualTo("2022-01");
        type("4352");
        assertThat(st.focusedCriterionProperty().get()).isEqualTo(4);
        assertThat(st.totalTextProperty().get()).isEqualTo(ctx.text("scoring.totalIncomplete", 4, 5));
        type("4");
        // 30·3/4 + 20·2/4 + 20·4/4 + 15·1/4 + 15·3/4 = 22.5 + 10 + 20 + 3.75 + 11.25 = 67.5
        assertThat(st.totalTextProperty().get()).isEqualTo(ctx.text("scoring.total", "67.5"));
        assertThat(vm.writes().stateProperty().get()).isEqualTo(ScoreWrites.State.SAVED);
        assertThat(countOnDisk("SELECT count(*) FROM score s JOIN reviewer r ON r.id = s.reviewer_id WHERE r.name = ?",
                NEW_REVIEWER)).isEqualTo(5);
        assertThat(st.progressTextProperty().get()).isEqualTo(ctx.text("scoring.progress", 1, 6, 0));
    }

    @Test
    void aScaleOutsideOneDigitWaitsForTheSecondDigit() throws Exception {
        store.criteria().insert("extra", "Extra", 0, 0, 10, "");
        vm.reload();
        choose(NEW_REVIEWER);
        vm.focusCriterion(5);
        vm.editor().typeDigit(1, 1_000);
        assertThat(st.focusedCriterionProperty().get()).isEqualTo(5);
        vm.editor().typeDigit(0, 1_300);
        assertThat(st.currentScores()).containsValue(10.0);
        vm.editor().undo();
        assertThat(st.currentScores()).isEmpty();
    }

    @Test
    void refusesAScoreOutsideTheScale() {
        choose(NEW_REVIEWER);
        type("7");
        assertThat(st.currentScores()).isEmpty();
        assertThat(st.messageProperty().get()).contains("1").contains("5");
    }

    @Test
    void enterLeadsToTheNextCaseStillToScoreSkippingRecusedAndCompleteOnes() {
        choose(PARTIAL_REVIEWER); // complete on 01, 03, 04, 06; 02 lacks one score; recused on 05
        assertThat(ref()).isEqualTo("2022-02");
        assertThat(st.focusedCriterionProperty().get()).isEqualTo(4);
        vm.nextToScore();
        assertThat(ref()).isEqualTo("2022-02");
        assertThat(st.messageProperty().get()).isEqualTo(ctx.text("scoring.lastToScore"));
        type("3");
        vm.nextToScore();
        assertThat(st.messageProperty().get()).isEqualTo(ctx.text("scoring.allScored"));
        assertThat(st.progressTextProperty().get()).isEqualTo(ctx.text("scoring.progress", 5, 5, 1));
    }

    @Test
    void backAndForwardSkipARecusedCase() {
        choose(PARTIAL_REVIEWER);
        vm.goTo(5);
        vm.previous();
        assertThat(ref()).isEqualTo("2022-04");
        vm.next();
        assertThat(ref()).isEqualTo("2022-06");
        vm.goTo(0);
        vm.previous();
        assertThat(ref()).isEqualTo("2022-01");
    }

    @Test
    void undoAndRedoReplayScoreChangesAndWriteThem() throws Exception {
        choose(NEW_REVIEWER);
        type("43");
        vm.nextToScore();
        assertThat(ref()).isEqualTo("2022-02");

        vm.editor().undo();
        assertThat(ref()).as("undo shows the case it changes").isEqualTo("2022-01");
        assertThat(st.focusedCriterionProperty().get()).isEqualTo(1);
        assertThat(st.currentScores()).hasSize(1);
        vm.editor().undo();
        assertThat(st.currentScores()).isEmpty();
        assertThat(scoresOnDisk()).isZero();
        vm.editor().undo();
        assertThat(st.messageProperty().get()).isEqualTo(ctx.text("scoring.nothingToUndo"));

        vm.editor().redo();
        assertThat(scoresOnDisk()).isEqualTo(1);
        assertThat(vm.editor().canRedoProperty().get()).isTrue();
        vm.focusCriterion(2);
        type("5");
        assertThat(vm.editor().canRedoProperty().get()).as("a new change ends the redo chain").isFalse();
        assertThat(store.audit().findAll()).filteredOn(e -> NEW_REVIEWER.equals(e.actor())).hasSize(6);
    }

    @Test
    void finalisingLocksEveryChangeUntilTheSecretaryReopens() throws Exception {
        choose(NEW_REVIEWER);
        type("4");
        vm.finalise();
        assertThat(st.finalisedProperty().get()).isTrue();
        assertThat(st.editableProperty().get()).isFalse();

        type("2");
        vm.editor().undo();
        st.commentProperty().set("late remark");
        vm.saveComment();
        assertThat(vm.recuse("conflict")).isFalse();
        assertThat(st.messageProperty().get()).isEqualTo(ctx.text("error.review.locked"));
        assertThat(countOnDisk("SELECT value FROM score s JOIN reviewer r ON r.id = s.reviewer_id WHERE r.name = ?",
                NEW_REVIEWER)).isEqualTo(4);
        assertThat(countOnDisk("SELECT count(*) FROM review r JOIN reviewer p ON p.id = r.reviewer_id "
                + "WHERE p.name = ? AND r.comment <> ''", NEW_REVIEWER)).isZero();

        vm.reopen();
        assertThat(st.finalisedProperty().get()).isFalse();
        type("2");
        assertThat(st.currentScores()).containsValue(2.0);
        assertThat(store.audit().findAll()).filteredOn(e -> e.entity().equals("finalisation"))
                .extracting(e -> e.actor() + ":" + e.newValue())
                .containsExactly(NEW_REVIEWER + ":final", ScoreWrites.SECRETARY.name() + ":open");
    }

    @Test
    void aRecusalNeedsAReasonAndTakesTheCaseOutOfTheCount() {
        choose(NEW_REVIEWER);
        assertThat(vm.recuse("  ")).isFalse();
        assertThat(vm.recuse("자문위원 활동")).isTrue();
        assertThat(st.editableProperty().get()).isFalse();
        type("4");
        assertThat(st.currentScores()).isEmpty();
        assertThat(st.progressTextProperty().get()).isEqualTo(ctx.text("scoring.progress", 0, 5, 1));
        vm.nextToScore();
        assertThat(ref()).isEqualTo("2022-02");
        vm.previous();
        assertThat(ref()).as("Ctrl+Left skips the recused case").isEqualTo("2022-02");
    }

    @Test
    void aCommentIsSavedOnlyWhenItChanged() {
        choose(NEW_REVIEWER);
        int before = store.audit().count();
        vm.saveComment();
        assertThat(store.audit().count()).isEqualTo(before);
        st.commentProperty().set("수치 근거가 명확함");
        vm.saveComment();
        vm.saveComment();
        assertThat(store.audit().count()).isEqualTo(before + 1);
        vm.nextToScore();
        vm.previous();
        assertThat(st.commentProperty().get()).isEqualTo("수치 근거가 명확함");
        assertThat(st.history()).anySatisfy(h -> assertThat(h.change()).contains("수치 근거가 명확함"));
    }

    @Test
    void blindModeReplacesPlatformNamesEverywhereTheReviewerLooks() {
        store.round().setBlindMode(true, "secretary");
        vm.reload();
        choose(PARTIAL_REVIEWER);
        vm.goTo(4); // 2022-05, Coupang, whose summary names the platform
        CaseView shown = st.currentCaseProperty().get();
        assertThat(shown.name()).isEqualTo("Case E");
        assertThat(shown.subtitle()).doesNotContain("쿠팡").doesNotContain("2022-05");
        assertThat(shown.summary()).doesNotContain("쿠팡").contains("Case E");
        assertThat(shown.figures()).allSatisfy(f -> assertThat(f.asWritten()).doesNotContain("쿠팡"));

        st.commentProperty().set("쿠팡 자료 추가 요청");
        vm.goTo(0);
        vm.goTo(4);
        assertThat(st.commentProperty().get()).isEqualTo("Case E 자료 추가 요청");
        assertThat(st.history()).allSatisfy(h -> assertThat(h.change()).doesNotContain("쿠팡"));
    }

    @Test
    void saysSavedOnlyOnceTheScoreCanBeReadFromTheFile() throws Exception {
        choose(NEW_REVIEWER);
        List<Integer> seenWhenSaved = new ArrayList<>();
        vm.writes().stateProperty().addListener((o, a, state) -> {
            if (state == ScoreWrites.State.SAVED) {
                seenWhenSaved.add(scoresOnDisk());
            }
        });
        type("43");
        assertThat(seenWhenSaved).containsExactly(1, 2);
    }

    @Test
    void aFailedWriteIsReportedAndTheScreenShowsWhatTheFileHolds() throws Exception {
        choose(NEW_REVIEWER);
        store.setWriteFaults(WriteFaults.failNth(1));
        type("4");
        assertThat(vm.writes().stateProperty().get()).isEqualTo(ScoreWrites.State.FAILED);
        assertThat(vm.writes().textProperty().get()).isEqualTo(ctx.text("scoring.notSaved"));
        assertThat(st.currentScores()).isEmpty();
        assertThat(scoresOnDisk()).isZero();
        // After a disk-full failure the file takes no more writes: later changes are refused, never "Saved".
        type("4");
        assertThat(vm.writes().stateProperty().get()).isEqualTo(ScoreWrites.State.FAILED);
        assertThat(st.currentScores()).isEmpty();
        assertThat(scoresOnDisk()).isZero();
    }

    @Test
    void aScoreTypedWhileTheFileIsReReadStaysOnScreen() {
        kr.sangsaeng.review.ui.QueuedRunner queued = new kr.sangsaeng.review.ui.QueuedRunner();
        ScoringViewModel slow = new ScoringViewModel(ctx, queued);
        slow.load(kr.sangsaeng.review.service.TestRounds.over(store));
        queued.drain();
        slow.chooseReviewer(slow.state().reviewers().stream().filter(r -> r.name().equals(NEW_REVIEWER))
                .findFirst().orElseThrow());
        queued.drain();

        slow.reload();                          // the tab is shown again: a read is queued
        slow.editor().typeDigit(4, 0);          // and the reviewer types before it returns
        queued.drain();

        assertThat(slow.state().currentScores()).containsValue(4.0);
        assertThat(scoresOnDisk()).isEqualTo(1);
    }

    private String ref() {
        return st.currentCaseProperty().get().submission().ref();
    }

    private int scoresOnDisk() {
        try {
            return countOnDisk("SELECT count(*) FROM score s JOIN reviewer r ON r.id = s.reviewer_id WHERE r.name = ?",
                    NEW_REVIEWER);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads through a connection of its own, which sees only committed data. */
    private int countOnDisk(String sql, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
