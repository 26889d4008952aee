package kr.sangsaeng.review.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which server rounds have changes waiting on this computer to be sent, found before any of them is
 * opened, so the window can say so at start-up (docs/server-mode.md, "Kept on this computer"). The
 * journals are only read: they are taken, and their changes sent, when the round is next opened
 * with that login ({@link PendingWrites#keepOnDisk}). A journal set aside, damaged or from a newer
 * version is not counted; opening its round reports it.
 */
public final class UnsentJournals {
    private static final Logger LOG = LoggerFactory.getLogger(UnsentJournals.class);

    /** {@code changes} changes wait for {@code server} ({@code postgresql://LOGIN@HOST:PORT/DATABASE}). */
    public record Waiting(String server, int changes) {
    }

    private UnsentJournals() {
    }

    /** The journals in {@code folder} that hold changes, by server address; none when the folder is missing. */
    public static List<Waiting> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Waiting> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                PendingJournal.peek(file).filter(w -> w.changes() > 0).ifPresent(found::add);
            }
        } catch (IOException e) {
            LOG.warn("Cannot look for unsent changes in {}", folder, e);
        }
        found.sort(Comparator.comparing(Waiting::server));
        return List.copyOf(found);
    }

    /** What {@link #in} finds for {@code server}: how many changes wait, 0 when none. */
    public static int count(List<Waiting> waiting, String server) {
        return waiting.stream().filter(w -> w.server().equals(server)).mapToInt(Waiting::changes).sum();
    }

    /** For tests in other packages: where a server's journal lives in {@code folder}. */
    public static Path fileFor(Path folder, String server) {
        return PendingJournal.fileFor(folder, server);
    }
}
