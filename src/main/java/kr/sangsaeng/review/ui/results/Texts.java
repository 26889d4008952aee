package kr.sangsaeng.review.ui.results;

/** Looks up a UI text and fills in its arguments; {@code AppContext::text} in the app. */
@FunctionalInterface
public interface Texts {
    String text(String key, Object... args);
}
