package kr.sangsaeng.review.analysis;

import java.util.List;

/** The outcome of a shortlist rule for every submission, in ranking order. */
public record ShortlistResult(ShortlistRule rule, Ranking ranking, List<ShortlistEntry> entries) {
    public ShortlistResult {
        entries = List.copyOf(entries);
    }

    /** The shortlisted submissions, best first. */
    public List<ShortlistEntry> shortlisted() {
        return entries.stream().filter(ShortlistEntry::shortlisted).toList();
    }
}
