package kr.sangsaeng.review.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folders exports were written to recently, kept in the data folder, so that the next start
 * removes what a killed export left there (docs/data-safety.md). Without a data folder (the system
 * property {@code sangsaeng.dataDir}) nothing is kept and only the next export into a folder cleans it.
 */
public final class ExportFolders {
    static final String FILE_NAME = "export-folders.txt";
    /** Enough for every folder a committee exports to in a round; the oldest are forgotten first. */
    static final int KEPT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ExportFolders.class);

    private ExportFolders() {
    }

    /** Remembers {@code folder}; a failure to remember never stops the export itself. */
    static synchronized void remember(Path folder) {
        ledger().ifPresent(ledger -> {
            try {
                Set<String> folders = new LinkedHashSet<>(read(ledger));
                String f = folder.toAbsolutePath().normalize().toString();
                folders.remove(f);
                folders.add(f);
                List<String> kept = new ArrayList<>(folders);
                kept = kept.subList(Math.max(0, kept.size() - KEPT), kept.size());
                Files.createDirectories(ledger.getParent());
                Path temp = ledger.resolveSibling(FILE_NAME + ".new");
                Files.write(temp, kept, StandardCharsets.UTF_8);
                Files.move(temp, ledger, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                LOG.warn("Could not remember the export folder {}", folder, e);
            }
        });
    }

    /** At start: removes the stale temporary files of exports in every remembered folder. */
    public static synchronized void sweep() {
        ledger().ifPresent(ledger -> {
            try {
                for (String f : read(ledger)) {
                    Path dir = Path.of(f);
                    if (Files.isDirectory(dir)) {
                        OutputFiles.removeStale(dir);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not look for leftovers of earlier exports", e);
            }
        });
    }

    private static List<String> read(Path ledger) throws IOException {
        return Files.exists(ledger) ? Files.readAllLines(ledger, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList() : List.of();
    }

    private static Optional<Path> ledger() {
        String dir = System.getProperty("sangsaeng.dataDir");
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir).resolve(FILE_NAME));
    }
}
