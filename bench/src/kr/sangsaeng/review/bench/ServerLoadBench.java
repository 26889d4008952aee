package kr.sangsaeng.review.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ServerAddress;

/**
 * Load on a server round (issue 19, "Load, measured"): N simulated reviewers, each with their own
 * connection and services as the app opens them, score cases of the round concurrently for S seconds
 * through {@code ScoringService.score}, each write acknowledged when the call returns. Afterwards
 * every acknowledged score is read back on a new connection and compared.
 * usage (see bench/server.sh): java -cp TEST_CLASSPATH kr.sangsaeng.review.bench.ServerLoadBench URL SECONDS REVIEWERS [THINK_MS]
 * Prints one line: writes, writes_per_s, p50_ms, p95_ms, p99_ms, failed, lost.
 */
public final class ServerLoadBench {
    public static void main(String[] args) throws Exception {
        ServerAddress server = ServerAddress.parse(args[0]);
        long seconds = Long.parseLong(args[1]);
        int reviewers = Integer.parseInt(args[2]);
        long thinkMs = args.length > 3 ? Long.parseLong(args[3]) : 0;

        List<Reviewer> panel;
        List<Submission> cases;
        List<Criterion> criteria;
        try (OpenRound round = RoundFiles.openServer(server)) {
            panel = round.store().reviewers().findAll();
            cases = round.store().submissions().findAll();
            criteria = round.store().criteria().findAll();
        }
        if (panel.size() < reviewers) {
            throw new IllegalArgumentException("the round has " + panel.size() + " reviewers, fewer than " + reviewers);
        }
        Simulated[] sims = new Simulated[reviewers];
        CountDownLatch ready = new CountDownLatch(reviewers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger failed = new AtomicInteger();
        long[] deadline = new long[1];
        Thread[] threads = new Thread[reviewers];
        for (int i = 0; i < reviewers; i++) {
            Simulated sim = new Simulated(panel.get(i), new Random(i));
            sims[i] = sim;
            threads[i] = new Thread(() -> sim.run(server, cases, criteria, ready, start, deadline, thinkMs, failed),
                    "reviewer-" + i);
            threads[i].start();
        }
        ready.await();
        long began = System.nanoTime();
        deadline[0] = began + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;

        long[] latencies = Arrays.stream(sims).flatMapToLong(s -> Arrays.stream(s.latencies, 0, s.count)).sorted().toArray();
        int lost = lost(server, sims);
        System.out.printf(Locale.ROOT, "reviewers=%d seconds=%.1f writes=%d writes_per_s=%.1f p50_ms=%.1f p95_ms=%.1f"
                + " p99_ms=%.1f failed=%d lost=%d%n", reviewers, elapsed, latencies.length, latencies.length / elapsed,
                percentile(latencies, 0.50), percentile(latencies, 0.95), percentile(latencies, 0.99), failed.get(), lost);
    }

    /** Acknowledged scores missing from the server, or stored with another value. */
    private static int lost(ServerAddress server, Simulated[] sims) throws Exception {
        Map<String, Double> stored = new HashMap<>();
        try (OpenRound round = RoundFiles.openServer(server)) {
            for (Score s : round.store().scores().findAll()) {
                stored.put(s.reviewerId() + "/" + s.submissionId() + "/" + s.criterionId(), s.value());
            }
        }
        int lost = 0;
        for (Simulated sim : sims) {
            for (Map.Entry<String, Double> e : sim.acknowledged.entrySet()) {
                if (!e.getValue().equals(stored.get(e.getKey()))) {
                    lost++;
                }
            }
        }
        return lost;
    }

    private static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(p * sortedNanos.length) - 1)] / 1e6;
    }

    /** One reviewer at their own computer: one connection, scores one cell after another. */
    private static final class Simulated {
        private final Reviewer reviewer;
        private final Random random;
        private final Map<String, Double> acknowledged = new HashMap<>();
        private long[] latencies = new long[1 << 14];
        private int count;

        Simulated(Reviewer reviewer, Random random) {
            this.reviewer = reviewer;
            this.random = random;
        }

        void run(ServerAddress server, List<Submission> cases, List<Criterion> criteria, CountDownLatch ready,
                CountDownLatch start, long[] deadline, long thinkMs, AtomicInteger failed) {
            try (OpenRound round = RoundFiles.openServer(server)) {
                Actor actor = new Actor(reviewer.name());
                ready.countDown();
                start.await();
                while (System.nanoTime() < deadline[0]) {
                    Submission s = cases.get(random.nextInt(cases.size()));
                    Criterion c = criteria.get(random.nextInt(criteria.size()));
                    double value = c.min() + random.nextInt((int) (c.max() - c.min()) + 1);
                    long t0 = System.nanoTime();
                    try {
                        round.scoring().score(actor, reviewer.id(), s.id(), c.id(), value);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        continue;
                    }
                    record(System.nanoTime() - t0);
                    acknowledged.put(reviewer.id() + "/" + s.id() + "/" + c.id(), value);
                    if (thinkMs > 0) {
                        Thread.sleep(thinkMs);
                    }
                }
            } catch (Exception e) {
                ready.countDown();
                throw new IllegalStateException(reviewer.name() + ": " + e.getMessage(), e);
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }

    private ServerLoadBench() {
    }
}
