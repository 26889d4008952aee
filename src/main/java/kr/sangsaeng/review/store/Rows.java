package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Column readers shared by the DAOs' row mappers. */
final class Rows {
    private Rows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    static boolean bool(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column) != 0;
    }
}
