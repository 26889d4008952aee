package kr.sangsaeng.review.model;

/** One line of the rubric: its weight and the scale reviewers score it on. */
public record Criterion(long id, String key, String label, double weight, double min, double max,
                        String guidance, int position) {
    public Criterion {
        guidance = guidance == null ? "" : guidance;
    }

    public boolean accepts(double score) {
        return !Double.isNaN(score) && score >= min && score <= max;
    }
}
