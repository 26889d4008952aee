package kr.sangsaeng.review.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import kr.sangsaeng.review.model.MetricUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The figures of the six cases selected in December 2022 (README.md "The 2022 demo round"), as the app shows them. */
class DemoRoundFiguresTest {

    static Stream<Arguments> figures() {
        return Stream.of(
                figure("2022-01 merchants", 4_000, MetricUnit.COUNT, true, "약 4,000개", "~4,000"),
                figure("2022-01 one processor's October sales", 100_000_000, MetricUnit.KRW, false,
                        "1억원", "KRW 100M"),
                figure("2022-02 merchants onboarded", 2_800, MetricUnit.PERSONS, true, "약 2,800명", "~2,800"),
                figure("2022-02 one seller's transaction volume", 3, MetricUnit.MULTIPLE, false, "3배", "×3"),
                figure("2022-03 restaurant merchants", 30_000, MetricUnit.PERSONS, true, "약 3만 명", "~30,000"),
                figure("2022-03 largest payout", 90_000_000, MetricUnit.KRW, false, "9,000만원", "KRW 90M"),
                figure("2022-04 sellers", 900, MetricUnit.PERSONS, true, "약 900명", "~900"),
                figure("2022-04 best sellers' growth", 628, MetricUnit.PERCENT, false, "+628%", "+628%"),
                figure("2022-05 merchants", 300, MetricUnit.PERSONS, true, "약 300명", "~300"),
                figure("2022-05 merchants' growth", 89, MetricUnit.PERCENT, false, "+89%", "+89%"),
                figure("2022-05 Coupang overall growth", 29, MetricUnit.PERCENT, false, "+29%", "+29%"),
                figure("2022-05 uplift", 60, MetricUnit.PERCENT_POINT, false, "+60%p", "+60 pp"),
                figure("2022-06 special exhibitions", 13, MetricUnit.OCCURRENCES, false, "13회", "13 times"),
                figure("2022-06 special sales", 300, MetricUnit.OCCURRENCES, true, "약 300회", "~300 times"),
                figure("2022-06 rank among operators", 1, MetricUnit.RANK, false, "1위", "1st"));
    }

    private static Arguments figure(String what, double value, MetricUnit unit, boolean approximate,
                                    String korean, String english) {
        return Arguments.of(what, value, unit, approximate, korean, english);
    }

    @ParameterizedTest(name = "{0}: {4} / {5}")
    @MethodSource("figures")
    void showsDemoFigureInKoreanAndEnglish(String what, double value, MetricUnit unit, boolean approximate,
                                           String korean, String english) {
        assertThat(QuantityFormatter.format(value, unit, approximate, Locale.KOREA)).isEqualTo(korean);
        assertThat(QuantityFormatter.format(value, unit, approximate, Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("figures")
    void readsDemoFigureBackFromItsKoreanForm(String what, double value, MetricUnit unit, boolean approximate,
                                              String korean, String english) throws QuantityFormatException {
        Quantity q = QuantityParser.parse(korean);

        assertThat(q.value()).isEqualTo(value);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.approximate()).isEqualTo(approximate);
    }
}
