package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementBandTest {
    @Test
    void followsKooAndLiWithBoundariesInTheUpperBand() {
        assertThat(AgreementBand.of(-0.2)).isEqualTo(AgreementBand.POOR);
        assertThat(AgreementBand.of(0.499)).isEqualTo(AgreementBand.POOR);
        assertThat(AgreementBand.of(0.50)).isEqualTo(AgreementBand.MODERATE);
        assertThat(AgreementBand.of(0.749)).isEqualTo(AgreementBand.MODERATE);
        assertThat(AgreementBand.of(0.75)).isEqualTo(AgreementBand.GOOD);
        assertThat(AgreementBand.of(0.90)).isEqualTo(AgreementBand.GOOD);
        assertThat(AgreementBand.of(0.901)).isEqualTo(AgreementBand.EXCELLENT);
        assertThat(AgreementBand.of(Double.NaN)).isEqualTo(AgreementBand.UNKNOWN);
    }
}
