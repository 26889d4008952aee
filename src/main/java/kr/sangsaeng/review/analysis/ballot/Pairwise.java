package kr.sangsaeng.review.analysis.ballot;

import java.util.List;

/**
 * The pairwise table: {@code wins(i, j)} is how many ballots put candidate i above candidate j.
 * Candidates are in the order given; the table is the input of Schulze's method and is shown to
 * the committee with either method.
 */
public final class Pairwise {
    private final List<String> candidates;
    private final int[][] d;

    private Pairwise(List<String> candidates, int[][] d) {
        this.candidates = candidates;
        this.d = d;
    }

    public static Pairwise of(List<String> candidates, List<Ballot> ballots) {
        int n = candidates.size();
        int[][] d = new int[n][n];
        for (Ballot b : ballots) {
            int[] pos = new int[n];
            for (int i = 0; i < n; i++) {
                pos[i] = b.position(candidates.get(i));
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (pos[i] < pos[j]) {
                        d[i][j]++;
                    }
                }
            }
        }
        return new Pairwise(List.copyOf(candidates), d);
    }

    public List<String> candidates() {
        return candidates;
    }

    public int size() {
        return candidates.size();
    }

    public int wins(int i, int j) {
        return d[i][j];
    }

    public int wins(String a, String b) {
        return d[candidates.indexOf(a)][candidates.indexOf(b)];
    }
}
