package kr.sangsaeng.review.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import kr.sangsaeng.review.model.MetricUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UnitCompatibilityTest {

    @ParameterizedTest(name = "[{0}] with {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            KRW           | KRW           | true
            KRW           | NONE          | true
            NONE          | PERCENT       | true
            COUNT         | PERSONS       | true
            PERSONS       | COUNT         | true
            OCCURRENCES   | COUNT         | true
            PERCENT       | MULTIPLE      | false
            PERCENT       | PERCENT_POINT | false
            PERCENT_POINT | PERCENT       | false
            KRW           | PERSONS       | false
            PERSONS       | OCCURRENCES   | false
            RANK          | COUNT         | false
            """)
    void decidesWhetherWrittenUnitFitsDeclaredUnit(MetricUnit declared, MetricUnit written, boolean expected) {
        assertThat(UnitCompatibility.compatible(declared, written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(MetricUnit.class)
    void acceptsBareNumberUnderAnyColumn(MetricUnit declared) {
        assertThat(UnitCompatibility.compatible(declared, MetricUnit.NONE)).isTrue();
    }

    @Test
    void acceptsWonAmountUnderKrwHeader() throws QuantityFormatException {
        assertThat(UnitCompatibility.mismatch(MetricUnit.KRW, QuantityParser.parse("9000만원"))).isEmpty();
    }

    @Test
    void explainsMultipleUnderPercentHeader() throws QuantityFormatException {
        assertThat(UnitCompatibility.mismatch(MetricUnit.PERCENT, QuantityParser.parse("3배")))
                .contains("unit does not match the column's [%]: \"3배\"");
    }
}
