package kr.sangsaeng.review.analysis.ballot;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One committee member's ranked ballot: case refs, most preferred first. A ballot may leave
 * finalists out; they count as tied below every ref it names (docs/analysis.md, "Final ballot").
 */
public record Ballot(String voter, List<String> order) {
    public Ballot {
        Objects.requireNonNull(voter, "voter");
        order = List.copyOf(order);
        if (new HashSet<>(order).size() != order.size()) {
            throw new IllegalArgumentException("A ballot names each case once");
        }
    }

    /** The position of a ref on this ballot, or {@code order().size()} when it is left out. */
    int position(String ref) {
        int i = order.indexOf(ref);
        return i < 0 ? order.size() : i;
    }
}
