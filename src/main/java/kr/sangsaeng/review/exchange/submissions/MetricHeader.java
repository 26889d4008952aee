package kr.sangsaeng.review.exchange.submissions;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * A metric column's header read as {@code label [unit]}. The unit may also be a scaled won unit as
 * Korean spreadsheets write it, {@code 매출 [만원]}: then a bare number in the column counts in that
 * unit (5,000 → 50,000,000 won), while a figure with its own unit ({@code 1억원}) keeps it.
 * A unit in round brackets, {@code 지원 소상공인 수(명)}, is read only when it names a known unit, since
 * labels often carry a remark in brackets.
 */
public record MetricHeader(String label, MetricUnit unit, double scale, boolean unitDeclared) {
    private static final Pattern SQUARE = Pattern.compile("^(.*?)\\s*[\\[［]([^\\]］]*)[\\]］]\\s*$");
    private static final Pattern ROUND = Pattern.compile("^(.*?)\\s*[(（]([^)）]*)[)）]\\s*$");
    private static final Map<String, Double> WON_SCALES = Map.of(
            "천원", 1e3, "만원", 1e4, "백만원", 1e6, "천만원", 1e7, "억원", 1e8);

    /**
     * @return the header read, or empty with {@code reason} when the unit in square brackets is unknown
     */
    public static Optional<MetricHeader> parse(String header, StringBuilder reason) {
        Matcher square = SQUARE.matcher(header);
        if (square.matches()) {
            Optional<MetricHeader> h = withUnit(square.group(1), square.group(2));
            if (h.isEmpty()) {
                reason.append("unknown unit [").append(square.group(2).strip()).append("] in the header; use one of ")
                        .append("count, persons, KRW, %, pp, x, times, rank (or 개, 명, 원, 만원, 배, 회, 위)");
            }
            return h;
        }
        Matcher round = ROUND.matcher(header);
        if (round.matches()) {
            Optional<MetricHeader> h = withUnit(round.group(1), round.group(2));
            if (h.isPresent() && h.get().unit() != MetricUnit.NONE) {
                return h;
            }
        }
        return Optional.of(new MetricHeader(header.strip(), MetricUnit.NONE, 1, false));
    }

    private static Optional<MetricHeader> withUnit(String label, String unitText) {
        String u = unitText.strip();
        Double scale = WON_SCALES.get(u.replace(" ", ""));
        if (scale != null) {
            return Optional.of(new MetricHeader(label.strip(), MetricUnit.KRW, scale, true));
        }
        MetricUnit unit = MetricUnit.fromText(u);
        if (unit == MetricUnit.NONE && !u.isEmpty() && !u.equals("-")) {
            return Optional.empty();
        }
        return Optional.of(new MetricHeader(label.strip(), unit, 1, unit != MetricUnit.NONE));
    }

    /** The header an export writes for a metric: its label, then its unit code in brackets if it has one. */
    public static String format(String label, MetricUnit unit) {
        return unit == MetricUnit.NONE ? label : label + " [" + unit.code() + "]";
    }
}
