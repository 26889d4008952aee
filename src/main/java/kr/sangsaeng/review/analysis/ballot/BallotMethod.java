package kr.sangsaeng.review.analysis.ballot;

import java.util.Locale;

/** How ranked ballots become one order (docs/analysis.md, "Final ballot"). */
public enum BallotMethod {
    /** Schulze's beatpath method (winning votes): the order of the strongest paths. */
    SCHULZE("schulze"),
    /** Borda count: n − 1 points for a first place down to 0; a case left off a ballot gets 0. */
    BORDA("borda");

    private final String key;

    BallotMethod(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static BallotMethod parse(String text) {
        String k = text.strip().toLowerCase(Locale.ROOT);
        for (BallotMethod m : values()) {
            if (m.key.equals(k)) {
                return m;
            }
        }
        throw new IllegalArgumentException("The ballot method is schulze or borda, not '" + text + "'");
    }
}
