package kr.sangsaeng.review.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * What a secretary does to start a round over at the same address: drops the database (ending its
 * sessions), creates it again under the same name and publishes a file into it. For tests of what a
 * journal of unsent changes written for the old round does (docs/server-mode.md, "Kept on this computer").
 */
public final class Republish {
    private Republish() {
    }

    public static void dropAndPublishAgain(ServerAddress server, Path file) throws Exception {
        ServerAddress admin = TestServer.configured();
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + server.database() + " WITH (FORCE)");
        }
        TestServer.createDatabase(admin, server.database());
        RoundTransfer.publish(file, server);
    }
}
