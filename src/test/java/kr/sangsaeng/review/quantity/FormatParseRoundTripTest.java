package kr.sangsaeng.review.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kr.sangsaeng.review.model.MetricUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the app writes, it reads back: parse(format(v)) == v, to the precision the display keeps. */
class FormatParseRoundTripTest {
    private static final double[] VALUES = {
        0, 1, 2.5, 7, 12.34, 13, 89, 300, 628, 900, 2_800, 4_000, 9_999, 10_000, 12_345, 30_000, 99_999,
        100_000, 1_234_567, 90_000_000, 100_000_000, 120_000_000, 250_000_000, 1_234_567_890,
        1_000_000_000_000d, 1_200_000_000_000d, -5, -100_000_000, 0.5, 3.14159
    };

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (MetricUnit unit : MetricUnit.values()) {
            for (double value : VALUES) {
                all.add(Arguments.of(value, unit, false));
                all.add(Arguments.of(value, unit, true));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} approximate {2}")
    @MethodSource("cases")
    void readsKoreanFormBackToSameFigure(double value, MetricUnit unit, boolean approximate)
            throws QuantityFormatException {
        String text = QuantityFormatter.format(value, unit, approximate, Locale.KOREA);

        Quantity q = QuantityParser.parse(text);

        assertThat(q.value()).as(text).isCloseTo(shown(value, unit), within(1e-9));
        assertThat(q.unit()).as(text).isEqualTo(unit);
        assertThat(q.approximate()).as(text).isEqualTo(approximate);
    }

    @ParameterizedTest(name = "{0} {1} approximate {2}")
    @MethodSource("cases")
    void readsEnglishFormBackToSameValue(double value, MetricUnit unit, boolean approximate)
            throws QuantityFormatException {
        String text = QuantityFormatter.format(value, unit, approximate, Locale.ENGLISH);

        Quantity q = QuantityParser.parse(text);

        assertThat(q.value()).as(text).isCloseTo(shown(value, unit), within(1e-9));
        assertThat(UnitCompatibility.compatible(unit, q.unit())).as(text).isTrue();
        assertThat(q.approximate()).as(text).isEqualTo(approximate);
    }

    /** The value as displayed: whole won, two decimals for everything else. */
    private static double shown(double value, MetricUnit unit) {
        int decimals = unit == MetricUnit.KRW ? 0 : 2;
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
