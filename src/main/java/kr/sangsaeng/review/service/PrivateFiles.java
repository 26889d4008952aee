package kr.sangsaeng.review.service;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary files and folders only their owner can read: a submitted document is confidential to
 * the committee, and the system temp folder is shared with every user of the machine.
 */
final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    static Path createDirectory(String prefix) throws IOException {
        if (POSIX) {
            return Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path dir = Files.createTempDirectory(prefix);
        restrict(dir);
        return dir;
    }

    static void createFile(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            restrict(file);
        }
    }

    /** Where POSIX permissions are missing (Windows), the per-user temp folder is already private. */
    private static void restrict(Path p) {
        java.io.File f = p.toFile();
        f.setReadable(false, false);
        f.setReadable(true, true);
        f.setWritable(false, false);
        f.setWritable(true, true);
    }
}
