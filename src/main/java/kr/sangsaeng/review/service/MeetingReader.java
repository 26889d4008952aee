package kr.sangsaeng.review.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.analysis.meeting.LikelyConflicts;
import kr.sangsaeng.review.model.Affiliation;
import kr.sangsaeng.review.model.Conflict;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.Pledge;
import kr.sangsaeng.review.model.PledgeConfirmation;
import kr.sangsaeng.review.store.ReviewStore;

/** What the meeting's screens show, read in one go on the store's thread. */
public final class MeetingReader {
    /**
     * The round as the meeting sees it; private notes are read per viewer through {@link NoteService}.
     * {@code othersHidden} says the panel holds only the viewer's own scores, as they have not
     * finalised their sheet yet. {@code agendaOrder} is the chair's saved order of the agenda.
     */
    public record Snapshot(boolean othersHidden, PanelData panel, ShortlistSettings rule, Map<Long, Decision> decisions,
                           Optional<Pledge> pledge, List<PledgeConfirmation> confirmations,
                           List<Affiliation> affiliations, List<Conflict> conflicts, List<LikelyConflicts.Flag> likely,
                           List<Long> agendaOrder, List<Pin> pins) {
    }

    /** A figure's evidence pin as the meeting shows it (docs/documents.md): which figure, where, and its status. */
    public record Pin(long submissionId, String metric, int page, String quote,
                      kr.sangsaeng.review.model.PinStatus status) {
    }

    private final ReviewStore store;

    public MeetingReader(ReviewStore store) {
        this.store = store;
    }

    /** The round as someone who may see every score sees it: the secretary, the report. */
    public Snapshot read() {
        return read(Actor.SECRETARY);
    }

    /** The round as the viewer may see it: a reviewer sees others' scores only once theirs are final. */
    public Snapshot read(Actor viewer) {
        ConflictService conflicts = new ConflictService(store);
        PledgeService pledge = new PledgeService(store);
        ScoreVisibility visibility = new ScoreVisibility(store);
        return new Snapshot(!visibility.seesOthers(viewer), visibility.panelFor(viewer), new CommitteeRuleService(store).current(),
                new DecisionService(store).byId(), pledge.current(), pledge.confirmations(), conflicts.affiliations(),
                conflicts.conflicts(), conflicts.likely(), store.agenda().order(), pins());
    }

    private List<Pin> pins() {
        Map<Long, String> labels = new java.util.HashMap<>();
        store.metrics().findAll().forEach(m -> labels.put(m.id(), m.label()));
        return store.pins().findAll().stream().map(p -> new Pin(p.submissionId(), labels.getOrDefault(p.metricId(), ""),
                p.page(), p.quote(), p.status())).toList();
    }
}
