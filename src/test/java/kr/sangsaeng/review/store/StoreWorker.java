package kr.sangsaeng.review.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;

/**
 * A second program writing to a review file, started by tests in its own JVM. Every line it prints
 * ends with " ." so that a line cut short by a kill can be told from a whole one.
 *
 * <ul>
 *   <li>{@code scores FILE REVIEWER}: adds the reviewer, prints {@code ready .}, then scores every
 *       cell of the file, printing {@code ack SUBMISSION CRITERION VALUE .} after each save returned,
 *       until it is killed (or runs out of cells and prints {@code done .}).</li>
 *   <li>{@code increment FILE N}: N times, reads the setting {@code counter} and writes it back plus
 *       one in one transaction, reading all scores in between; prints {@code done .}.</li>
 * </ul>
 */
public final class StoreWorker {
    static final String COUNTER = "counter";

    private StoreWorker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (ReviewStore store = ReviewStore.open(Path.of(args[1]))) {
            switch (args[0]) {
                case "scores" -> scores(store, args[2], out);
                case "increment" -> increment(store, Integer.parseInt(args[2]));
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
        out.println("done .");
        out.flush();
    }

    private static void scores(ReviewStore store, String reviewer, PrintStream out) {
        long reviewerId = store.reviewers().insert(reviewer, "");
        List<Submission> submissions = store.submissions().findAll();
        List<Criterion> criteria = store.criteria().findAll();
        out.println("ready .");
        out.flush();
        int n = 0;
        for (Submission s : submissions) {
            for (Criterion c : criteria) {
                int value = 1 + (n++ % 5);
                store.scores().put(new Score(reviewerId, s.id(), c.id(), value, Instant.now()), reviewer);
                // Only now, after put returned, may the user be told "saved".
                out.println("ack " + s.id() + " " + c.id() + " " + value + " .");
                out.flush();
            }
        }
    }

    static void increment(ReviewStore store, int times) {
        for (int i = 0; i < times; i++) {
            store.inTransaction(() -> {
                int v = Integer.parseInt(store.settings().get(COUNTER).orElse("0"));
                store.settings().put(COUNTER, Integer.toString(v + 1));
            });
            store.scores().findAll();
        }
    }
}
