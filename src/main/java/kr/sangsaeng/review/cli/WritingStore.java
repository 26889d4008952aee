package kr.sangsaeng.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import kr.sangsaeng.review.store.Backups;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Opens a review file for a command that writes to it, with the same care as the window: a stale
 * state is warned about, and the first write of a day is preceded by an automatic backup.
 */
final class WritingStore {
    /** As the window: one restorable copy per day of use (see README, "Your data is safe because…"). */
    static final Duration DAILY = Duration.ofDays(1);

    private WritingStore() {
    }

    static ReviewStore open(Path db, PrintWriter err) throws ReviewFileException {
        ReviewStore store = ReviewStore.open(db);
        store.staleWarning().ifPresent(w -> err.println("warning: " + w));
        if (!store.isReadOnly()) {
            try {
                Backups.createIfOlderThan(db, DAILY, "daily");
            } catch (IOException e) {
                store.close();
                throw new BadInputException("could not back up " + db.getFileName() + " before changing it ("
                        + IoMessages.describe(e) + "); nothing was changed.");
            }
        }
        return store;
    }
}
