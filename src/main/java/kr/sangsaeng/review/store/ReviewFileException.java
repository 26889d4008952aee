package kr.sangsaeng.review.store;

import java.nio.file.Path;

/**
 * A review file that cannot be opened as it is. The {@link Problem} tells the user interface which
 * sentence to show; the file itself has not been touched.
 */
public class ReviewFileException extends Exception {

    /** Why a file was refused. */
    public enum Problem {
        NOT_FOUND, EMPTY, NOT_SQLITE, NOT_REVIEW_FILE, NEWER_VERSION, DAMAGED, LOCKED, IO
    }

    private final Problem problem;
    private final Path file;
    private final int fileVersion;
    private final int supportedVersion;

    public ReviewFileException(Problem problem, Path file, String detail, Throwable cause) {
        this(problem, file, detail, cause, 0, 0);
    }

    private ReviewFileException(Problem problem, Path file, String detail, Throwable cause,
                                int fileVersion, int supportedVersion) {
        super(detail, cause);
        this.problem = problem;
        this.file = file;
        this.fileVersion = fileVersion;
        this.supportedVersion = supportedVersion;
    }

    static ReviewFileException newerVersion(Path file, int fileVersion, int supported) {
        return new ReviewFileException(Problem.NEWER_VERSION, file,
                "%s needs schema version %d; this version of Sangsaeng Review reads up to %d. Open it with a newer version."
                        .formatted(file.getFileName(), fileVersion, supported),
                null, fileVersion, supported);
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** For {@link Problem#NEWER_VERSION}: the schema version the file was written with. */
    public int fileVersion() {
        return fileVersion;
    }

    /** For {@link Problem#NEWER_VERSION}: the newest schema version this build reads. */
    public int supportedVersion() {
        return supportedVersion;
    }
}
