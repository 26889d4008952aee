package kr.sangsaeng.review.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import adds and changes, counted in the kind's own items (cases, criteria, or scores and
 * reviews), with the new things it brings into the round and the conflicts it resolved.
 */
public record ImportSummary(ImportKind kind, int added, int changed, int unchanged, List<String> newMetrics,
                            List<String> newPlatforms, List<String> newReviewers, List<PreviewLine> conflicts,
                            List<String> warnings) {
    public ImportSummary {
        newMetrics = List.copyOf(newMetrics);
        newPlatforms = List.copyOf(newPlatforms);
        newReviewers = List.copyOf(newReviewers);
        conflicts = List.copyOf(conflicts);
        warnings = List.copyOf(warnings);
    }

    /** Whether importing would write anything at all. */
    public boolean changesAnything() {
        return added > 0 || changed > 0 || !newMetrics.isEmpty() || !newReviewers.isEmpty();
    }

    /**
     * Whether another plan of the same file would do the same: the same counts, new things and
     * conflicts (by item and resolution). Details may differ, e.g. the import time of rows without one.
     */
    public boolean sameOutcomeAs(ImportSummary other) {
        return kind == other.kind && added == other.added && changed == other.changed && unchanged == other.unchanged
                && newMetrics.equals(other.newMetrics) && newPlatforms.equals(other.newPlatforms)
                && newReviewers.equals(other.newReviewers) && outcomes(conflicts).equals(outcomes(other.conflicts));
    }

    private static List<String> outcomes(List<PreviewLine> lines) {
        return lines.stream().map(l -> l.change() + " " + l.key()).toList();
    }

    /** The summary in English lines, as the command line prints it. */
    public List<String> lines() {
        String items = switch (kind) {
            case SUBMISSIONS -> "cases";
            case RUBRIC -> "criteria";
            case SCORES -> "scores and reviews";
        };
        List<String> out = new ArrayList<>();
        out.add(items + ": " + added + " added, " + changed + " changed, " + unchanged + " unchanged");
        if (!newMetrics.isEmpty()) {
            out.add("new metrics (" + newMetrics.size() + "): " + String.join(", ", newMetrics));
        }
        if (!newPlatforms.isEmpty()) {
            out.add("new platforms: " + newPlatforms.size());
        }
        if (!newReviewers.isEmpty()) {
            out.add("new reviewers (" + newReviewers.size() + "): " + String.join(", ", newReviewers));
        }
        if (!conflicts.isEmpty()) {
            out.add("conflicts (" + conflicts.size() + "):");
            conflicts.forEach(c -> out.add("  " + c.key() + ": " + c.detail()));
        }
        warnings.forEach(w -> out.add("warning: " + w));
        return out;
    }
}
