package kr.sangsaeng.review.exchange.shortlist;

/** Look-alikes for characters the report's font has no glyph for, so nothing is left out of a signed report. */
final class PdfGlyphs {
    private PdfGlyphs() {
    }

    static String substitute(int codePoint) {
        return switch (codePoint) {
            case 0x2212, 0x2010, 0x2011, 0x2012, 0xFE63, 0xFF0D -> "-";
            case 0x00A0, 0x2007, 0x2009, 0x200A, 0x202F, 0x2002, 0x2003 -> " ";
            case 0x2018, 0x2019, 0x201B -> "'";
            case 0x201C, 0x201D, 0x201F -> "\"";
            case 0x2026 -> "...";
            case 0x2264 -> "<=";
            case 0x2265 -> ">=";
            case 0x2248 -> "~";
            case 0x200B, 0x200C, 0x200D, 0xFEFF -> "";
            default -> "?";
        };
    }
}
