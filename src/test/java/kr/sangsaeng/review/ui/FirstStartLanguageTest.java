package kr.sangsaeng.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With no language chosen yet, the app speaks the system's language when it is Korean, else English. */
class FirstStartLanguageTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void followsAKoreanSystemOnFirstStart() {
        Locale.setDefault(Locale.KOREA);

        assertThat(Messages.chooseLocale(null)).isEqualTo(Locale.KOREAN);
        assertThat(Messages.bundle(Messages.chooseLocale(null)).getString("menu.file")).isEqualTo("파일");
    }

    @Test
    void speaksEnglishOnAnyOtherSystemAndKeepsAChoiceMadeInSettings() {
        Locale.setDefault(Locale.GERMANY);

        assertThat(Messages.chooseLocale(null)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.chooseLocale("ko")).isEqualTo(Locale.KOREAN);
        Locale.setDefault(Locale.KOREA);
        assertThat(Messages.chooseLocale("en")).isEqualTo(Locale.ENGLISH);
    }
}
