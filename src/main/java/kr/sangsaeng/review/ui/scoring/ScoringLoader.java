package kr.sangsaeng.review.ui.scoring;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.quantity.QuantityFormatter;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.submissions.SubmissionRow;

/** Reads what the Scoring view shows. Runs on the database thread; returns plain records. */
final class ScoringLoader {
    /** The per-file setting that remembers who last scored on this computer. */
    static final String REVIEWER_SETTING = "scoring.reviewerId";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    record Snapshot(Round round, List<Criterion> criteria, List<Reviewer> reviewers, List<CaseView> cases,
                    BlindLabels labels, ReviewerSheet sheet) {
    }

    private final AppContext ctx;

    ScoringLoader(AppContext ctx) {
        this.ctx = ctx;
    }

    /** Everything for the view; the sheet is the given reviewer's, else the one remembered for this file. */
    Snapshot snapshot(OpenRound store, Long reviewerId) {
        Round round = store.reader().round();
        // Withdrawn cases are out of the round: nobody scores them.
        List<Submission> subs = store.reader().submissions().stream()
                .filter(s -> s.status() != SubmissionStatus.WITHDRAWN).toList();
        BlindLabels labels = BlindLabels.of(subs, code -> ctx.text("scoring.caseLabel", code));
        List<CaseView> cases = caseViews(store, subs, round.blindMode() ? labels : null);
        List<Reviewer> reviewers = store.reader().reviewers();
        if (store.isReviewerLogin()) {
            // A reviewer's login scores as its own reviewer only: the server refuses any other sheet
            // (docs/server-mode.md, "Roles enforced by the server"), so no other is offered.
            reviewers = reviewers.stream().filter(x -> store.ownReviewer().map(id -> id == x.id()).orElse(false)).toList();
        }
        Long wanted = reviewerId != null ? reviewerId : store.ownReviewer().orElseGet(() -> remembered(store));
        Reviewer r = reviewers.stream().filter(x -> Objects.equals(x.id(), wanted)).findFirst().orElse(null);
        return new Snapshot(round, store.reader().criteria(), reviewers, cases, labels, r == null ? null : sheet(store, r));
    }

    ReviewerSheet sheet(OpenRound store, Reviewer r) {
        // The service decides what this reviewer may see of the others (docs/meeting.md).
        ReviewerSheet sheet = new ReviewerSheet(r, store.reader().scoresOf(r.id()), store.reader().reviewsOf(r.id()),
                store.reader().visibility().othersScores(Actor.reviewer(r)));
        if (store.scoring().needsPledge(r.id())) {
            store.meeting().pledge().current().ifPresent(p -> sheet.askPledge(p.text()));
        }
        return sheet;
    }

    /** Remembers the reviewer for this file and reads their sheet. */
    ReviewerSheet choose(OpenRound store, Reviewer r) {
        if (!store.isReviewerLogin()) {
            // The remembered choice is a setting of the round, which the server keeps for the secretary.
            store.scoring().rememberReviewer(REVIEWER_SETTING, r.id());
        }
        return sheet(store, r);
    }

    private static Long remembered(OpenRound store) {
        try {
            return store.reader().setting(REVIEWER_SETTING).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<CaseView> caseViews(OpenRound store, List<Submission> subs, BlindLabels blind) {
        List<Metric> metrics = store.reader().metrics();
        Map<Long, Map<Long, MetricValue>> values = new HashMap<>();
        for (MetricValue v : store.reader().metricValues()) {
            values.computeIfAbsent(v.submissionId(), k -> new HashMap<>()).put(v.metricId(), v);
        }
        List<CaseView> out = new ArrayList<>();
        for (Submission s : subs) {
            List<SubmissionRow.Figure> figures = new ArrayList<>();
            Map<Long, MetricValue> mine = values.getOrDefault(s.id(), Map.of());
            for (Metric m : metrics) {
                MetricValue v = mine.get(m.id());
                if (v != null) {
                    figures.add(new SubmissionRow.Figure(m.label(),
                            QuantityFormatter.format(v, m, ctx.locale()),
                            mask(blind, v.asWritten())));
                }
            }
            List<String> areas = s.areas().stream().sorted().map(a -> ctx.text("area." + a.key())).toList();
            String name = blind == null ? s.platformName() : blind.labelOf(s);
            String subtitle = blind == null ? s.ref() + "  ·  " + s.platformName() : name;
            out.add(new CaseView(s, name, subtitle, mask(blind, s.title()), mask(blind, s.summary()), areas, figures));
        }
        return out;
    }

    private static String mask(BlindLabels blind, String text) {
        return blind == null ? text : blind.mask(text);
    }

    /**
     * The reviewer's own changes to one case, newest first. Other reviewers' scores are left out so
     * that looking at the history cannot anchor a reviewer on a colleague's marks.
     */
    List<HistoryLine> history(OpenRound store, Submission s, Reviewer r, List<Criterion> criteria, BlindLabels blind) {
        String suffix = "/" + r.name();
        List<HistoryLine> lines = new ArrayList<>();
        for (AuditEntry e : store.reader().historyOf(s.ref())) {
            if (!e.entityKey().endsWith(suffix)) {
                continue;
            }
            String change = mask(blind, dash(e.oldValue())) + "  →  " + mask(blind, dash(e.newValue()));
            lines.add(new HistoryLine(WHEN.format(e.at()), e.actor(), what(e, s.ref(), suffix, criteria), change));
        }
        Collections.reverse(lines);
        return lines;
    }

    private String what(AuditEntry e, String ref, String suffix, List<Criterion> criteria) {
        if (!"score".equals(e.entity())) {
            return ctx.text("scoring.history.review");
        }
        String key = e.entityKey().substring(ref.length() + 1, e.entityKey().length() - suffix.length());
        return criteria.stream().filter(c -> c.key().equals(key)).map(Criterion::label).findFirst().orElse(key);
    }

    private static String dash(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
