package kr.sangsaeng.review.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {
    private static final String KOREAN = "접수번호,플랫폼,사례명\n2022-03,우아한형제들,풍수해보험료 지원 (똠방각하 뷁)\n";

    @TempDir
    Path dir;

    @Test
    void detectsUtf8WithAndWithoutBom() throws Exception {
        assertThat(TextEncoding.detect(ExchangeTestFiles.bytes(dir, "a.csv", KOREAN, StandardCharsets.UTF_8, false)))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextEncoding.detect(ExchangeTestFiles.bytes(dir, "b.csv", KOREAN, StandardCharsets.UTF_8, true)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void detectsUtf16ByItsByteOrderMarkAndNamesEncodingsAsPeopleKnowThem() throws Exception {
        byte[] le = ("\uFEFF" + KOREAN).getBytes(StandardCharsets.UTF_16LE);
        Path file = java.nio.file.Files.write(dir.resolve("u16.csv"), le);

        assertThat(TextEncoding.detect(file)).isEqualTo(StandardCharsets.UTF_16);
        assertThat(TextEncoding.nameOf(TextEncoding.CP949)).isEqualTo("CP949");
        assertThat(TextEncoding.nameOf(StandardCharsets.UTF_16LE)).isEqualTo("UTF-16");
        assertThat(TextEncoding.nameOf(TextEncoding.forName("utf16"))).isEqualTo("UTF-16");
        assertThat(TextEncoding.nameOf(TextEncoding.forName("EUC-KR"))).isEqualTo("CP949");
    }

    @Test
    void detectsCp949AsKoreanExcelSavesIt() throws Exception {
        // 똠 and 뷁 exist in CP949 but not in EUC-KR: Excel's "EUC-KR" is really CP949.
        assertThat(TextEncoding.detect(ExchangeTestFiles.bytes(dir, "c.csv", KOREAN, TextEncoding.CP949, false)))
                .isEqualTo(TextEncoding.CP949);
    }

    @Test
    void detectsAFileWhoseMultiByteCharacterStraddlesTheReadBuffer() throws Exception {
        String longText = "a".repeat(32 * 1024 - 1) + "가나다\n";
        assertThat(TextEncoding.detect(ExchangeTestFiles.bytes(dir, "d.csv", longText, StandardCharsets.UTF_8, false)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void namesUsersTypeMapToTheRightCharset() {
        assertThat(TextEncoding.forName("EUC-KR")).isEqualTo(TextEncoding.CP949);
        assertThat(TextEncoding.forName("cp949")).isEqualTo(TextEncoding.CP949);
        assertThat(TextEncoding.forName("utf8")).isEqualTo(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextEncoding.forName("klingon")).hasMessageContaining("unknown encoding");
    }
}
