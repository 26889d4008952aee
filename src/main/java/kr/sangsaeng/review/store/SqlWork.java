package kr.sangsaeng.review.store;

import java.sql.SQLException;

/** A unit of database work run inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run() throws SQLException;
}
