package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import kr.sangsaeng.review.model.Round;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a review file has: its header marks, the pragmas of every connection, SQLite's data
 * version and the checkpoint into the file itself. The store's dialect-neutral behaviour is
 * {@link ReviewStoreTest}, run on a file and on a server round.
 */
class ReviewFileTest {
    @TempDir
    Path dir;

    private ReviewStore newStore() throws Exception {
        return ReviewStore.create(dir.resolve("round.sangsaeng"), new Round("2022 상생협력", 2022, "중기중앙회", false));
    }

    @Test
    void newFileIsMarkedAsOursAtTheLatestSchemaVersion() throws Exception {
        try (ReviewStore store = newStore()) {
            assertThat(pragma(store, "application_id")).isEqualTo(String.valueOf(Schema.APPLICATION_ID));
            assertThat(pragma(store, "user_version")).isEqualTo(String.valueOf(Schema.LATEST_VERSION));
        }
    }


    @Test
    void everyConnectionHasTheDurabilitySettings() throws Exception {
        try (ReviewStore store = newStore()) {
            assertThat(pragma(store, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(store, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(store, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(store, "busy_timeout"))).isGreaterThanOrEqualTo(5000);
        }
        try (ReviewStore reopened = ReviewStore.open(dir.resolve("round.sangsaeng"))) {
            assertThat(pragma(reopened, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(reopened, "synchronous")).isEqualTo("2");
        }
    }


    @Test
    void dataVersionMovesWhenAnotherWindowCommitsButNotForOurOwnWrites() throws Exception {
        try (ReviewStore store = newStore(); ReviewStore otherWindow = ReviewStore.open(store.file())) {
            long start = store.dataVersion();
            store.reviewers().insert("own write", "");
            assertThat(store.dataVersion()).isEqualTo(start);
            otherWindow.reviewers().insert("written elsewhere", "");
            assertThat(store.dataVersion()).isNotEqualTo(start);
            assertThat(store.reviewers().findByName("written elsewhere")).isPresent();
        }
    }


    @Test
    void aCheckpointPutsEveryCommittedChangeIntoTheFileItself() throws Exception {
        try (ReviewStore store = newStore()) {
            store.reviewers().insert("only in the log until the checkpoint", "");
            assertThat(store.checkpoint()).isTrue();
            // The file's bytes alone, without its -wal companion, must hold the change.
            Path alone = java.nio.file.Files.copy(store.file(), dir.resolve("alone.sangsaeng"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + alone);
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM reviewer")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }


    private static String pragma(ReviewStore store, String name) throws Exception {
        try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
