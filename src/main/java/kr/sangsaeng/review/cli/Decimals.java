package kr.sangsaeng.review.cli;

/**
 * Numbers as the reports print them: a fixed number of decimals, rounded half away from zero, with
 * no exponent and no locale (a script must read {@code 81.25}, never {@code 81,25} or
 * {@code 8.125E1}). Written by hand because {@code String.format} dominates the time of a
 * 10,000-row CSV otherwise.
 */
final class Decimals {
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private Decimals() {
    }

    /** {@code v} with exactly {@code digits} decimals (0–6); NaN and infinities as {@code ifMissing}. */
    static String fixed(double v, int digits, String ifMissing) {
        if (!Double.isFinite(v)) {
            return ifMissing;
        }
        if (Math.abs(v) >= 1e12) {
            return String.format(java.util.Locale.ROOT, "%." + digits + "f", v);
        }
        long scaled = Math.round(Math.abs(v) * POW10[digits]);
        StringBuilder sb = new StringBuilder(24);
        if (v < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / POW10[digits]);
        if (digits > 0) {
            String fraction = Long.toString(scaled % POW10[digits]);
            sb.append('.');
            sb.append("0".repeat(digits - fraction.length())).append(fraction);
        }
        return sb.toString();
    }

    /** Like {@link #fixed} but without trailing zeros ({@code 81.25}, {@code 80}), for CSV and JSON. */
    static String plain(double v, int maxDigits, String ifMissing) {
        String s = fixed(v, maxDigits, ifMissing);
        if (!Double.isFinite(v) || s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        String out = s.substring(0, end);
        return out.equals("-0") ? "0" : out;
    }
}
