package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns for a terminal. Hangul and other wide characters take
 * two columns in a terminal, so widths are counted in display columns, not characters, or Korean
 * platform names would push every column after them out of line.
 */
final class TextTable {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** Columns given as names; a name starting with {@code >} is right-aligned (numbers). */
    TextTable(String... columns) {
        headers = new ArrayList<>();
        rightAligned = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            rightAligned[i] = columns[i].startsWith(">");
            headers.add(rightAligned[i] ? columns[i].substring(1) : columns[i]);
        }
    }

    void add(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("Expected " + headers.size() + " cells, got " + cells.length);
        }
        String[] shown = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            shown[i] = TerminalText.cell(cells[i]);
        }
        rows.add(shown);
    }

    void print(PrintWriter out) {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = displayWidth(headers.get(c));
        }
        for (String[] row : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], displayWidth(row[c]));
            }
        }
        printRow(out, headers.toArray(String[]::new), width);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        out.print(rule.append('\n'));
        for (String[] row : rows) {
            printRow(out, row, width);
        }
    }

    private void printRow(PrintWriter out, String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(width[c] - displayWidth(cells[c]));
            sb.append(c == 0 ? "" : "  ");
            boolean last = c == cells.length - 1;
            sb.append(rightAligned[c] ? pad + cells[c] : last ? cells[c] : cells[c] + pad);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        out.print(sb.append('\n'));
    }

    /** Terminal columns: two for East Asian wide characters (Hangul, CJK, full-width forms). */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
