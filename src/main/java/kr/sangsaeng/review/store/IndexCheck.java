package kr.sangsaeng.review.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A check of the indexes proportionate to a large file: every index must hold one entry per row of
 * its table. {@code quick_check} does not look at index contents, and the full
 * {@code integrity_check} takes several seconds on a large round (docs/data-safety.md); counting
 * both sides finds an index that lost or gained entries, as a cut or overwritten page leaves it.
 */
final class IndexCheck {
    private IndexCheck() {
    }

    static List<String> problems(Connection c) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'")) {
            while (rs.next()) {
                String sql = rs.getString(3);
                // A partial index holds only some rows; comparing counts would be wrong.
                if (sql == null || !sql.toUpperCase(java.util.Locale.ROOT).contains(" WHERE ")) {
                    indexes.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String[] index : indexes) {
            // Both names come from sqlite_master (our own schema), never from input, and are quoted.
            String table = quoted(index[1]);
            long rows = count(c, "SELECT count(*) FROM " + table + " NOT INDEXED");
            long entries = count(c, "SELECT count(*) FROM " + table + " INDEXED BY " + quoted(index[0]));
            if (rows != entries) {
                problems.add("index " + index[0] + " holds " + entries + " entries for " + rows + " rows");
            }
        }
        return problems;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
