package kr.sangsaeng.review.exchange.submissions;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.quantity.Quantity;
import kr.sangsaeng.review.quantity.QuantityParser;

/**
 * A metric column's header read as {@code label [unit] (기준: baseline label)}. The unit may be a
 * scaled won unit as Korean spreadsheets write it, {@code 매출 [만원]}: then a plain number in the
 * column counts in that unit (5,000 → 50,000,000 won), while a figure that states its own magnitude
 * ({@code 2.5억}, {@code 1억원}) keeps it. A counting word as the unit ({@code [개사]}, {@code [곳]})
 * is kept to show the column's figures with. A unit in round brackets, {@code 지원 소상공인 수(명)},
 * is read only when it names a known unit, since labels often carry a remark in brackets. The
 * baseline clause ({@code (기준: 매출 성장률)} or {@code (baseline: sales growth)}) names the metric
 * this one is compared against (docs/file-formats.md).
 */
public record MetricHeader(String label, MetricUnit unit, double scale, boolean unitDeclared, String counter,
                           String baseline) {
    private static final Pattern SQUARE = Pattern.compile("^(.*?)\\s*[\\[［]([^\\]］]*)[\\]］]\\s*$");
    private static final Pattern ROUND = Pattern.compile("^(.*?)\\s*[(（]([^)）]*)[)）]\\s*$");
    private static final Pattern BASELINE = Pattern.compile(
            "\\s*[(（]\\s*(?:기준|비교 ?기준|baseline|against)\\s*[:：]\\s*([^)）]+?)\\s*[)）]", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Double> WON_SCALES = Map.of(
            "천원", 1e3, "만원", 1e4, "백만원", 1e6, "천만원", 1e7, "억원", 1e8);

    public MetricHeader {
        counter = counter == null ? "" : counter;
        baseline = baseline == null ? "" : baseline;
    }

    public MetricHeader(String label, MetricUnit unit, double scale, boolean unitDeclared) {
        this(label, unit, scale, unitDeclared, "", "");
    }

    /**
     * @return the header read, or empty with {@code reason} when the unit in square brackets is unknown
     */
    public static Optional<MetricHeader> parse(String header, StringBuilder reason) {
        String baseline = "";
        Matcher b = BASELINE.matcher(header);
        String rest = header;
        if (b.find()) {
            baseline = b.group(1);
            rest = (header.substring(0, b.start()) + header.substring(b.end())).strip();
        }
        Optional<MetricHeader> h = withoutBaseline(rest, reason);
        String base = baseline;
        return h.map(x -> new MetricHeader(x.label, x.unit, x.scale, x.unitDeclared, x.counter, base));
    }

    private static Optional<MetricHeader> withoutBaseline(String header, StringBuilder reason) {
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
        // A counting word the unit list does not name (개소, 업체, 가지) is read as the parser reads it after a number.
        Quantity one = u.isEmpty() ? null : QuantityParser.parseOrNull("1" + u);
        boolean wordOnly = one != null && one.value() == 1 && one.hasUnit() && !one.magnitudeStated();
        if (unit == MetricUnit.NONE && wordOnly) {
            unit = one.unit();
        }
        if (unit == MetricUnit.NONE && !u.isEmpty() && !u.equals("-")) {
            return Optional.empty();
        }
        String counter = wordOnly && one.unit() == unit ? one.counter() : "";
        return Optional.of(new MetricHeader(label.strip(), unit, 1, unit != MetricUnit.NONE, counter, ""));
    }

    /** The header an export writes for a metric: its label, then its unit code in brackets if it has one. */
    public static String format(String label, MetricUnit unit) {
        return unit == MetricUnit.NONE ? label : label + " [" + unit.code() + "]";
    }

    /** The header with the baseline clause, so an exported file imports with its baseline again. */
    public static String format(String label, MetricUnit unit, String counter, String baseline) {
        String unitText = counter == null || counter.isEmpty() ? unit.code() : counter;
        String head = unit == MetricUnit.NONE ? label : label + " [" + unitText + "]";
        return baseline == null || baseline.isEmpty() ? head : head + " (기준: " + baseline + ")";
    }
}
