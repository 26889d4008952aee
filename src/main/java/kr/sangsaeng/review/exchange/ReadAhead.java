package kr.sangsaeng.review.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import kr.sangsaeng.review.exchange.table.TableFormatException;
import kr.sangsaeng.review.exchange.table.TableReader;
import kr.sangsaeng.review.exchange.table.TableRow;

/**
 * Reads a file's rows and does each row's own work ({@link TableScan.AheadHandler#prepare}) on a
 * second thread, a batch ahead of the calling thread, which takes the rows in file order and does
 * the rest (comparing with the review file, writing). A 100,000-row import spends about as long
 * reading its figures as writing them, and the two now overlap on a second core. At most
 * {@value #BATCHES_AHEAD} batches wait, so memory stays flat whatever the file's size.
 */
final class ReadAhead {
    /** Rows per batch: the old cadence of progress reports and cancel checks. */
    private static final int BATCH_ROWS = 1_000;
    private static final int BATCHES_AHEAD = 4;
    private static final Object END = new Object();

    /** Rows read together, with their prepared work and how far into the file the last one is. */
    private record Batch<P>(List<TableRow> rows, List<P> prepared, double progress) {
    }

    private ReadAhead() {
    }

    /**
     * Reads the rows after the header; problems of the file itself (too wide, too long a cell, broken
     * quoting) go to {@code problems}. Returns once every row was handed over, or throws what the
     * reading thread or the handler threw; the reading thread has stopped by then either way.
     */
    static <P> void rows(TableReader reader, Progress progress, TableScan.AheadHandler<P> handler, TableRow header,
                         List<Problem> problems) throws IOException, TableFormatException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        List<Problem> found = new ArrayList<>();
        Reader<P> ahead = new Reader<>(reader, handler, header, found, queue);
        Thread thread = new Thread(ahead, "import-read-ahead");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Object item = take(queue);
                if (item == END) {
                    break;
                }
                if (item instanceof Throwable t) {
                    throw ReadAhead.<RuntimeException>sneaky(t);
                }
                @SuppressWarnings("unchecked")
                Batch<P> batch = (Batch<P>) item;
                for (int i = 0; i < batch.rows().size(); i++) {
                    handler.row(batch.rows().get(i), batch.prepared().get(i));
                }
                progress.checkCancelled();
                progress.update(batch.progress());
            }
        } finally {
            ahead.stopped = true;
            queue.clear(); // frees a reader waiting for room
            join(thread);
            // Joined: the reading thread's problems are all there, also those before a broken row.
            problems.addAll(found);
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException();
        }
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rethrows a checked exception of the reading thread (IOException, TableFormatException) as itself. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /** The reading thread: reads, checks the cells' limits, prepares, and queues batch after batch. */
    private static final class Reader<P> implements Runnable {
        private final TableReader reader;
        private final TableScan.AheadHandler<P> handler;
        private final TableRow header;
        private final List<Problem> problems;
        private final BlockingQueue<Object> queue;
        volatile boolean stopped;

        Reader(TableReader reader, TableScan.AheadHandler<P> handler, TableRow header, List<Problem> problems,
               BlockingQueue<Object> queue) {
            this.reader = reader;
            this.handler = handler;
            this.header = header;
            this.problems = problems;
            this.queue = queue;
        }

        @Override
        public void run() {
            Object last = END;
            try {
                readAll();
            } catch (Throwable t) {
                last = t; // handed to the calling thread, which throws it there
            }
            put(last);
        }

        private void readAll() throws IOException, TableFormatException {
            List<TableRow> rows = new ArrayList<>(BATCH_ROWS);
            List<P> prepared = new ArrayList<>(BATCH_ROWS);
            int count = 0;
            TableRow row;
            try {
                while (!stopped && (row = reader.next()) != null) {
                    if (row.size() > TableScan.MAX_COLUMNS) {
                        problems.add(Problem.ofRow(row.number(), TableScan.tooWide(row)));
                        break;
                    }
                    if (!row.isBlank() && TableScan.withinCellLimit(row, header, problems)) {
                        rows.add(row);
                        prepared.add(handler.prepare(row));
                    }
                    if (++count % BATCH_ROWS == 0) {
                        put(new Batch<>(rows, prepared, reader.progress()));
                        rows = new ArrayList<>(BATCH_ROWS);
                        prepared = new ArrayList<>(BATCH_ROWS);
                    }
                }
            } finally {
                // Also before a broken row: the rows read until then are handled, as on one thread.
                if (rows.size() > prepared.size()) {
                    rows.remove(rows.size() - 1); // its preparing failed
                }
                if (!rows.isEmpty()) {
                    put(new Batch<>(rows, prepared, reader.progress()));
                }
            }
        }

        /** Waits for room; gives up once the calling thread stopped taking (it failed or was cancelled). */
        private void put(Object item) {
            try {
                while (!stopped && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    // wait for room
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
