package kr.sangsaeng.review.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import org.junit.jupiter.api.Test;

class BlindLabelsTest {
    @Test
    void lettersCountLikeSpreadsheetColumns() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52, 701, 702).stream().map(BlindLabels::letters))
                .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
    }

    @Test
    void labelsCasesInOrderAndMasksEveryPlatformNameInText() {
        Submission lotte = case_(1, "2022-01", "롯데쇼핑e커머스");
        Submission coupang = case_(5, "2022-05", "쿠팡");
        Submission eats = case_(7, "2022-07", "Coupang Eats");
        BlindLabels labels = BlindLabels.of(List.of(lotte, coupang, eats), code -> "사례 " + code);

        assertThat(labels.labelOf(coupang)).isEqualTo("사례 B");
        assertThat(labels.mask("상반기 매출 89%, 쿠팡 전체 29%")).isEqualTo("상반기 매출 89%, 사례 B 전체 29%");
        assertThat(labels.mask("coupang eats and 롯데쇼핑e커머스")).isEqualTo("사례 C and 사례 A");
        assertThat(labels.mask("no names here")).isEqualTo("no names here");
    }

    private static Submission case_(long id, String ref, String platform) {
        return new Submission(id, ref, id, platform, "title", Set.of(), "", SubmissionStatus.UNDER_REVIEW);
    }
}
