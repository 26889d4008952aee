package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Another window's write in progress, for the tests of what a second writer meets: on its own thread,
 * {@code other} runs {@code statements} (which open a write transaction), holds it for {@code millis},
 * then commits. Returns once the transaction is open, with the thread to join.
 */
final class HeldWrite {
    private HeldWrite() {
    }

    static Thread holdFor(Connection other, long millis, String... statements) throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try (Statement s = other.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
                open.countDown();
                Thread.sleep(millis);
                s.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        assertThat(open.await(10, TimeUnit.SECONDS)).isTrue();
        return t;
    }
}
