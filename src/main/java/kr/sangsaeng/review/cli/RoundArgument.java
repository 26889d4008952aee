package kr.sangsaeng.review.cli;

import java.nio.file.Path;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.ServerAddress;
import picocli.CommandLine.ITypeConverter;

/**
 * The {@code --db} of a command: a review file, or a round on a server written as
 * {@code postgresql://USER@HOST:PORT/DATABASE} (docs/server-mode.md). Exactly one of the two is set.
 */
record RoundArgument(Path file, ServerAddress server) {
    static final String DESCRIPTION = "The review file, or a server round: postgresql://USER@HOST:PORT/DATABASE "
            + "(password from PGPASSWORD or ~/.pgpass).";

    /** Opens the round for reading only: a file is never migrated or written; a server round is only read. */
    ReviewStore openReadOnly() throws ReviewFileException {
        return file != null ? ReviewStore.openReadOnly(file) : ReviewStore.openServer(server);
    }

    /** Opens the round to change it: a file is checked (and upgraded after a backup if old), as {@code ReviewStore.open}. */
    ReviewStore openForChanging() throws ReviewFileException {
        return file != null ? ReviewStore.open(file) : ReviewStore.openServer(server);
    }

    /**
     * Opens the round with its services to change it: a file as {@link RoundFiles#openForWriting} (stale-copy
     * warning, daily backup), a server round as {@link RoundFiles#openServer} (the server is the one copy).
     */
    OpenRound openRoundForWriting(java.util.function.Consumer<String> warnings) throws ReviewFileException {
        return file != null ? RoundFiles.openForWriting(file, warnings) : RoundFiles.openServer(server);
    }

    /** Opens the round with its services only to read it: a file is never changed, upgraded or backed up. */
    OpenRound openRoundForReading() throws ReviewFileException {
        return file != null ? RoundFiles.openForReading(file) : RoundFiles.openServer(server);
    }

    /** What {@code check} reports: a file's integrity and contents, or a server round's schema and contents. */
    RoundFiles.Health check() throws ReviewFileException {
        return file != null ? RoundFiles.check(file) : RoundFiles.check(server);
    }

    /** For a file, the whole-file check that explains a failed read; nothing for a server. */
    void quickCheck() throws ReviewFileException {
        if (file != null) {
            ReviewStore.quickCheck(file);
        }
    }

    /** How messages name the round: the file's name, or the server address (never with a password). */
    String name() {
        return file != null ? String.valueOf(file.getFileName()) : server.toString();
    }

    /** Where the round is, for a line that names it in full: the file's absolute path, or the server address. */
    String location() {
        return file != null ? file.toAbsolutePath().toString() : server.toString();
    }

    static final class Converter implements ITypeConverter<RoundArgument> {
        @Override
        public RoundArgument convert(String value) {
            if (ServerAddress.isServer(value)) {
                try {
                    return new RoundArgument(null, ServerAddress.parse(value));
                } catch (IllegalArgumentException e) {
                    // picocli echoes the raw value with other exceptions; this one shows only our sentence.
                    throw new picocli.CommandLine.TypeConversionException(e.getMessage());
                }
            }
            return new RoundArgument(Path.of(value), null);
        }
    }
}
