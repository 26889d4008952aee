package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a record. */
@FunctionalInterface
interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
}
