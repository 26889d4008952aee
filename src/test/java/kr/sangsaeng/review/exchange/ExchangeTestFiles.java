package kr.sangsaeng.review.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Files for import tests, and a fingerprint of a review file's whole content. */
public final class ExchangeTestFiles {
    private static final List<String> TABLES = List.of("round", "platform", "submission", "submission_area", "metric",
            "metric_value", "criterion", "reviewer", "score", "review", "decision", "audit_log", "decision_record", "setting");

    private ExchangeTestFiles() {
    }

    public static Path csv(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    public static Path bytes(Path dir, String name, String text, Charset charset, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.write(text.getBytes(charset));
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    /** Row counts of every table. */
    public static Map<String, Integer> rowCounts(Path db) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    counts.put(t, rs.getInt(1));
                }
            }
        }
        return counts;
    }

    /** SHA-256 of every row of every table, in a fixed order: equal exactly when the content is. */
    public static String contentHash(Path db) throws SQLException, NoSuchAlgorithmException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return contentHash(c);
        }
    }

    /** The same over a connection of its own to a review file or a server round. */
    public static String contentHash(Connection c) throws SQLException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
                sha.update(("#" + t + "\n").getBytes(StandardCharsets.UTF_8));
                // The commit count and time say when, not what: two files with equal content may differ there.
                String where = t.equals("setting") ? " WHERE key NOT IN ('commit_counter', 'commit_time')" : "";
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + where + " ORDER BY 1, 2")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            sha.update((rs.getString(i) + "\u0001").getBytes(StandardCharsets.UTF_8));
                        }
                        sha.update((byte) '\n');
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
