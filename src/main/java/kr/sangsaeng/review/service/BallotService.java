package kr.sangsaeng.review.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.Ranker;
import kr.sangsaeng.review.analysis.SubmissionStats;
import kr.sangsaeng.review.analysis.ballot.Ballot;
import kr.sangsaeng.review.analysis.ballot.BallotCount;
import kr.sangsaeng.review.analysis.ballot.BallotMethod;
import kr.sangsaeng.review.analysis.ballot.BallotResult;
import kr.sangsaeng.review.analysis.ballot.TieBreakInputs;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.exchange.ballot.BallotJson;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The committee's final ballot (docs/analysis.md, "Final ballot"): counts ranked ballots over the
 * round's cases with the declared tie-break chain fed from the round's own figures, and records
 * method, ballots and tie-breaks in the decision record, audited. Call it on the store's thread.
 */
public final class BallotService {
    /** Made on first use: Jackson's data binding is 400 classes, which the window's start does not need. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final ReviewStore store;

    public BallotService(ReviewStore store) {
        this.store = store;
    }

    /** Every ref in the round (withdrawn cases too; the count refuses none the chair names). */
    public Set<String> refs() {
        return store.submissions().findAll().stream().map(s -> s.ref()).collect(Collectors.toSet());
    }

    /** Counts the ballots; the casting vote may be empty; the seed draws lots if all else is equal. */
    public BallotResult count(BallotMethod method, List<Ballot> ballots, List<String> castingVote, long seed) {
        Set<String> known = refs();
        for (Ballot b : ballots) {
            b.order().stream().filter(r -> !known.contains(r)).findFirst().ifPresent(r -> {
                throw new IllegalArgumentException("There is no case with the ref '" + r + "'");
            });
        }
        // A mistyped casting vote would otherwise be ignored until the tie it was meant for.
        castingVote.stream().filter(r -> !known.contains(r)).findFirst().ifPresent(r -> {
            throw new IllegalArgumentException("There is no case with the ref '" + r + "'");
        });
        return BallotCount.count(method, ballots, tieInputs(castingVote, seed));
    }

    /** The figures the tie-break chain reads, from the round's panel under the rubric's weights. */
    TieBreakInputs tieInputs(List<String> castingVote, long seed) {
        PanelAnalysis a = PanelAnalysis.of(PanelLoader.load(store));
        Map<String, Double> criterionMean = new HashMap<>();
        Map<String, Double> median = new HashMap<>();
        if (a.table().criterionCount() > 0) {
            int top = Ranker.tieBreakCriterion(a.weights());
            for (SubmissionStats s : a.scores(kr.sangsaeng.review.analysis.PanelMethod.MEAN).submissions()) {
                criterionMean.put(s.submission().ref(), s.criterionMeans().get(top));
                median.put(s.submission().ref(), s.median());
            }
        }
        return new TieBreakInputs(criterionMean, median, castingVote, seed);
    }

    /**
     * Writes the count into the decision record with the ballots, named or as "member 1", "member 2"
     * (the chair's choice), and an audit entry saying who recorded which order.
     */
    public long record(BallotResult result, List<Ballot> ballots, boolean named, Actor actor) {
        String json = BallotJson.record(result, ballots, named, actor.name(), Instant.now().toString());
        return store.decisionRecords().appendAudited(json, actor.name(), "ballot",
                result.method().key() + ": " + String.join(" > ", result.order()));
    }

    /** The ballots recorded in this file, oldest first, as their JSON. */
    public List<JsonNode> recorded() {
        List<JsonNode> out = new ArrayList<>();
        for (String r : store.decisionRecords().findAll()) {
            try {
                JsonNode n = Json.MAPPER.readTree(r);
                if ("ballot".equals(n.path("kind").asText())) {
                    out.add(n);
                }
            } catch (java.io.IOException e) {
                // a record this build cannot read is not a ballot; the shortlist records stay as they are
            }
        }
        return out;
    }
}
