package kr.sangsaeng.review.ui.meeting;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sangsaeng.review.analysis.ballot.Ballot;
import kr.sangsaeng.review.analysis.ballot.BallotMethod;
import kr.sangsaeng.review.analysis.ballot.BallotResult;
import kr.sangsaeng.review.exchange.ballot.BallotCsv;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.ConflictKind;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.MeetingReader;
import kr.sangsaeng.review.service.MeetingServices;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.TaskRunner;

/**
 * The meeting's state: the snapshot of the round, the agenda (in the chair's order), the case in
 * discussion, its notes as the acting member may see them, and the last ballot counted. Writes go
 * through the meeting and committee services on the database thread; the agenda is computed on
 * the compute thread.
 */
public final class MeetingViewModel {
    private final AppContext ctx;
    private final TaskRunner db;
    private final TaskRunner compute;
    private final ObjectProperty<MeetingReader.Snapshot> snapshot = new SimpleObjectProperty<>();
    private final ObservableList<MeetingCase> agenda = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Reviewer> acting = new SimpleObjectProperty<>();
    private final ObservableList<CaseNote> notes = FXCollections.observableArrayList();
    private final ObjectProperty<BallotResult> ballot = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private List<Ballot> ballots = List.of();
    private MeetingServices shownFrom;

    public MeetingViewModel(AppContext ctx, TaskRunner db, TaskRunner compute) {
        this.ctx = ctx;
        this.db = db;
        this.compute = compute;
        current.addListener((o, a, b) -> loadNotes());
        // Who is acting decides what the meeting may show of the panel's scores: read again.
        // (The picker passes through no one while its list is refilled: that is no change of member.)
        acting.addListener((o, a, b) -> {
            if (b != null && (a == null || a.id() != b.id())) {
                load();
            }
        });
    }

    public ObjectProperty<MeetingReader.Snapshot> snapshotProperty() {
        return snapshot;
    }

