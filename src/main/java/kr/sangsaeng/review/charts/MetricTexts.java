package kr.sangsaeng.review.charts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.quantity.QuantityFormatter;
import org.jfree.chart.JFreeChart;

/** The words metric charts share: axis titles with units, the scale shown, and omission notes. */
final class MetricTexts {
    /** Names a note under a chart lists before "and N more": enough to act on, short enough to read. */
    static final int NAMES_IN_NOTE = 12;

    private final ChartTexts texts;

    MetricTexts(ChartTexts texts) {
        this.texts = texts;
    }

    ChartTexts texts() {
        return texts;
    }

    /** "지원 소상공인 수 (명)": the axis names the unit, since tick labels carry none for most units. */
    String axisTitle(Metric m, Normalisation n, Metric divisor) {
        String unit = unitName(m);
        return switch (n) {
            case PERCENTILE -> texts.text("chart.axis.percentile", m.label());
            case PER_MERCHANT -> texts.text("chart.axis.perMerchant", m.label(), unit, divisor.label());
            default -> unit.isEmpty() ? m.label() : m.label() + " (" + unit + ")";
        };
    }

    /** The subtitle that says which scale the chart shows. */
    String scale(Normalisation n, Metric divisor) {
        String name = n == Normalisation.PER_MERCHANT
                ? texts.text("chart.scale.perMerchant", divisor.label())
                : texts.text("normalisation." + n.key());
        return texts.text("chart.scale", name);
    }

    /** The metric's counting word in Korean when it has one (개사, 곳), else the unit's name. */
    String unitName(Metric m) {
        boolean korean = "ko".equals(texts.locale().getLanguage());
        return korean && !m.counter().isEmpty() ? m.counter() : unitName(m.unit());
    }

    String unitName(MetricUnit u) {
        return switch (u) {
            case COUNT -> texts.text("chart.unit.count");
            case PERSONS -> texts.text("chart.unit.persons");
            case KRW -> texts.text("chart.unit.krw");
            case PERCENT -> "%";
            case PERCENT_POINT -> texts.text("chart.unit.pp");
            case MULTIPLE -> texts.text("chart.unit.multiple");
            case OCCURRENCES -> texts.text("chart.unit.times");
            case RANK -> texts.text("chart.unit.rank");
            case NONE -> "";
        };
    }

    String format(double value, MetricUnit unit, boolean approximate) {
        return QuantityFormatter.format(value, unit, approximate, texts.locale());
    }

    /** With the Korean counting word the figure was written with (약 3만 명, not 약 3만 개). */
    String format(double value, MetricUnit unit, boolean approximate, String counter) {
        return QuantityFormatter.format(value, unit, approximate, counter, texts.locale());
    }

    /** The number itself, with no rounding to 억/만 or M/K: what a tooltip calls the exact value. */
    String exact(double value) {
        NumberFormat nf = NumberFormat.getNumberInstance(texts.locale());
        nf.setMaximumFractionDigits(6);
        return nf.format(value);
    }

    /** One line under the chart per reason: "Not reported: 쿠팡, 지마켓". */
    void addOmissionNotes(JFreeChart chart, List<Omission> omitted) {
        Map<Omission.Reason, List<String>> byReason = new EnumMap<>(Omission.Reason.class);
        for (Omission o : omitted) {
            byReason.computeIfAbsent(o.reason(), r -> new ArrayList<>()).add(o.key().label());
        }
        byReason.forEach((reason, names) -> ChartTitles.addNote(chart, reasonText(reason, texts.list(names, NAMES_IN_NOTE))));
    }

    private String reasonText(Omission.Reason r, String names) {
        return switch (r) {
            case NOT_REPORTED -> texts.text("chart.omitted.notReported", names);
            case NO_MERCHANT_COUNT -> texts.text("chart.omitted.noMerchants", names);
            case NOT_POSITIVE -> texts.text("chart.omitted.notPositive", names);
            case NO_BASELINE -> texts.text("chart.omitted.noBaseline", names);
            case NO_COMPLETE_REVIEW -> texts.text("chart.omitted.noReview", names);
        };
    }
}
