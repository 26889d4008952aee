package kr.sangsaeng.review.ui;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.TestRounds;
import kr.sangsaeng.review.ui.main.MainController;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's main window on TestFX's shared primary stage, built afresh before every test:
 *
 * <pre>
 * &#64;RegisterExtension
 * final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);
 * private AppContext ctx; // filled in before each test, as are Stage and MainController fields
 * </pre>
 *
 * Each test gets its own temporary folder (settings and round file), the stage at the screen's corner
 * at 1280×800 whatever the test before did to it, and afterwards every other window hidden, the
 * context closed and the folder removed. Test methods may take an {@link FxRobot}. (TestFX's own
 * ApplicationExtension finds {@code @Start} only among the test class's declared methods, so a
 * set-up shared by many classes cannot live there.)
 */
public final class MainWindowExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** The round the window shows, made in the test's folder. */
    @FunctionalInterface
    public interface RoundMaker {
        OpenRound open(Path folder) throws Exception;
    }

    /** A step on the context before the window is built (rows the views must find, settings). */
    @FunctionalInterface
    public interface ContextStep {
        void run(AppContext ctx) throws Exception;
    }

    /** A step on the shown window, on the FX thread. */
    @FunctionalInterface
    public interface StageStep {
        void run(Stage stage) throws Exception;
    }

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private static final long TIMEOUT_SECONDS = 60;

    private final Locale locale;
    private final RoundMaker roundMaker;
    private boolean roundAfterWindow;
    private String startTab;
    private ContextStep beforeShowing = ctx -> { };
    private StageStep afterShowing = stage -> { };
    private Runnable afterClosing = () -> { };

    private Path folder;
    private AppContext ctx;
    private Stage stage;
    private MainController controller;

    private MainWindowExtension(Locale locale, RoundMaker roundMaker) {
        this.locale = locale;
        this.roundMaker = roundMaker;
    }

    /** The window on a fresh copy of the demo round. */
    public static MainWindowExtension onDemoRound(Locale locale) {
        return new MainWindowExtension(locale, folder -> TestRounds.over(DemoRound.createAt(folder.resolve("demo.sangsaeng"))));
    }

    /** The window on a round of the test's own. */
    public static MainWindowExtension onRound(Locale locale, RoundMaker roundMaker) {
        return new MainWindowExtension(locale, roundMaker);
    }

    /** The window with no round open (the test opens one, e.g. on a server). */
    public static MainWindowExtension withoutRound(Locale locale) {
        return new MainWindowExtension(locale, null);
    }

    /** Opens the round after the window is built, as the app does at start-up. */
    public MainWindowExtension roundOpenedAfterWindow() {
        roundAfterWindow = true;
        return this;
    }

    /** The tab the window opens on ({@code sangsaeng.startTab}). */
    public MainWindowExtension startTab(String tab) {
        startTab = tab;
        return this;
    }

    public MainWindowExtension beforeShowing(ContextStep step) {
        beforeShowing = step;
        return this;
    }

    public MainWindowExtension afterShowing(StageStep step) {
        afterShowing = step;
        return this;
    }

    /** A step after the context is closed (putting back what the test changed for the whole JVM). */
    public MainWindowExtension afterClosing(Runnable step) {
        afterClosing = step;
        return this;
    }

    public AppContext ctx() {
        return ctx;
    }

    public Stage stage() {
        return stage;
    }

    public MainController controller() {
        return controller;
    }

    /** The test's own temporary folder, holding settings.properties and the round file. */
    public Path folder() {
        return folder;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        folder = Files.createTempDirectory("sangsaeng-ui");
        onFx(() -> {
            putBack(stage);
            show();
            putBack(stage);
            afterShowing.run(stage);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        inject(context.getRequiredTestInstance());
    }

    private void show() throws Exception {
        ctx = new AppContext(new Settings(folder.resolve("settings.properties")), locale);
        OpenRound round = roundMaker == null ? null : roundMaker.open(folder);
        if (round != null && !roundAfterWindow) {
            ctx.setRound(round);
        }
        beforeShowing.run(ctx);
        if (startTab != null) {
            System.setProperty("sangsaeng.startTab", startTab);
        }
        try {
            controller = SangsaengApp.showMainWindow(ctx, stage);
        } finally {
            System.clearProperty("sangsaeng.startTab");
        }
        if (round != null && roundAfterWindow) {
            ctx.setRound(round);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            onFx(() -> {
                List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
                putBack(stage);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            try {
                if (ctx != null) {
                    ctx.close();
                }
            } finally {
                afterClosing.run();
                delete(folder);
                clear(stage);
            }
        }
    }

    /**
     * Takes the closed window's nodes off the shared primary stage: a later test that opens its own
     * stage would otherwise find this window's controls first in its lookups, or click a tab of a
     * window whose context is closed.
     */
    private static void clear(Stage stage) throws Exception {
        if (stage != null) {
            onFx(() -> {
                stage.setScene(new Scene(new Pane()));
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * The primary stage is shared by every test in the run; one that moved, resized or maximised it
     * would otherwise make the next one click past the window's edge.
     */
    private static void putBack(Stage stage) {
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    /** Fills the test's fields of the context, stage and controller types (own and inherited). */
    private void inject(Object test) throws IllegalAccessException {
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Object value = f.getType() == AppContext.class ? ctx
                        : f.getType() == Stage.class ? stage
                        : f.getType() == MainController.class ? controller : null;
                if (value != null && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    f.set(test, value);
                }
            }
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            return done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // A file still held open stays behind in the system's temporary folder, and one SQLite removes
            // while the folder is walked (its -shm beside a closing reader) is gone already; the test's result stands.
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new FxRobot();
    }
}
