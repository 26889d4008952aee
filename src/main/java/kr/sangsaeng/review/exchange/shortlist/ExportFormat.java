package kr.sangsaeng.review.exchange.shortlist;

import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExportException.Reason;

/** The three shortlist files, told apart by the output file's extension. */
public enum ExportFormat {
    CSV, XLSX, PDF;

    /** As written in the file name and the decision record: csv, xlsx, pdf. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat of(Path out) {
        String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.key())) {
                return f;
            }
        }
        throw new ShortlistExportException(Reason.UNKNOWN_FORMAT,
                "Cannot tell the format of " + out.getFileName() + ": give it a name ending in .csv, .xlsx or .pdf");
    }
}
