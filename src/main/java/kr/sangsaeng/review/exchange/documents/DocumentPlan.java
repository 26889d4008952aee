package kr.sangsaeng.review.exchange.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What adding a set of files would do, worked out before anything is stored: which case each file
 * goes to, which are already there (or appear twice), and which cannot be added and why. Applying
 * is all or nothing: a plan with any refused file adds nothing.
 */
public record DocumentPlan(List<Item> items) {
    public DocumentPlan {
        items = List.copyOf(items);
    }

    public enum Outcome {
        /** Will be added to its case. */
        ADD,
        /** The case holds this content already: nothing to do. */
        ALREADY_STORED,
        /** The same content appears earlier in this set for the same case: added once. */
        REPEATED,
        /** Cannot be added; see the problem. */
        REFUSED
    }

    /** One chosen file. {@code ref} is empty when no case matched; {@code sha256} when unreadable. */
    public record Item(Path path, String name, Optional<String> ref, Outcome outcome, Optional<Inspection> inspection,
                       String sha256, long bytes, Optional<DocumentProblem> problem) {
    }

    public boolean isValid() {
        return items.stream().noneMatch(i -> i.outcome() == Outcome.REFUSED);
    }

    public List<Item> toAdd() {
        return with(Outcome.ADD);
    }

    public List<Item> refused() {
        return with(Outcome.REFUSED);
    }

    /** Files matched to no case (a kind of refusal the preview lists on its own). */
    public List<Item> unmatched() {
        return items.stream().filter(i -> i.problem().map(p -> p.reason() == DocumentProblem.Reason.NO_CASE
                || p.reason() == DocumentProblem.Reason.NO_SUCH_CASE).orElse(false)).toList();
    }

    public List<Item> duplicates() {
        return items.stream().filter(i -> i.outcome() == Outcome.ALREADY_STORED || i.outcome() == Outcome.REPEATED).toList();
    }

    private List<Item> with(Outcome o) {
        return items.stream().filter(i -> i.outcome() == o).toList();
    }
}
