package kr.sangsaeng.review.exchange.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import kr.sangsaeng.review.model.MetricUnit;
import org.junit.jupiter.api.Test;

class MetricHeaderTest {
    private static MetricHeader parse(String header) {
        return MetricHeader.parse(header, new StringBuilder()).orElse(null);
    }

    @Test
    void readsTheUnitInSquareBrackets() {
        assertThat(parse("merchants supported [persons]")).isEqualTo(new MetricHeader("merchants supported", MetricUnit.PERSONS, 1, true));
        assertThat(parse("지원 소상공인 수 [명]").unit()).isEqualTo(MetricUnit.PERSONS);
        assertThat(parse("매출 증가율 ［%］").unit()).isEqualTo(MetricUnit.PERCENT);
        assertThat(parse("uplift [pp]").unit()).isEqualTo(MetricUnit.PERCENT_POINT);
    }

    @Test
    void aScaledWonUnitCarriesItsScale() {
        assertThat(parse("매출 [만원]")).isEqualTo(new MetricHeader("매출", MetricUnit.KRW, 1e4, true));
        assertThat(parse("매출 [억원]").scale()).isEqualTo(1e8);
    }

    @Test
    void roundBracketsAreAUnitOnlyWhenTheyNameOne() {
        assertThat(parse("지원 소상공인 수(명)").unit()).isEqualTo(MetricUnit.PERSONS);
        assertThat(parse("매출 (전년 대비)")).isEqualTo(new MetricHeader("매출 (전년 대비)", MetricUnit.NONE, 1, false));
        assertThat(parse("no unit")).isEqualTo(new MetricHeader("no unit", MetricUnit.NONE, 1, false));
    }

    @Test
    void anUnknownUnitInSquareBracketsIsAProblem() {
        StringBuilder reason = new StringBuilder();
        assertThat(MetricHeader.parse("weight [kg]", reason)).isEmpty();
        assertThat(reason.toString()).startsWith("unknown unit [kg]");
    }

    @Test
    void formatWritesWhatParseReads() {
        for (MetricUnit u : MetricUnit.values()) {
            assertThat(parse(MetricHeader.format("label", u)).unit()).as(u.name()).isEqualTo(u);
        }
    }
}
