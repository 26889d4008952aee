package kr.sangsaeng.review.analysis.ballot;

import java.util.ArrayList;
import java.util.List;

/**
 * Schulze's method with winning votes (Schulze 2011, as in the Wikipedia article "Schulze method"):
 * a link i→j is as strong as d[i][j] when d[i][j] > d[j][i], otherwise absent; a path is as strong
 * as its weakest link; p[i][j] is the strongest path. i ranks above j when p[i][j] > p[j][i]. That
 * relation is transitive, so the order comes out as groups of candidates no remaining one beats;
 * a group of more than one is a tie for the declared tie-break chain.
 */
public final class Schulze {
    private Schulze() {
    }

    /** The strongest-path table p, indexed like the pairwise table. */
    public static int[][] strongestPaths(Pairwise d) {
        int n = d.size();
        int[][] p = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && d.wins(i, j) > d.wins(j, i)) {
                    p[i][j] = d.wins(i, j);
                }
            }
        }
        // Floyd–Warshall for the widest path: k must be the outer loop.
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (i == k) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (j != i && j != k) {
                        p[i][j] = Math.max(p[i][j], Math.min(p[i][k], p[k][j]));
                    }
                }
            }
        }
        return p;
    }

    /** The candidates in groups, best group first; candidates within a group are tied. */
    public static List<List<String>> groups(Pairwise d, int[][] p) {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            left.add(i);
        }
        List<List<String>> out = new ArrayList<>();
        while (!left.isEmpty()) {
            List<Integer> top = new ArrayList<>();
            for (int i : left) {
                boolean beaten = false;
                for (int j : left) {
                    if (j != i && p[j][i] > p[i][j]) {
                        beaten = true;
                        break;
                    }
                }
                if (!beaten) {
                    top.add(i);
                }
            }
            left.removeAll(top);
            out.add(top.stream().map(d.candidates()::get).toList());
        }
        return out;
    }
}
