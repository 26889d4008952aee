package kr.sangsaeng.review.analysis.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The meeting's agenda built from the results (docs/meeting.md): clear consensus first (quick to
 * confirm), then the cases on the cut-off by rank stability, then the rest by most disagreement
 * (spread of the reviewers' totals). Afterwards the cases each conflicted member must leave for
 * are drawn together, so that member leaves the room once.
 */
public final class Agenda {
    /** Why a case sits where it does. */
    public enum Section { CONSENSUS, CUTOFF, DISAGREEMENT }

    /**
     * A case as the agenda sees it: rank and panel score, spread (SD of totals, NaN below two
     * reviews), shortlist probability from rank stability (NaN when not run) and conflicted members.
     */
    public record Case(String ref, int rank, double score, double spread, double probability, Set<String> conflicted) {
        public Case {
            conflicted = Set.copyOf(conflicted);
        }

        boolean onCutoff() {
            return probability > 0.05 && probability < 0.95;
        }
    }

    public record Item(Case item, Section section) {
    }

    private Agenda() {
    }

    /**
     * @param consensusSpread a spread at or below this (points on 0–100) is clear consensus
     */
    public static List<Item> build(List<Case> cases, double consensusSpread) {
        List<Item> consensus = new ArrayList<>();
        List<Item> cutoff = new ArrayList<>();
        List<Item> rest = new ArrayList<>();
        for (Case c : cases) {
            if (c.onCutoff()) {
                cutoff.add(new Item(c, Section.CUTOFF));
            } else if (!Double.isNaN(c.spread()) && c.spread() <= consensusSpread) {
                consensus.add(new Item(c, Section.CONSENSUS));
            } else {
                rest.add(new Item(c, Section.DISAGREEMENT));
            }
        }
        consensus.sort(Comparator.comparingInt((Item i) -> i.item().rank()));
        cutoff.sort(Comparator.comparingDouble((Item i) -> -i.item().probability()));
        rest.sort(Comparator.comparingDouble((Item i) -> Double.isNaN(i.item().spread()) ? -1 : i.item().spread())
                .reversed());
        List<Item> out = new ArrayList<>(consensus);
        out.addAll(cutoff);
        out.addAll(rest);
        return groupByConflict(out);
    }

    /**
     * Moves each conflicted member's cases next to the first of them, member by member, most
     * conflicts first; a case keeps its section label. Where two members' conflicts overlap only
     * in part, the later member's cases may stay split: {@link #leavings} counts how often each leaves.
     */
    public static List<Item> groupByConflict(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        Set<String> members = new LinkedHashSet<>();
        items.forEach(i -> members.addAll(i.item().conflicted()));
        List<String> byCount = new ArrayList<>(members);
        byCount.sort(Comparator.comparingLong((String m) -> items.stream()
                .filter(i -> i.item().conflicted().contains(m)).count()).reversed());
        for (String m : byCount) {
            List<Item> theirs = out.stream().filter(i -> i.item().conflicted().contains(m)).toList();
            if (theirs.size() < 2) {
                continue;
            }
            int at = out.indexOf(theirs.get(0));
            out.removeAll(theirs);
            out.addAll(at, theirs);
        }
        return out;
    }

    /** How many separate times a member leaves the room, walking the agenda in order. */
    public static int leavings(List<Item> items, String member) {
        int n = 0;
        boolean out = false;
        for (Item i : items) {
            boolean conflicted = i.item().conflicted().contains(member);
            if (conflicted && !out) {
                n++;
            }
            out = conflicted;
        }
        return n;
    }
}
