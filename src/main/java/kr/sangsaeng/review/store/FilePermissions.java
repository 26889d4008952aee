package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Review files hold confidential scores: on POSIX systems only their owner may read them. */
final class FilePermissions {
    private FilePermissions() {
    }

    /**
     * Creates an empty file readable and writable by its owner only, from the first moment (no
     * window in which the umask's group/other bits apply). Falls back to a plain file elsewhere.
     */
    static void createOwnerOnly(Path file) throws IOException {
        try {
            FileAttribute<Set<PosixFilePermission>> attr =
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            Files.createFile(file, attr);
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        ownerOnly(file);
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
