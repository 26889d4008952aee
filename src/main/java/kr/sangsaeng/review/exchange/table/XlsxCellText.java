package kr.sangsaeng.review.exchange.table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;

/**
 * The text of a worksheet cell as the import reads it: strings as they are, numbers as plain digits
 * (no exponent), percentages as Excel shows them ({@code 628%}, stored as 6.28), and dates as
 * ISO-8601 local date-times.
 */
final class XlsxCellText {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private XlsxCellText() {
    }

    static String of(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case NUMBER -> number(cell);
            case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private static String number(Cell cell) {
        BigDecimal value = cell.asNumber();
        String format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString().toLowerCase(Locale.ROOT);
        if (format.contains("%")) {
            return plain(value.multiply(HUNDRED)) + "%";
        }
        if (isDateFormat(format)) {
            LocalDateTime t = cell.asDate().truncatedTo(ChronoUnit.SECONDS);
            return t.toString();
        }
        return plain(value);
    }

    /** A date or time format: it names days, months, years or hours, and has no digit placeholders. */
    private static boolean isDateFormat(String format) {
        String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return !f.equals("general") && f.matches(".*[ymdh].*") && !f.matches(".*[0#?].*");
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
