package kr.sangsaeng.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void fixedRoundsHalfAwayFromZeroWithoutExponentOrLocale() {
        assertThat(Decimals.fixed(64.375, 2, "-")).isEqualTo("64.38");
        assertThat(Decimals.fixed(-1.005, 1, "-")).isEqualTo("-1.0");
        assertThat(Decimals.fixed(0.0004, 3, "-")).isEqualTo("0.000");
        assertThat(Decimals.fixed(-0.0004, 3, "-")).isEqualTo("0.000");
        assertThat(Decimals.fixed(86.25, 0, "-")).isEqualTo("86");
        assertThat(Decimals.fixed(12345678.5, 1, "-")).isEqualTo("12345678.5");
        assertThat(Decimals.fixed(Double.NaN, 2, "-")).isEqualTo("-");
    }

    @Test
    void plainDropsTrailingZeros() {
        assertThat(Decimals.plain(85.0, 4, "")).isEqualTo("85");
        assertThat(Decimals.plain(9.43729, 4, "")).isEqualTo("9.4373");
        assertThat(Decimals.plain(0.00004, 4, "")).isEqualTo("0");
        assertThat(Decimals.plain(-0.00004, 4, "")).isEqualTo("0");
        assertThat(Decimals.plain(Double.POSITIVE_INFINITY, 4, "")).isEmpty();
    }
}
