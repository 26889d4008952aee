package kr.sangsaeng.review.ui.common;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** No background failure may go unseen: a task that does not say what happens on failure is refused. */
class TasksTest {
    @Test
    void refusesATaskWithoutAnErrorHandler() {
        assertThatThrownBy(() -> Tasks.create(() -> 1).onSuccess(x -> { }).runOn(Runnable::run))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("onError");
    }

    @Test
    void theInlineRunnerRequiresAnErrorHandler() {
        assertThatThrownBy(() -> TaskRunner.inline().run(() -> 1, x -> { }, null))
                .isInstanceOf(NullPointerException.class);
    }
}
