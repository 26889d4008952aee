package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server round published by an app of schema version 6 opens in this app and is migrated to
 * version 7 (docs/server-mode.md): save_score then refuses a kept score older than the stored one,
 * and the call of version 6 still saves.
 */
class ServerSchemaUpgradeTest {
    private static final String NINE_ARGUMENTS =
            "save_score(bigint,bigint,bigint,double precision,text,text,text,boolean,boolean)";

    @TempDir
    Path dir;

    @Test
    void aRoundPublishedWithVersion6IsMigratedTo7WhenOpened() throws Exception {
        try (TestStores stores = TestStores.demo(TestStores.Backend.SERVER, dir)) {
            stores.store().close();
            try (Connection c = stores.independentConnection(); Statement s = c.createStatement()) {
                turnBackToVersion6(s);
                assertThat(version(s)).isEqualTo(6);
                assertThat(exists(s)).isFalse();
            }

            try (ReviewStore opened = stores.open();
                    Connection c = stores.independentConnection(); Statement s = c.createStatement()) {
                assertThat(version(s)).isEqualTo(7).isEqualTo(ServerSchema.LATEST_VERSION);
                assertThat(exists(s)).isTrue();

                double[] score = anOpenScore(s);
                long[] key = {(long) score[0], (long) score[1], (long) score[2]};
                double newer = score[3] == score[5] ? score[4] : score[5];
                double kept = newer == score[5] ? score[4] : score[5];
                Instant stored = Instant.now().truncatedTo(ChronoUnit.MICROS);
                Instant older = stored.minus(1, ChronoUnit.HOURS);
                // Version 6's call, as an older client sends it, saves as before.
                assertThat(call(c, "SELECT save_score(?, ?, ?, ?, ?, ?, ?, false)", key, newer, stored)).isEqualTo(1);
                // Version 7's refuses a kept older score of another value, and writes nothing.
                assertThat(call(c, "SELECT save_score(?, ?, ?, ?, ?, ?, ?, false, true)", key, kept, older)).isEqualTo(6);
                assertThat(opened.scores().find(key[0], key[1], key[2]).orElseThrow().value()).isEqualTo(newer);
                // The same older score without the rule is saved (a score pack's merge decides for itself).
                assertThat(call(c, "SELECT save_score(?, ?, ?, ?, ?, ?, ?, false, false)", key, kept, older)).isEqualTo(1);
            }
        }
    }

    /** The schema as version 6 left it: V7's function gone, V6's save_score back, V7 not recorded. */
    private static void turnBackToVersion6(Statement s) throws Exception {
        String v6;
        try (InputStream in = ServerSchema.class.getResourceAsStream("migrations/postgresql/V6__one_call_scores_and_logins.sql")) {
            v6 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = v6.indexOf("CREATE FUNCTION save_score(");
        int end = v6.indexOf("END $$;", start) + "END $$;".length();
        s.execute("DROP FUNCTION " + NINE_ARGUMENTS);
        s.execute(v6.substring(start, end).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"));
        s.execute("DELETE FROM schema_version WHERE version = 7");
    }

    private static int version(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean exists(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT to_regprocedure('" + NINE_ARGUMENTS + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** A score of the demo round whose sheet is not final: its three ids, value and its criterion's scale. */
    private static double[] anOpenScore(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT s.reviewer_id, s.submission_id, s.criterion_id, s.value, c.scale_min,"
                + " c.scale_max FROM score s JOIN criterion c ON c.id = s.criterion_id WHERE NOT EXISTS"
                + " (SELECT 1 FROM review r WHERE r.reviewer_id = s.reviewer_id AND r.submission_id = s.submission_id"
                + " AND r.final <> 0) ORDER BY 1, 2, 3 LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            return new double[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)};
        }
    }

    private static int call(Connection c, String sql, long[] key, double value, Instant at) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key[0]);
            ps.setLong(2, key[1]);
            ps.setLong(3, key[2]);
            ps.setDouble(4, value);
            ps.setString(5, at.toString());
            ps.setString(6, Instant.now().toString());
            ps.setString(7, ScoreDao.number(value));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
