package kr.sangsaeng.review.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import kr.sangsaeng.review.model.MetricUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    @ParameterizedTest(name = "{0} → {1} {2}, approximate {3}")
    @CsvSource(delimiter = '|', textBlock = """
            4,000              | 4000          | NONE          | false
            4000               | 4000          | NONE          | false
            1,234,567.5        | 1234567.5     | NONE          | false
            약 4000여개          | 4000          | COUNT         | true
            3만 명              | 30000         | PERSONS       | false
            9000만원            | 90000000      | KRW           | false
            1억원               | 100000000     | KRW           | false
            1억 원              | 100000000     | KRW           | false
            1억 2천만원          | 120000000     | KRW           | false
            1억2천만원           | 120000000     | KRW           | false
            2.5억              | 250000000     | NONE          | false
            1조 2,000억         | 1200000000000 | NONE          | false
            1조 2,000억원        | 1200000000000 | KRW           | false
            2천5백만원           | 25000000      | KRW           | false
            2천 5백만원          | 25000000      | KRW           | false
            1,000만 원          | 10000000      | KRW           | false
            1만 2,345명         | 12345         | PERSONS       | false
            ₩1억               | 100000000     | KRW           | false
            628%               | 628           | PERCENT       | false
            +628%              | 628           | PERCENT       | false
            628 percent        | 628           | PERCENT       | false
            3배                | 3             | MULTIPLE      | false
            ×3                 | 3             | MULTIPLE      | false
            x3                 | 3             | MULTIPLE      | false
            3x                 | 3             | MULTIPLE      | false
            +60%p              | 60            | PERCENT_POINT | false
            60 pp              | 60            | PERCENT_POINT | false
            60%P               | 60            | PERCENT_POINT | false
            60 percentage points | 60          | PERCENT_POINT | false
            13회               | 13            | OCCURRENCES   | false
            13 times           | 13            | OCCURRENCES   | false
            1위                | 1             | RANK          | false
            '#1'               | 1             | RANK          | false
            1st                | 1             | RANK          | false
            about 4,000        | 4000          | NONE          | true
            ~4,000             | 4000          | NONE          | true
            approx. 4000       | 4000          | NONE          | true
            4,000+             | 4000          | NONE          | true
            4천여 명            | 4000          | PERSONS       | true
            300여 곳            | 300           | COUNT         | true
            약 900명            | 900           | PERSONS       | true
            4,000개 이상         | 4000          | COUNT         | true
            최대 9,000만원       | 90000000      | KRW           | true
            about 4,000 merchants | 4000       | PERSONS       | true
            -5%                | -5            | PERCENT       | false
            △5%                | -5            | PERCENT       | false
            KRW 100M           | 100000000     | KRW           | false
            100M KRW           | 100000000     | KRW           | false
            100 million won    | 100000000     | KRW           | false
            1.2B               | 1200000000    | NONE          | false
            1.5 bn             | 1500000000    | NONE          | false
            50K                | 50000         | NONE          | false
            0                  | 0             | NONE          | false
            """)
    void readsFiguresAsPeopleWriteThem(String text, double value, MetricUnit unit, boolean approximate)
            throws QuantityFormatException {
        Quantity q = QuantityParser.parse(text);

        assertThat(q.value()).isCloseTo(value, within(1e-6));
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.approximate()).isEqualTo(approximate);
        assertThat(q.asWritten()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ４，０００          | 4000      | NONE          | false
            ＋６０％ｐ          | 60        | PERCENT_POINT | false
            ６２８％           | 628       | PERCENT       | false
            ３만　명           | 30000     | PERSONS       | false
            ～４，０００        | 4000      | NONE          | true
            −5%               | -5        | PERCENT       | false
            ９０００만원        | 90000000  | KRW           | false
            """)
    void readsFullWidthDigitsAndSigns(String text, double value, MetricUnit unit, boolean approximate)
            throws QuantityFormatException {
        Quantity q = QuantityParser.parse(text);

        assertThat(q.value()).isEqualTo(value);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.approximate()).isEqualTo(approximate);
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            many          | not a number
            3만원원        | unit written twice
            KRW 100원      | unit written twice
            ''            | empty value
            '  '          | empty value
            1억억          | "억" written twice
            1억 2억        | "억" written twice
            1만 2억        | units out of order
            2천천          | "천" written twice
            12..5         | malformed number
            40,00         | malformed number
            4 0000        | malformed number
            만             | no digits
            천천           | no digits
            만 2천         | "만" without a number
            %5            | unit before the number
            many 5        | text before the number
            3배%           | more than one unit
            --5           | sign written twice
            300~400       | a range, not one figure
            300-400명      | a range, not one figure
            5kg           | unknown unit "kg"
            1억원 (10월)    | unexpected text "(10월)"
            """)
    void rejectsMalformedValuesWithReason(String text, String reason) {
        assertThatThrownBy(() -> QuantityParser.parse(text))
                .isInstanceOf(QuantityFormatException.class)
                .hasMessage(reason + ": \"" + text + "\"")
                .satisfies(e -> assertThat(((QuantityFormatException) e).reason()).isEqualTo(reason));
    }

    @Test
    void readsNullAsEmpty() {
        assertThatThrownBy(() -> QuantityParser.parse(null)).hasMessage("empty value: \"\"");
    }

    @Test
    void leavesPlainNumberWithoutUnitSoTheColumnDecides() throws QuantityFormatException {
        Quantity q = QuantityParser.parse("4,000");

        assertThat(q.hasUnit()).isFalse();
        assertThat(q.unitOr(MetricUnit.PERSONS)).isEqualTo(MetricUnit.PERSONS);
        assertThat(QuantityParser.parse("9000만원").unitOr(MetricUnit.NONE)).isEqualTo(MetricUnit.KRW);
    }

    @Test
    void keepsDecimalKoreanAmountsExact() throws QuantityFormatException {
        // 1.1 × 10⁸ in binary floating point is 110000000.00000001; the parser works in decimal.
        assertThat(QuantityParser.parse("1.1억").value()).isEqualTo(110_000_000d);
    }

    @Test
    void returnsNullForUnreadableTextWhenAskedTo() {
        assertThat(QuantityParser.parseOrNull("many")).isNull();
        assertThat(QuantityParser.parseOrNull("1위")).isNotNull();
    }
}
