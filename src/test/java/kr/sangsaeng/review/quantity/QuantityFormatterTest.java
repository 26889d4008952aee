package kr.sangsaeng.review.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFormatterTest {

    @ParameterizedTest(name = "{0} {1} approximate {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            100000000     | KRW           | false | 1억원
            90000000      | KRW           | false | 9,000만원
            120000000     | KRW           | false | 1억 2,000만원
            1200000000000 | KRW           | false | 1조 2,000억원
            1234567890    | KRW           | false | 12억 3,456만 7,890원
            5000          | KRW           | false | 5,000원
            12345.67      | KRW           | false | 1만 2,346원
            -100000000    | KRW           | false | -1억원
            30000         | PERSONS       | true  | 약 3만 명
            4000          | COUNT         | true  | 약 4,000개
            2800          | PERSONS       | false | 2,800명
            9999          | PERSONS       | false | 9,999명
            12345         | PERSONS       | false | 1만 2,345명
            1234567       | COUNT         | false | 123만 4,567개
            120000        | COUNT         | false | 12만 개
            12.5          | PERSONS       | false | 12.5명
            628           | PERCENT       | false | +628%
            89            | PERCENT       | false | +89%
            -5            | PERCENT       | false | -5%
            0             | PERCENT       | false | 0%
            12.345        | PERCENT       | false | +12.35%
            60            | PERCENT_POINT | false | +60%p
            3             | MULTIPLE      | false | 3배
            2.5           | MULTIPLE      | false | 2.5배
            13            | OCCURRENCES   | false | 13회
            1             | RANK          | false | 1위
            12345         | NONE          | false | 12,345
            1234567.891   | NONE          | false | 1,234,567.89
            """)
    void writesKoreanFigures(double value, MetricUnit unit, boolean approximate, String expected) {
        assertThat(QuantityFormatter.format(value, unit, approximate, Locale.KOREA)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} approximate {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            100000000     | KRW           | false | KRW 100M
            90000000      | KRW           | false | KRW 90M
            120000000     | KRW           | false | KRW 120M
            1200000000    | KRW           | false | KRW 1.2B
            1230000000    | KRW           | false | KRW 1.23B
            1234567890    | KRW           | false | KRW 1,234,567,890
            1234000000    | KRW           | false | KRW 1,234M
            1200000000000 | KRW           | false | KRW 1.2T
            50000         | KRW           | false | KRW 50,000
            100000000     | KRW           | true  | ~KRW 100M
            -5000000      | KRW           | false | KRW -5M
            30000         | PERSONS       | true  | ~30,000
            2800          | PERSONS       | false | 2,800
            4000          | COUNT         | true  | ~4,000
            628           | PERCENT       | false | +628%
            -5            | PERCENT       | false | -5%
            60            | PERCENT_POINT | false | +60 pp
            3             | MULTIPLE      | false | ×3
            13            | OCCURRENCES   | false | 13 times
            1             | OCCURRENCES   | false | 1 time
            1             | RANK          | false | 1st
            2             | RANK          | false | 2nd
            3             | RANK          | false | 3rd
            4             | RANK          | false | 4th
            11            | RANK          | false | 11th
            12            | RANK          | false | 12th
            13            | RANK          | false | 13th
            21            | RANK          | false | 21st
            112           | RANK          | false | 112th
            2.5           | RANK          | false | '#2.5'
            12345         | NONE          | false | 12,345
            """)
    void writesEnglishFigures(double value, MetricUnit unit, boolean approximate, String expected) {
        assertThat(QuantityFormatter.format(value, unit, approximate, Locale.UK)).isEqualTo(expected);
    }

    @Test
    void groupsDigitsByLocale() {
        assertThat(QuantityFormatter.format(30000, MetricUnit.PERSONS, true, Locale.GERMANY)).isEqualTo("~30.000");
        assertThat(QuantityFormatter.format(30000, MetricUnit.PERSONS, true, Locale.US)).isEqualTo("~30,000");
    }

    @Test
    void writesKoreanForAnyKoreanLocale() {
        assertThat(QuantityFormatter.format(1e8, MetricUnit.KRW, false, Locale.KOREAN)).isEqualTo("1억원");
        assertThat(QuantityFormatter.format(1e8, MetricUnit.KRW, false, Locale.forLanguageTag("ko-KR")))
                .isEqualTo("1억원");
    }

    @Test
    void writesDashForUndefinedFigure() {
        assertThat(QuantityFormatter.format(Double.NaN, MetricUnit.PERCENT, false, Locale.KOREA))
                .isEqualTo(QuantityFormatter.UNDEFINED);
    }

    @Test
    void writesParsedQuantityBackInItsOwnUnit() throws QuantityFormatException {
        Quantity q = QuantityParser.parse("약 4000여개");

        assertThat(QuantityFormatter.format(q, Locale.KOREA)).isEqualTo("약 4,000개");
    }
}
