package kr.sangsaeng.review.ui.meeting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import kr.sangsaeng.review.analysis.ballot.BallotMethod;
import kr.sangsaeng.review.format.Figures;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.ConflictKind;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.MeetingReader;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The Meeting tab (docs/meeting.md): the agenda with its order and timer on the left; the case in
 * discussion with notes, minutes and the decision; the pledge and conflicts; the final ballot; and
 * the projector window, which follows the agenda.
 */
public final class MeetingController {
    private final AppContext ctx;
    private final MeetingViewModel vm;
    private final CaseCard card;
    private final Timeline timer = new Timeline();
    private ProjectorWindow projector;
    private int seconds;

    @FXML private BorderPane meetingRoot;
    @FXML private ComboBox<Reviewer> actingPicker;
    @FXML private Label messageLabel;
    @FXML private ListView<MeetingCase> agendaList;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Label timerLabel;
    @FXML private Button timerButton;
    @FXML private StackPane cardHolder;
    @FXML private CheckBox revealCheck;
    @FXML private Label hiddenLabel;
    @FXML private ListView<CaseNote> noteList;
    @FXML private ComboBox<NoteKind> noteKindPicker;
    @FXML private TextField noteField;
    @FXML private TextArea minutesArea;
    @FXML private Label reviewerLoginNote;
    @FXML private Button decideButton;
    @FXML private Button savePledgeButton;
    @FXML private Button recordBallotButton;
    @FXML private ComboBox<DecisionKind> decisionPicker;
    @FXML private Label pledgeSampleLabel;
    @FXML private TextArea pledgeArea;
    @FXML private Label confirmationsLabel;
    @FXML private ComboBox<Reviewer> affiliationReviewerPicker;
    @FXML private TextField affiliationField;
    @FXML private Label likelyLabel;
    @FXML private ComboBox<Reviewer> conflictReviewerPicker;
    @FXML private ComboBox<Submission> conflictCasePicker;
    @FXML private ComboBox<ConflictKind> conflictKindPicker;
    @FXML private TextField conflictReasonField;
    @FXML private Label conflictsLabel;
    @FXML private ComboBox<BallotMethod> ballotMethodPicker;
    @FXML private TextField seedField;
    @FXML private TextField castingField;
    @FXML private TextArea ballotArea;
    @FXML private TextArea ballotResultArea;
    @FXML private CheckBox namedCheck;

    public MeetingController(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new MeetingViewModel(ctx, ctx.dbRunner(), ctx.computeRunner());
        this.card = new CaseCard(ctx, 1);
    }

    /** Reads the round again, as when the tab comes back on screen. */
    public void refresh() {
        vm.load();
    }

    MeetingViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        cardHolder.getChildren().add(card);
        messageLabel.textProperty().bind(vm.messageProperty());
        setUpPickers();
        agendaList.setItems(vm.agenda());
        agendaList.setCellFactory(l -> new AgendaCell());
        agendaList.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                vm.currentProperty().set(i.intValue());
            }
        });
        vm.currentProperty().addListener((o, a, i) -> {
            agendaList.getSelectionModel().select(i.intValue());
            resetTimer();
            showCase();
        });
        vm.notes().addListener((javafx.collections.ListChangeListener<CaseNote>) c -> showCase());
        noteList.setItems(vm.notes());
        noteList.setCellFactory(l -> new NoteCell());
        revealCheck.selectedProperty().addListener((o, a, b) -> showCase());
        vm.snapshotProperty().addListener((o, a, s) -> showSnapshot(s));
        if (Boolean.getBoolean("sangsaeng.openProjector")) {
            // For screenshots and rehearsals: the projector opens with the first agenda.
            vm.agenda().addListener((javafx.collections.ListChangeListener<MeetingCase>) c -> {
                if (projector == null && !vm.agenda().isEmpty()) {
                    javafx.application.Platform.runLater(this::openProjector);
                }
            });
        }
        vm.ballotProperty().addListener((o, a, r) -> ballotResultArea.setText(r == null ? "" : BallotText.of(ctx, r)));
        timer.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        ctx.roundProperty().addListener((o, a, r) -> vm.load());
        ctx.externalChangesProperty().addListener((o, a, b) -> vm.load());
        showReviewerLogin();
        vm.load();
    }

    /**
     * A reviewer's login on a server round writes its own notes, pledge confirmation, affiliations
     * and conflicts; the agenda, the pledge, the minutes, decisions and ballots the server takes from
     * the secretary only (docs/server-mode.md, "Roles enforced by the server"), so they are off here,
     * and a sentence says why.
     */
    private void showReviewerLogin() {
        javafx.beans.binding.BooleanExpression reviewer = ctx.reviewerLoginProperty();
        reviewerLoginNote.setText(ctx.text("reviewerLogin.meeting"));
        reviewerLoginNote.visibleProperty().bind(reviewer);
        reviewerLoginNote.managedProperty().bind(reviewer);
        for (javafx.scene.Node n : List.of(upButton, downButton, minutesArea, decisionPicker, decideButton,
                savePledgeButton, recordBallotButton)) {
            n.disableProperty().bind(reviewer);
        }
        pledgeArea.editableProperty().bind(reviewer.not());
        reviewer.addListener((o, was, now) -> fitNoteKinds());
        fitNoteKinds();
    }

    private void fitNoteKinds() {
        NoteKind chosen = noteKindPicker.getValue();
        List<NoteKind> kinds = noteKinds();
        if (!noteKindPicker.getItems().equals(kinds)) {
            noteKindPicker.getItems().setAll(kinds);
        }
        noteKindPicker.setValue(kinds.contains(chosen) ? chosen : NoteKind.SHARED);
    }

    /** The kinds of note this login may write: the minutes are the secretary's on a server round. */
    private List<NoteKind> noteKinds() {
        return java.util.Arrays.stream(NoteKind.values())
                .filter(k -> k != NoteKind.MINUTES || !ctx.reviewerLoginProperty().get()).toList();
    }

    private void setUpPickers() {
        javafx.util.StringConverter<Reviewer> reviewerNames = new javafx.util.StringConverter<>() {
            @Override
            public String toString(Reviewer r) {
                return r == null ? "" : r.name();
            }

            @Override
            public Reviewer fromString(String s) {
                return null;
            }
        };
        List.of(actingPicker, affiliationReviewerPicker, conflictReviewerPicker).forEach(p -> p.setConverter(reviewerNames));
        vm.actingProperty().bind(actingPicker.valueProperty());
        affiliationReviewerPicker.valueProperty().addListener((o, a, r) -> showAffiliations());
        conflictCasePicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Submission s) {
                return s == null ? "" : s.ref() + " " + s.platformName();
            }

            @Override
            public Submission fromString(String s) {
                return null;
            }
        });
        noteKindPicker.getItems().setAll(NoteKind.values());
        noteKindPicker.setValue(NoteKind.SHARED);
        noteKindPicker.setConverter(named(k -> ctx.text("meeting.noteKind." + k.key())));
        conflictKindPicker.getItems().setAll(ConflictKind.values());
        conflictKindPicker.setValue(ConflictKind.RECUSAL);
        conflictKindPicker.setConverter(named(k -> ctx.text("meeting.conflictKind." + k.key())));
        decisionPicker.getItems().setAll(DecisionKind.values());
        decisionPicker.setValue(DecisionKind.SHORTLISTED);
        decisionPicker.setConverter(named(k -> ctx.text("meeting.decisionKind." + k.key())));
        ballotMethodPicker.getItems().setAll(BallotMethod.values());
        ballotMethodPicker.setValue(BallotMethod.SCHULZE);
        ballotMethodPicker.setConverter(named(k -> ctx.text("meeting.ballot.method." + k.key())));
    }

    private static <T> javafx.util.StringConverter<T> named(java.util.function.Function<T, String> f) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void showSnapshot(MeetingReader.Snapshot s) {
        List<Reviewer> panel = s.panel().reviewers();
        // A reviewer's login acts, declares and states affiliations as its own reviewer only (docs/server-mode.md).
        List<Reviewer> reviewers = ctx.round() == null || !ctx.round().isReviewerLogin() ? panel : panel.stream()
                .filter(r -> ctx.round().ownReviewer().map(id -> id == r.id()).orElse(false)).toList();
        Reviewer acting = actingPicker.getValue();
        if (!actingPicker.getItems().equals(reviewers)) {
            actingPicker.getItems().setAll(reviewers);
        }
        actingPicker.setValue(acting != null && reviewers.contains(acting) ? acting
                : reviewers.stream().filter(r -> r.role().contains("위원장")).findFirst().orElse(reviewers.isEmpty() ? null : reviewers.get(0)));
        hiddenLabel.setText(s.othersHidden() && acting != null
                ? ctx.text("meeting.othersHidden", acting.name()) : "");
        hiddenLabel.setVisible(!hiddenLabel.getText().isEmpty());
        hiddenLabel.setManaged(hiddenLabel.isVisible());
        keep(affiliationReviewerPicker, reviewers);
        keep(conflictReviewerPicker, reviewers);
        keep(conflictCasePicker, s.panel().submissions());
        pledgeArea.setText(s.pledge().map(p -> p.text()).orElse(""));
        pledgeSampleLabel.setText(s.pledge().map(p -> p.sample() ? ctx.text("meeting.pledge.sample") : "")
                .orElse(ctx.text("meeting.pledge.none")));
        Map<Long, String> names = panel.stream().collect(Collectors.toMap(Reviewer::id, Reviewer::name));
        confirmationsLabel.setText(s.confirmations().isEmpty() ? ctx.text("meeting.pledge.noConfirmations")
                : ctx.text("meeting.pledge.confirmations", s.confirmations().stream().map(c -> names.get(c.reviewerId())
                + " (" + c.confirmedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + ")").collect(Collectors.joining(", "))));
        Map<Long, String> refs = s.panel().submissions().stream().collect(Collectors.toMap(Submission::id,
                x -> x.ref() + " " + x.platformName()));
        likelyLabel.setText(s.likely().isEmpty() ? ctx.text("meeting.likely.none") : ctx.text("meeting.likely",
                s.likely().stream().map(f -> names.get(f.reviewerId()) + " — " + refs.get(f.submissionId()) + " ("
                        + f.affiliation() + ")").collect(Collectors.joining("\n"))));
        conflictsLabel.setText(s.conflicts().isEmpty() ? ctx.text("meeting.conflicts.none")
                : s.conflicts().stream().map(c -> ctx.text("meeting.conflict.line", refs.get(c.submissionId()),
                names.get(c.reviewerId()), ctx.text("meeting.conflictKind." + c.kind().key()), c.reason()))
                .collect(Collectors.joining("\n")));
        showAffiliations();
        if (ballotArea.getText().isBlank()) {
            ballotArea.setText(BallotDraft.of(s));
        }
    }

    private static <T> void keep(ComboBox<T> box, List<T> items) {
        T v = box.getValue();
        box.getItems().setAll(items);
        box.setValue(v != null && items.contains(v) ? v : items.isEmpty() ? null : items.get(0));
    }

    private void showAffiliations() {
        MeetingReader.Snapshot s = vm.snapshotProperty().get();
        Reviewer r = affiliationReviewerPicker.getValue();
        if (s == null || r == null) {
            return;
        }
        affiliationField.setText(s.affiliations().stream().filter(a -> a.reviewerId() == r.id()).map(a -> a.name())
                .collect(Collectors.joining(", ")));
    }

    private void showCase() {
        var c = vm.currentCase();
        if (c.isEmpty()) {
            card.clear();
            if (projector != null) {
                projector.card().clear();
            }
            return;
        }
        int pos = vm.currentProperty().get() + 1;
        MeetingReader.Snapshot snap = vm.snapshotProperty().get();
        long id = c.get().submission().id();
        List<MeetingReader.Pin> pins = snap == null ? List.of()
                : snap.pins().stream().filter(p -> p.submissionId() == id).toList();
        card.show(c.get(), pos, vm.agenda().size(), vm.notes(), revealCheck.isSelected());
        card.showPins(pins);
        if (projector != null) {
            projector.card().show(c.get(), pos, vm.agenda().size(), vm.notes(), revealCheck.isSelected());
            projector.card().showPins(pins);
        }
        agendaList.refresh();
    }

    void next() {
        vm.next();
    }

    void previous() {
        vm.previous();
    }

    void toggleReveal() {
        revealCheck.setSelected(!revealCheck.isSelected());
    }

    @FXML
    private void openProjector() {
        if (projector == null) {
            projector = new ProjectorWindow(ctx, this, meetingRoot.getScene() == null ? null : meetingRoot.getScene().getWindow());
            projector.stage().setOnHidden(e -> projector = null);
        }
        projector.open(!Boolean.getBoolean("sangsaeng.projectorWindowed"));
        showCase();
    }

    /** The open projector window, for tests and screenshots. */
    ProjectorWindow projector() {
        return projector;
    }

    @FXML
    private void moveUp() {
        vm.move(-1);
    }

    @FXML
    private void moveDown() {
        vm.move(1);
    }

    @FXML
    private void toggleTimer() {
        if (timer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            timer.pause();
            timerButton.setText(ctx.text("meeting.timer.start"));
        } else {
            timer.play();
            timerButton.setText(ctx.text("meeting.timer.pause"));
        }
    }

    @FXML
    private void resetTimer() {
        timer.stop();
        seconds = 0;
        timerLabel.setText("0:00");
        timerButton.setText(ctx.text("meeting.timer.start"));
    }

    private void tick() {
        seconds++;
        timerLabel.setText(seconds / 60 + ":" + String.format("%02d", seconds % 60));
    }

    @FXML
    private void addNote() {
        if (!noteField.getText().isBlank()) {
            vm.addNote(noteKindPicker.getValue(), noteField.getText());
            noteField.clear();
        }
    }

    @FXML
    private void decide() {
        vm.decide(decisionPicker.getValue(), minutesArea.getText());
        minutesArea.clear();
    }

    @FXML
    private void savePledge() {
        vm.savePledge(pledgeArea.getText());
    }

    @FXML
    private void confirmPledge() {
        vm.confirmPledge();
    }

    @FXML
    private void saveAffiliations() {
        if (affiliationReviewerPicker.getValue() != null) {
            vm.saveAffiliations(affiliationReviewerPicker.getValue(), affiliationField.getText());
        }
    }

    @FXML
    private void declareConflict() {
        if (conflictReviewerPicker.getValue() != null && conflictCasePicker.getValue() != null) {
            vm.declareConflict(conflictReviewerPicker.getValue(), conflictCasePicker.getValue(),
                    conflictKindPicker.getValue(), conflictReasonField.getText());
            conflictReasonField.clear();
        }
    }

    @FXML
    private void countBallot() {
        long seed;
        try {
            seed = Long.parseLong(seedField.getText().strip());
        } catch (NumberFormatException e) {
            vm.messageProperty().set(ctx.text("meeting.ballot.badSeed"));
            return;
        }
        List<String> casting = java.util.Arrays.stream(castingField.getText().split("[,\\s]+"))
                .filter(x -> !x.isBlank()).toList();
        vm.countBallot(ballotMethodPicker.getValue(), ballotArea.getText(), casting, seed);
    }

    @FXML
    private void recordBallot() {
        vm.recordBallot(namedCheck.isSelected());
    }

    private final class AgendaCell extends ListCell<MeetingCase> {
        @Override
        protected void updateItem(MeetingCase c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                return;
            }
            String section = ctx.text("meeting.section." + c.section().name().toLowerCase(java.util.Locale.ROOT));
            String conflicted = c.conflicted().isEmpty() ? "" : " · " + ctx.text("meeting.agenda.leaves",
                    String.join(", ", c.conflicted()));
            String decided = c.decision().isEmpty() ? "" : " · " + ctx.text("meeting.decisionKind." + c.decision());
            setText((getIndex() + 1) + ". " + c.ref() + " " + c.submission().platformName() + "\n   " + section + " · "
                    + Figures.score(c.score(), ctx.locale()) + conflicted + decided);
        }
    }

    private final class NoteCell extends ListCell<CaseNote> {
        @Override
        protected void updateItem(CaseNote n, boolean empty) {
            super.updateItem(n, empty);
            setText(empty || n == null ? null : ctx.text("meeting.note.line", ctx.text("meeting.noteKind." + n.kind().key()),
                    n.author(), n.text()));
        }
    }
}
