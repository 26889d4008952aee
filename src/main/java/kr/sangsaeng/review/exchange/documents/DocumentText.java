package kr.sangsaeng.review.exchange.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.exchange.table.TableFormatException;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.exchange.table.XlsxTableReader;

/** The readable content of documents the pane shows as text or as a table rather than as pages. */
public final class DocumentText {
    /** Rows of a spreadsheet shown in the pane; the system viewer shows the rest. */
    public static final int MAX_ROWS = 5_000;

    private DocumentText() {
    }

    /** The text of an HWP or HWPX document. */
    public static String text(Path file, DocumentKind kind) throws DocumentProblem {
        return switch (kind) {
            case HWP -> HwpText.read(file);
            case HWPX -> HwpxText.read(file);
            default -> throw new IllegalArgumentException(kind + " has no text reader");
        };
    }

    /** The first sheet of an XLSX workbook, each cell as the text it shows, at most {@link #MAX_ROWS} rows. */
    public static List<List<String>> sheet(Path file) throws DocumentProblem {
        SafeZip.check(file);
        List<List<String>> rows = new ArrayList<>();
        try (XlsxTableReader reader = XlsxTableReader.open(file)) {
            for (TableRow r = reader.next(); r != null && rows.size() < MAX_ROWS; r = reader.next()) {
                rows.add(r.cells());
            }
        } catch (IOException | TableFormatException e) {
            throw new DocumentProblem(DocumentProblem.Reason.UNREADABLE, e.getMessage());
        }
        return rows;
    }
}
