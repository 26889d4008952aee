package kr.sangsaeng.review.exchange.shortlist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a server round's contents, standing in for a review file's SHA-256 in the
 * decision record (docs/server-mode.md): every value the export read, in the order read, as text.
 * The records' own text forms are fixed by their components, so the same contents give the same hash.
 */
final class ContentHash {
    private ContentHash() {
    }

    static String of(RoundSnapshot s) {
        MessageDigest digest = sha256();
        add(digest, List.of(s.round()));
        add(digest, s.panel().criteria());
        add(digest, s.panel().reviewers());
        add(digest, s.panel().submissions());
        add(digest, s.panel().scores());
        add(digest, s.panel().reviews());
        add(digest, s.metrics());
        add(digest, s.metricValues());
        add(digest, s.decisions());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, List<?> rows) {
        for (Object row : rows) {
            digest.update(String.valueOf(row).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
