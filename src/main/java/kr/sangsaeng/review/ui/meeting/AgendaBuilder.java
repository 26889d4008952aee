package kr.sangsaeng.review.ui.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.RankedSubmission;
import kr.sangsaeng.review.analysis.Ranking;
import kr.sangsaeng.review.analysis.ReviewTable;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.analysis.SubmissionStability;
import kr.sangsaeng.review.analysis.SubmissionStats;
import kr.sangsaeng.review.analysis.meeting.Agenda;
import kr.sangsaeng.review.model.Conflict;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.MeetingReader;

/**
 * Builds the agenda's cases from a snapshot: ranking under the committee's rule, a short rank
 * stability run for the cut-off, and the conflicts. Pure computation; runs on the compute thread.
 */
final class AgendaBuilder {
    /**
     * A spread (SD of totals) at or below this many points is clear consensus; so is a spread at
     * or below the round's median spread, so that a round where every case is debated still
     * starts with its calmer half.
     */
    static final double CONSENSUS_SPREAD = 5;
    /** Enough draws to tell the cut-off cases apart; the Results tab runs the full count. */
    static final int DRAWS = 500;

    private AgendaBuilder() {
    }

    static List<MeetingCase> build(MeetingReader.Snapshot s) {
        PanelAnalysis a = PanelAnalysis.of(s.panel());
        ReviewTable t = a.table();
        if (t.submissionCount() == 0 || t.criterionCount() == 0) {
            return List.of();
        }
        Ranking ranking = a.ranking(s.rule().method());
        StabilityResult stability = a.stability(s.rule().withDraws(Math.min(DRAWS, s.rule().draws())).stabilityOptions(),
                StabilityProgress.NONE);
        Map<Long, Double> probability = new HashMap<>();
        for (SubmissionStability st : stability.submissions()) {
            probability.put(st.submission().id(), st.probability());
        }
        Map<Long, String> names = new HashMap<>();
        for (Reviewer r : s.panel().reviewers()) {
            names.put(r.id(), r.name());
        }
        Map<Long, Set<String>> conflicted = new HashMap<>();
        for (Conflict c : s.conflicts()) {
            conflicted.computeIfAbsent(c.submissionId(), k -> new HashSet<>()).add(names.get(c.reviewerId()));
        }
        List<Agenda.Case> cases = new ArrayList<>();
        Map<String, MeetingCase> byRef = new HashMap<>();
        for (RankedSubmission e : ranking.entries()) {
            SubmissionStats st = e.stats();
            long id = st.submission().id();
            List<MeetingCase.Dot> dots = new ArrayList<>();
            for (int r = 0; r < t.reviewerCount(); r++) {
                double total = a.totals().total(st.index(), r);
                if (!Double.isNaN(total)) {
                    dots.add(new MeetingCase.Dot(t.reviewers().get(r).name(), total));
                }
            }
            Set<String> who = conflicted.getOrDefault(id, Set.of());
            double p = probability.getOrDefault(id, Double.NaN);
            cases.add(new Agenda.Case(st.submission().ref(), e.rank(), st.panelScore(), st.sd(), p, who));
            var d = s.decisions().get(id);
            byRef.put(st.submission().ref(), new MeetingCase(st.submission(), null, e.rank(), st.panelScore(), st.median(),
                    st.sd(), p, dots, who, d == null ? "" : d.kind().key()));
        }
        List<MeetingCase> out = new ArrayList<>();
        double[] spreads = cases.stream().mapToDouble(Agenda.Case::spread).filter(x -> !Double.isNaN(x)).sorted().toArray();
        double median = spreads.length == 0 ? 0 : spreads[(spreads.length - 1) / 2];
        for (Agenda.Item i : Agenda.build(cases, Math.max(CONSENSUS_SPREAD, median))) {
            MeetingCase m = byRef.get(i.item().ref());
            out.add(new MeetingCase(m.submission(), i.section(), m.rank(), m.score(), m.median(), m.spread(),
                    m.probability(), m.dots(), m.conflicted(), m.decision()));
        }
        return out;
    }
}
