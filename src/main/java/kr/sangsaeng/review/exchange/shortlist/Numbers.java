package kr.sangsaeng.review.exchange.shortlist;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the exports write them: plain digits, never exponent form, NaN as "no value". */
final class Numbers {
    private Numbers() {
    }

    /** 90000000, not 9.0E7; 2.5, not 2.50. */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * Rounded for a table people read, as a boxed number so a spreadsheet keeps it numeric; null (an
     * empty cell) for a figure that does not exist. Exports round the panel figures to 4 decimals:
     * more than the 0–100 scale needs, few enough that 71.66666666666667 does not look like data.
     */
    static Double rounded(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** Fixed decimals for print (the PDF), with a dash for a figure that does not exist. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
