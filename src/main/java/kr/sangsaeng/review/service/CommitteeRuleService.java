package kr.sangsaeng.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Optional;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The committee's rule, stored once per review file (docs/exports.md): Results, Compare, the export
 * dialog, every export and the command line read it from here, and every change is written to the
 * audit log with the acting person in the same transaction. Call it on the thread that owns the store.
 */
public final class CommitteeRuleService {
    /** The key of the rule in the review file's {@code setting} table; its value is JSON. */
    public static final String KEY = "committee_rule";

    /** Made on first use: a round without a stored rule (and every report on it) never needs it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /** The rule as stored: snake_case JSON, a missing threshold as null. */
    record Stored(String method, int topN, Double threshold, int maxPerArea, int minReviews, int draws, long seed,
                  double concentration) {
        static Stored of(ShortlistSettings s) {
            ShortlistRule r = s.rule();
            return new Stored(s.method().key(), r.topN(), r.hasThreshold() ? r.threshold() : null, r.maxPerArea(),
                    r.minReviews(), s.draws(), s.seed(), s.concentration());
        }

        ShortlistSettings settings() {
            return new ShortlistSettings(PanelMethod.fromKey(method),
                    new ShortlistRule(topN, threshold == null ? Double.NaN : threshold, maxPerArea, minReviews),
                    draws, seed, concentration);
        }
    }

    private final ReviewStore store;

    public CommitteeRuleService(ReviewStore store) {
        this.store = store;
    }

    /** The stored rule, or the default for this round when the committee has not set one yet. */
    public ShortlistSettings current() {
        return stored().orElseGet(() -> ShortlistSettings.defaults(activeCases()));
    }

    /** The rule as stored; empty before the committee first sets it (or when the stored text is unreadable). */
    public Optional<ShortlistSettings> stored() {
        return store.settings().get(KEY).flatMap(CommitteeRuleService::parse);
    }

    /**
     * Makes {@code next} the committee's rule; the audit log gets the old and new rule and who
     * changed it. Refuses a rule outside its bounds with a sentence that names the part.
     */
    public ShortlistSettings set(ShortlistSettings next, Actor actor) {
        check(next);
        store.settings().putAudited(KEY, toJson(next), actor.name());
        return next;
    }

    static void check(ShortlistSettings s) {
        ShortlistRule r = s.rule();
        if (r.hasThreshold() && (r.threshold() < 0 || r.threshold() > 100)) {
            throw new IllegalArgumentException("The score threshold must lie between 0 and 100");
        }
    }

    public static String toJson(ShortlistSettings s) {
        try {
            return Json.MAPPER.writeValueAsString(Stored.of(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rule always serialises", e);
        }
    }

    static Optional<ShortlistSettings> parse(String json) {
        try {
            return Optional.of(Json.MAPPER.readValue(json, Stored.class).settings());
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private int activeCases() {
        return store.submissions().countNotWithdrawn();
    }
}
