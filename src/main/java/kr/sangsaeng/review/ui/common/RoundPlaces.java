package kr.sangsaeng.review.ui.common;

import java.nio.file.Path;
import kr.sangsaeng.review.service.OpenRound;

/**
 * Where the window proposes files about the open round (exports, copies): beside its review file, or
 * for a round on a server, which has none, in the user's home folder under the name of the round's
 * database (docs/server-mode.md, "The window on a server round").
 */
public final class RoundPlaces {
    private RoundPlaces() {
    }

    /** The review file, or for a server round {@code ~/DATABASE.sangsaeng}, which need not exist. */
    public static Path reviewFileOrStandIn(OpenRound round) {
        if (round.file() != null) {
            return round.file().toAbsolutePath();
        }
        String address = round.server().orElse("round");
        return Path.of(System.getProperty("user.home")).resolve(address.substring(address.lastIndexOf('/') + 1)
                + ".sangsaeng");
    }
}