    public ObservableList<MeetingCase> agenda() {
        return agenda;
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    public ObjectProperty<Reviewer> actingProperty() {
        return acting;
    }

    public ObservableList<CaseNote> notes() {
        return notes;
    }

    public ObjectProperty<BallotResult> ballotProperty() {
        return ballot;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public Optional<MeetingCase> currentCase() {
        int i = current.get();
        return i >= 0 && i < agenda.size() ? Optional.of(agenda.get(i)) : Optional.empty();
    }

    private MeetingServices meeting() {
        OpenRound r = ctx.round();
        return r == null ? null : r.meeting();
    }

    private Actor actor() {
        Reviewer r = acting.get();
        return r == null ? Actor.SECRETARY : Actor.reviewer(r);
    }

    /** Reads the round again and rebuilds the agenda, keeping the chair's order where cases remain. */
    public void load() {
        MeetingServices m = meeting();
        if (m != shownFrom) {
            // Another file (or the same one opened again): its own saved order applies, not the screen's.
            shownFrom = m;
            agenda.clear();
        }
        if (m == null) {
            return;
        }
        Actor viewer = actor();
        db.run(() -> m.reader().read(viewer), s -> {
            snapshot.set(s);
            compute.run(() -> AgendaBuilder.build(s), this::showAgenda, this::failed);
        }, this::failed);
    }

    private void showAgenda(List<MeetingCase> built) {
        String keep = currentCase().map(MeetingCase::ref).orElse(null);
        // The chair's order: as on screen, else as saved in the file; new cases follow.
        List<Long> order = agenda.isEmpty() && snapshot.get() != null ? snapshot.get().agendaOrder()
                : agenda.stream().map(c -> c.submission().id()).toList();
        List<MeetingCase> next = new java.util.ArrayList<>(built);
        if (!order.isEmpty()) {
            next.sort(java.util.Comparator.comparingInt(c -> {
                int i = order.indexOf(c.submission().id());
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
        }
        agenda.setAll(next);
        loadNotes();
        int at = keep == null ? 0 : Math.max(0, next.stream().map(MeetingCase::ref).toList().indexOf(keep));
        current.set(-1);
        current.set(next.isEmpty() ? -1 : at);
    }

    /** Moves the selected case up (-1) or down (+1) the agenda. */
    public void move(int by) {
        int i = current.get();
        int j = i + by;
        if (i < 0 || j < 0 || j >= agenda.size()) {
            return;
        }
        MeetingCase c = agenda.remove(i);
        agenda.add(j, c);
        current.set(j);
        saveOrder();
    }

    /** Keeps the chair's order in the file, so it survives closing and reopening it. */
    private void saveOrder() {
        MeetingServices m = meeting();
        if (m == null) {
            return;
        }
        List<Long> ids = agenda.stream().map(x -> x.submission().id()).toList();
        Actor who = actor();
        db.run(() -> m.agenda().save(ids, who), saved -> { }, this::failed);
    }

    public void next() {
        if (current.get() + 1 < agenda.size()) {
            current.set(current.get() + 1);
        }
    }

    public void previous() {
        if (current.get() > 0) {
            current.set(current.get() - 1);
        }
    }

    private void loadNotes() {
        MeetingServices m = meeting();
        Optional<MeetingCase> c = currentCase();
        if (m == null || c.isEmpty()) {
            notes.clear();
            return;
        }
        Actor viewer = actor();
        long id = c.get().submission().id();
        db.run(() -> m.notes().visibleTo(id, viewer), list -> {
            if (currentCase().map(x -> x.submission().id() == id).orElse(false)) {
                notes.setAll(list);
            }
        }, this::failed);
    }

    public void savePledge(String text) {
        write(m -> m.pledge().edit(text, Actor.SECRETARY), "meeting.pledge.saved");
    }

    public void confirmPledge() {
        Reviewer r = acting.get();
        if (r == null) {
            message.set(ctx.text("meeting.pickMember"));
            return;
        }
        write(m -> m.pledge().confirm(r.id(), Actor.reviewer(r)), "meeting.pledge.confirmed");
    }

    public void saveAffiliations(Reviewer r, String names) {
        List<String> list = List.of(names.split("[,;\\n]"));
        write(m -> m.conflicts().setAffiliations(r.id(), list, Actor.SECRETARY), "meeting.affiliations.saved");
    }

    public void declareConflict(Reviewer r, Submission s, ConflictKind kind, String reason) {
        write(m -> m.conflicts().declare(r.id(), s.id(), kind, reason, actor()), "meeting.conflict.declared");
    }

    public void addNote(NoteKind kind, String text) {
        currentCase().ifPresent(c -> write(m -> m.notes().add(c.submission().id(), kind, text, actor()),
                "meeting.note.added"));
    }

    /** Records the decision through the committee's DecisionService, and the minutes as the case's minutes. */
    public void decide(DecisionKind kind, String minutes) {
        currentCase().ifPresent(c -> {
            Actor who = actor();
            String text = minutes == null ? "" : minutes.strip();
            db.run(() -> {
                if (!text.isEmpty()) {
                    ctx.round().meeting().notes().add(c.submission().id(), NoteKind.MINUTES, text, who);
                }
                String note = text.length() > 2_000 ? text.substring(0, 2_000) : text;
                return ctx.round().committee().decisions().decide(c.submission().id(), kind, note, who);
            }, d -> {
                message.set(ctx.text("meeting.decision.recorded", c.ref()));
                ctx.notifyDataChanged();
                load();
                loadNotes();
            }, this::failed);
        });
    }

    /**
     * Counts ballots typed as CSV ({@code voter,1,2,3,…}) with the chair's casting vote (refs in the
     * chair's order, may be empty); the problems go to the message line.
     */
    public void countBallot(BallotMethod method, String csv, List<String> casting, long seed) {
        MeetingServices m = meeting();
        if (m == null) {
            return;
        }
        db.run(() -> {
            List<Ballot> read = BallotCsv.read(new StringReader(csv), m.ballots().refs());
            return new Object[] {read, m.ballots().count(method, read, casting, seed)};
        }, r -> {
            @SuppressWarnings("unchecked")
            List<Ballot> read = (List<Ballot>) r[0];
            ballots = read;
            ballot.set((BallotResult) r[1]);
            message.set("");
        }, this::failed);
    }

    public void recordBallot(boolean named) {
        BallotResult r = ballot.get();
        if (r == null) {
            return;
        }
        List<Ballot> b = ballots;
        write(m -> m.ballots().record(r, b, named, actor()), "meeting.ballot.recorded");
    }

    private void write(java.util.function.Consumer<MeetingServices> work, String doneKey) {
        MeetingServices m = meeting();
        if (m == null) {
            return;
        }
        db.run(() -> {
            work.accept(m);
            return Boolean.TRUE;
        }, ok -> {
            message.set(ctx.text(doneKey));
            ctx.notifyDataChanged();
            load();
            loadNotes();
        }, this::failed);
    }

    private void failed(Throwable t) {
        if (t instanceof BallotCsv.BadBallotsException bad) {
            message.set(String.join("\n", bad.problems().stream().map(Object::toString).toList()));
            return;
        }
        message.set(ErrorMessages.describe(ctx, t));
    }
}
