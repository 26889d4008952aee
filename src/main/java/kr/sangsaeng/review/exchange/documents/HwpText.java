package kr.sangsaeng.review.exchange.documents;

import java.nio.file.Path;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;

/** The text of an HWP (Hancom Office 5) document, read with hwplib; layout is for the system viewer. */
public final class HwpText {
    private HwpText() {
    }

    /** True when an OLE compound file is an HWP document hwplib can read. */
    static boolean isHwp(Path file) {
        try {
            return HWPReader.fromFile(file.toFile()) != null;
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    public static String read(Path file) throws DocumentProblem {
        try {
            HWPFile hwp = HWPReader.fromFile(file.toFile());
            return TextExtractor.extract(hwp, TextExtractMethod.InsertControlTextBetweenParagraphText);
        } catch (Exception | StackOverflowError e) {
            throw new DocumentProblem(DocumentProblem.Reason.HWP_DAMAGED, String.valueOf(e.getMessage()));
        }
    }
}
