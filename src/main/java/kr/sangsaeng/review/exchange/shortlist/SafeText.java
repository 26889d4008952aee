package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.exchange.table.CellText;

/**
 * Text that a spreadsheet will show and never run. A cell that starts with {@code = + - @}, a tab or
 * a carriage return can be taken for a formula (CSV injection), so it gets a leading {@code '},
 * which spreadsheets treat as "this is text". Submissions come from outside the committee, so every
 * text cell of a shortlist goes through here; numbers never do and stay numbers.
 */
final class SafeText {
    private SafeText() {
    }

    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        // The same rule the data exports apply and the importer undoes, so a shortlist re-imports cleanly.
        return CellText.isGuarded(text.charAt(0)) ? "'" + text : text;
    }
}
