package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.format.Figures;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How an exported shortlist was produced (docs/exports.md): enough to check that a ranking came from a
 * given review file and to compute it again. Every export carries it, and the review file keeps a
 * copy of each one (table {@code decision_record}) as JSON with snake_case keys.
 *
 * @param fileSha256 SHA-256 of the review file as it was when the export read it, before this record
 *                   was added to it (see docs/exports.md)
 * @param shortlist     refs the rule shortlisted, best first
 * @param ruleSource    {@code stored_rule} when the export followed the committee's stored rule,
 *                      {@code overridden} when options given for this export alone changed parts of it
 * @param ruleOverrides the parts of the rule this export overrode (e.g. {@code top_n}); empty otherwise
 * @param decisions     every decision the committee recorded, in ranking order
 * @param withdrawn     refs of withdrawn cases, which are never ranked or shortlisted
 */
public record DecisionRecord(String appVersion, String exportedAt, String format, String reviewFile,
                             String fileSha256, String round, boolean blindMode, String method,
                             Normalisation normalisation, Rule rule, Stability stability, List<Weight> weights,
                             int submissions, int reviewers, int completedReviews, List<String> shortlist,
                             String ruleSource, List<String> ruleOverrides, List<CommitteeDecision> decisions,
                             List<String> withdrawn, List<DocumentHash> documents) {
    public static final String STORED_RULE = "stored_rule";

    /**
     * True when the round was read from a server: {@code reviewFile} then names the server address and
     * {@code fileSha256} fingerprints the round's contents, not a file (docs/server-mode.md).
     */
    public boolean readFromServer() {
        return reviewFile != null && (reviewFile.startsWith("postgresql:") || reviewFile.startsWith("postgres:"));
    }

    public static final String OVERRIDDEN = "overridden";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** How scores became comparable: reviewer totals and, in the PDF, the metric figures. */
    public record Normalisation(String scores, String metrics) {
    }

    /** The shortlist rule; a missing threshold is {@code null}, 0 places or per-area maximum means no limit. */
    public record Rule(int topN, Double threshold, int maxPerArea, int minReviews) {
    }

    /** The rank-stability run behind the shortlist probabilities. */
    public record Stability(int draws, long seed, double concentration) {
    }

    /** One rubric criterion as it was weighted, with its scale. */
    public record Weight(String key, String label, double weight, double min, double max) {
    }

    /** A decision of the committee as the export saw it; {@code decidedAt} an ISO instant. */
    public record CommitteeDecision(String ref, String decision, String note, String decidedBy, String decidedAt) {
    }

    /** A case's document as it was when the ranking was made (docs/documents.md). */
    public record DocumentHash(String ref, String name, String sha256) {
    }

    public DecisionRecord {
        weights = List.copyOf(weights);
        shortlist = List.copyOf(shortlist);
        ruleSource = ruleSource == null ? STORED_RULE : ruleSource;
        ruleOverrides = ruleOverrides == null ? List.of() : List.copyOf(ruleOverrides);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        withdrawn = withdrawn == null ? List.of() : List.copyOf(withdrawn);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The same record naming the cases' documents by their hashes. */
    public DecisionRecord withDocuments(List<DocumentHash> docs) {
        return new DecisionRecord(appVersion, exportedAt, format, reviewFile, fileSha256, round, blindMode, method,
                normalisation, rule, stability, weights, submissions, reviewers, completedReviews, shortlist,
                ruleSource, ruleOverrides, decisions, withdrawn, docs);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision record always serialises", e);
        }
    }

    public static DecisionRecord fromJson(String json) throws JsonProcessingException {
        return JSON.readValue(json, DecisionRecord.class);
    }

    /**
     * The record as key–value lines for people (CSV comment rows, the XLSX sheet, the PDF), with the
     * same keys as the JSON so the two can be compared line by line.
     */
    public Map<String, String> lines() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("app_version", appVersion);
        m.put("exported_at", exportedAt);
        m.put("format", format);
        m.put("review_file", reviewFile);
        m.put("file_sha256", fileSha256);
        m.put("round", round);
        m.put("blind_mode", String.valueOf(blindMode));
        m.put("method", method);
        m.put("normalisation", "scores: " + normalisation.scores() + "; metrics: " + normalisation.metrics());
        m.put("rule", ruleText());
        m.put("rule_source", ruleOverrides.isEmpty() ? ruleSource
                : ruleSource + " (" + String.join(", ", ruleOverrides) + ")");
        m.put("stability", "draws " + stability.draws() + "; seed " + stability.seed()
                + "; concentration " + Figures.plain(stability.concentration()));
        m.put("weights", weights.stream().map(w -> w.key() + " " + Figures.plain(w.weight()) + " (scale "
                + Figures.plain(w.min()) + "-" + Figures.plain(w.max()) + ")").collect(Collectors.joining("; ")));
        m.put("submissions", String.valueOf(submissions));
        m.put("reviewers", String.valueOf(reviewers));
        m.put("completed_reviews", String.valueOf(completedReviews));
        m.put("shortlist", String.join("; ", shortlist));
        m.put("decisions", decisions.isEmpty() ? "none" : decisions.stream()
                .map(d -> d.ref() + " " + d.decision() + (d.note().isEmpty() ? "" : " \"" + d.note() + "\"")
                        + " (" + (d.decidedBy().isEmpty() ? "?" : d.decidedBy()) + ", " + d.decidedAt() + ")")
                .collect(Collectors.joining("; ")));
        m.put("withdrawn", withdrawn.isEmpty() ? "none" : String.join("; ", withdrawn));
        if (!documents.isEmpty()) {
            m.put("documents", documents.stream().map(d -> d.ref() + " " + d.sha256().substring(0, 16))
                    .collect(Collectors.joining("; ")));
        }
        return m;
    }

    private String ruleText() {
        return "top_n " + (rule.topN() == 0 ? "none" : rule.topN())
                + "; threshold " + (rule.threshold() == null ? "none" : Figures.plain(rule.threshold()))
                + "; max_per_area " + (rule.maxPerArea() == 0 ? "none" : rule.maxPerArea())
                + "; min_reviews " + rule.minReviews();
    }
}
