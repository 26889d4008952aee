package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Review files hold confidential scores: on POSIX systems only their owner may read them. */
final class FilePermissions {
    private FilePermissions() {
    }

    static void ownerOnly(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                    Files.isDirectory(file) ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the user's profile folder is already private.
        }
    }
}
