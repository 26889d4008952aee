package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test server is reachable and each test gets its own empty database on it. */
@ExtendWith(TestServer.class)
class TestServerTest {
    @Test
    void eachTestGetsAFreshDatabaseOnTheServer(ServerAddress server) throws Exception {
        try (Connection c = server.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database(), count(*) FROM pg_tables WHERE schemaname = 'public'"
                        + " GROUP BY 1 UNION ALL SELECT current_database(), 0 LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(server.database()).startsWith("t_");
            assertThat(rs.getInt(2)).isZero();
        }
    }
}
