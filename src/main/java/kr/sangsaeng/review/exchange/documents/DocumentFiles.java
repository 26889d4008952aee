package kr.sangsaeng.review.exchange.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the files and folders a user chose into the files to consider, in a stable order. */
public final class DocumentFiles {
    /** Folders are searched this deep: a round's folder, a folder per case, perhaps one more. */
    static final int MAX_DEPTH = 4;

    private DocumentFiles() {
    }

    /**
     * Files given directly are kept even if hidden; inside folders, hidden files (names starting
     * with a dot, such as {@code .DS_Store}) and symbolic links are skipped.
     */
    public static List<Path> expand(List<Path> chosen) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : chosen) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, MAX_DEPTH)) {
                    walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
