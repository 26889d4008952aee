package kr.sangsaeng.review.service;

import java.io.PrintStream;
import java.nio.file.Path;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;

/**
 * A window's part in a crash, run by {@link PendingWritesOnDiskTest} in its own JVM: opens the server
 * round {@code SERVER} keeping unsent changes in {@code FOLDER}, prints {@code ready .}, makes the
 * server refuse the round's connections, scores {@code VALUE} for reviewer {@code REVIEWER} (named
 * {@code ACTOR}) on {@code CASE} and {@code CRITERION}, prints {@code kept OUTCOME .} once the score is
 * reported as kept, and then waits to be killed. Every line ends with " ." (see ChildJvm).
 */
public final class PendingWriter {
    private PendingWriter() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        ServerAddress server = ServerAddress.parse(args[0]);
        OpenRound round = RoundFiles.openServer(server.toString(), null);
        round.pending().keepOnDisk(Path.of(args[1]));
        out.println("ready .");
        out.flush();
        TestServer.refuseConnections(server, true);
        PendingWrites.Outcome outcome = round.pending().score(new Actor(args[2]), Long.parseLong(args[3]),
                Long.parseLong(args[4]), Long.parseLong(args[5]), Double.parseDouble(args[6]));
        out.println("kept " + outcome + " .");
        out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
