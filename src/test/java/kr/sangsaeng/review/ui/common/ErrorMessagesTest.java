package kr.sangsaeng.review.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.store.DiskFullException;
import kr.sangsaeng.review.store.ReadOnlyStoreException;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewFileException.Problem;
import kr.sangsaeng.review.store.ReviewLockedException;
import kr.sangsaeng.review.store.StoreBusyException;
import kr.sangsaeng.review.store.StoreException;
import kr.sangsaeng.review.ui.AppContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each way a file is refused, and each way a write fails, gets its own sentence in both languages. */
class ErrorMessagesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyReasonToRefuseAFileHasItsOwnSentenceNamingTheFile(String language) {
        try (AppContext ctx = context(language)) {
            Map<Problem, String> sentences = new LinkedHashMap<>();
            for (Problem p : Problem.values()) {
                sentences.put(p, ErrorMessages.describe(ctx,
                        new ReviewFileException(p, Path.of("/data/2022 심사.sangsaeng"), "detail", null)));
            }
            assertThat(sentences.values()).doesNotHaveDuplicates()
                    .allSatisfy(s -> assertThat(s).contains("2022 심사.sangsaeng").doesNotContain("{"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyKindOfFailedWriteHasItsOwnSentence(String language) {
        try (AppContext ctx = context(language)) {
            List<String> sentences = new ArrayList<>();
            for (Throwable e : List.of(new DiskFullException(null), new ReadOnlyStoreException("the disk is full"),
                    new StoreBusyException(null), new ReviewLockedException(),
                    new StoreException("constraint failed", null), new IllegalStateException("bug"))) {
                sentences.add(ErrorMessages.describe(ctx, e));
            }
            assertThat(sentences).doesNotHaveDuplicates().noneMatch(String::isBlank);
        }
    }

    private AppContext context(String language) {
        return new AppContext(new Settings(dir.resolve("settings.properties")), Locale.forLanguageTag(language));
    }
}
