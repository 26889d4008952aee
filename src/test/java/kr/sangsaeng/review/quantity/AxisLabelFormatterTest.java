package kr.sangsaeng.review.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisLabelFormatterTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100000000     | NONE          | 1억
            50000000      | NONE          | 5,000만
            150000000     | KRW           | 1.5억
            99999999      | KRW           | 1억
            1200000000000 | KRW           | 1.2조
            30000         | PERSONS       | 3만
            5000          | PERSONS       | 5,000
            9999.999      | PERSONS       | 1만
            0             | NONE          | 0
            -50000000     | NONE          | -5,000만
            50            | PERCENT       | 50%
            60            | PERCENT_POINT | 60%p
            3             | MULTIPLE      | 3배
            """)
    void writesShortKoreanTicks(double value, MetricUnit unit, String expected) {
        assertThat(AxisLabelFormatter.format(value, unit, Locale.KOREA)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100000000     | NONE          | 100M
            50000         | NONE          | 50K
            1500000000    | KRW           | 1.5B
            999999        | KRW           | 1M
            999           | PERSONS       | 999
            999.999       | PERSONS       | 1K
            12.345        | NONE          | 12.35
            0             | NONE          | 0
            -2500         | NONE          | -2.5K
            50            | PERCENT       | 50%
            60            | PERCENT_POINT | 60 pp
            3             | MULTIPLE      | ×3
            """)
    void writesShortEnglishTicks(double value, MetricUnit unit, String expected) {
        assertThat(AxisLabelFormatter.format(value, unit, Locale.UK)).isEqualTo(expected);
    }
}
