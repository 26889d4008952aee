package kr.sangsaeng.review.exchange.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.quantity.Quantity;
import kr.sangsaeng.review.quantity.QuantityFormatException;
import kr.sangsaeng.review.quantity.QuantityParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureReaderTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "4000", "4,000", "1,234,567.25", "-5", "+60", "0.1", "-0", "12345678901234567890"})
    void thePlainNumberShortcutReadsExactlyWhatTheParserReads(String text) throws QuantityFormatException {
        assertThat(FigureReader.plainNumber(text)).isEqualTo(QuantityParser.parse(text));
    }

    @Test
    void aTrailingRemarkInBracketsIsAllowedAndKeptAsWritten() throws QuantityFormatException {
        Quantity q = FigureReader.read("1억원 (육가공 업체, 10월 한 달)");
        assertThat(q.value()).isEqualTo(100_000_000);
        assertThat(q.unit()).isEqualTo(MetricUnit.KRW);
        assertThat(q.asWritten()).isEqualTo("1억원 (육가공 업체, 10월 한 달)");
        assertThat(FigureReader.read("약 300명（상반기）").approximate()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "3만원원", "", "(상반기)", "300~400", "5kg"})
    void malformedFiguresAreRefusedWithTheParsersReason(String text) {
        assertThatThrownBy(() -> FigureReader.read(text)).isInstanceOf(QuantityFormatException.class);
    }
}
