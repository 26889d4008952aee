package kr.sangsaeng.review.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import kr.sangsaeng.review.model.MetricUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spellings of figures committees meet in submissions (spellings.psv): each with the value, unit,
 * counting word and approximate flag a Korean reader takes from it; and the truly ambiguous ones
 * (refusals.psv) with the reason shown beside the row and column.
 */
class SpellingTableTest {

    static List<String[]> rows(String name) throws IOException {
        try (InputStream in = SpellingTableTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .map(l -> Stream.of(l.split("\\|", -1)).map(String::strip).toArray(String[]::new))
                    .toList();
        }
    }

    static Stream<Arguments> spellings() throws IOException {
        return rows("spellings.psv").stream().map(r -> Arguments.of(r[0], Double.parseDouble(r[1]),
                MetricUnit.valueOf(r[2]), r[3], Boolean.parseBoolean(r[4])));
    }

    static Stream<Arguments> refusals() throws IOException {
        return rows("refusals.psv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0} → {1} {2} [{3}] approximate {4}")
    @MethodSource("spellings")
    void readsEachSpellingAsAKoreanReaderMeansIt(String written, double value, MetricUnit unit, String counter,
                                                 boolean approximate) throws QuantityFormatException {
        Quantity q = QuantityParser.parse(written);

        assertThat(q.value()).isCloseTo(value, within(1e-6));
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.counter()).isEqualTo(counter);
        assertThat(q.approximate()).isEqualTo(approximate);
        assertThat(q.asWritten()).isEqualTo(written);
    }

    @ParameterizedTest(name = "[{0}] refused: {1}")
    @MethodSource("refusals")
    void refusesWhatIsTrulyAmbiguousWithAReason(String written, String reason) {
        assertThatThrownBy(() -> QuantityParser.parse(written))
                .isInstanceOf(QuantityFormatException.class)
                .satisfies(e -> assertThat(((QuantityFormatException) e).reason()).isEqualTo(reason));
    }

    @Test
    void coversAtLeastOneHundredFiftySpellings() throws IOException {
        assertThat(rows("spellings.psv")).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void writesAFigureWithAnEmptyManGroupSoItReadsBackTheSame() throws QuantityFormatException {
        String shown = QuantityFormatter.format(100_005_000, MetricUnit.KRW, false, java.util.Locale.KOREAN);

        assertThat(shown).isEqualTo("100,005,000원");
        assertThat(QuantityParser.parse(shown).value()).isEqualTo(100_005_000d);
        assertThat(QuantityFormatter.format(150_000_000, MetricUnit.KRW, false, java.util.Locale.KOREAN))
                .isEqualTo("1억 5,000만원");
    }

    /**
     * The committee's decision (docs/quantities.md): after 조 a last group without its own unit is in
     * 억, as after 억 it is in 만, so 1조 5천 is 1조 5천억 — and shows so in the import preview.
     */
    @Test
    void readsALastBareGroupAfterJoIn억() throws QuantityFormatException {
        assertThat(QuantityParser.parse("1조 5천").value()).isEqualTo(1.5e12);
        assertThat(QuantityParser.parse("1조 5천").value()).isEqualTo(QuantityParser.parse("1조 5천억").value());
        assertThat(QuantityFormatter.format(1.5e12, MetricUnit.KRW, false, java.util.Locale.KOREAN))
                .isEqualTo("1조 5,000억원");
    }

    @Test
    void tellsWhetherTheFigureStatedItsOwnMagnitude() throws QuantityFormatException {
        assertThat(QuantityParser.parse("2.5억").magnitudeStated()).isTrue();
        assertThat(QuantityParser.parse("50K").magnitudeStated()).isTrue();
        assertThat(QuantityParser.parse("5000").magnitudeStated()).isFalse();
        assertThat(QuantityParser.parse("5천").magnitudeStated()).isFalse();
    }
}
