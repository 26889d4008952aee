package kr.sangsaeng.review.analysis.ballot;

/**
 * The declared tie-break chain, tried in this order on cases the ballot leaves tied
 * (docs/analysis.md, "Final ballot"). Keys are what the decision record and the JSON print.
 */
public enum TieBreakStep {
    /** The higher panel mean on the rubric's highest-weighted criterion. */
    CRITERION_MEAN("criterion_mean"),
    /** The higher median of the reviewers' totals. */
    MEDIAN("median"),
    /** The chair's casting vote: the order the chair gives to the cases still tied. */
    CASTING_VOTE("casting_vote"),
    /** Lots drawn with a recorded seed, so anyone can draw them again. */
    LOTS("lots");

    private final String key;

    TieBreakStep(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
