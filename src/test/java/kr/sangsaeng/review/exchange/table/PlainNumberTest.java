package kr.sangsaeng.review.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainNumberTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4000|4000", "4,000|4000", "-1,234.5|-1234.5", "+60|60", "0.25|0.25",
            "1,234,567|1234567", "007|7", "-0|0"})
    void readsPlainNumbers(String text, double value) {
        assertThat(PlainNumber.parse(text)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "40,00", "4,0000", ",400", "4.", ".5", "12..5", "NaN", "Infinity", "1e5", "5점", " 5"})
    void refusesAnythingElse(String text) {
        assertThat(PlainNumber.parse(text)).isEmpty();
    }
}
