package kr.sangsaeng.review.exchange.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.sangsaeng.review.exchange.documents.DocumentProblem.Reason;

/**
 * Checks one submitted file before it is stored: its name, size, real format (from its content),
 * that the name's ending does not lie about that format, and that the format opens safely.
 */
public final class DocumentInspector {
    private static final double MB = 1024 * 1024;

    private DocumentInspector() {
    }

    public static Inspection inspect(Path file, String name, long maxBytes) throws DocumentProblem {
        var nameProblem = DocumentNames.problem(name);
        if (nameProblem.isPresent()) {
            throw new DocumentProblem(Reason.BAD_NAME, nameProblem.get());
        }
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new DocumentProblem(Reason.UNREADABLE, "not a regular file");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new DocumentProblem(Reason.UNREADABLE, e.getMessage());
        }
        if (size == 0) {
            throw new DocumentProblem(Reason.EMPTY);
        }
        if (size > maxBytes) {
            throw new DocumentProblem(Reason.TOO_LARGE, megabytes(size), megabytes(maxBytes));
        }
        DocumentKind kind = ContentSniffer.sniff(file);
        String ext = DocumentNames.extension(name);
        if (!kind.agreesWith(ext)) {
            throw new DocumentProblem(Reason.TYPE_MISMATCH, ext.toLowerCase(java.util.Locale.ROOT), describe(kind));
        }
        return switch (kind) {
            case PDF -> PdfCheck.inspect(file);
            case HWPX, XLSX, ZIP -> {
                SafeZip.check(file);
                yield new Inspection(kind, 0, false);
            }
            case PNG, JPEG, GIF -> new Inspection(kind, 1, false);
            default -> new Inspection(kind, 0, false);
        };
    }

    static String megabytes(long bytes) {
        double mb = bytes / MB;
        return mb >= 10 ? String.valueOf(Math.round(mb)) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }

    private static String describe(DocumentKind kind) {
        return switch (kind) {
            case ZIP -> "ZIP archive";
            case OTHER -> "unrecognised";
            default -> kind.name();
        };
    }
}
