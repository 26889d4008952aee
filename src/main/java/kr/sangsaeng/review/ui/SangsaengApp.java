package kr.sangsaeng.review.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import kr.sangsaeng.review.app.AppPaths;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.service.EarlyOpen;
import kr.sangsaeng.review.ui.common.CrashDialog;
import kr.sangsaeng.review.ui.common.FxmlViews;
import kr.sangsaeng.review.ui.common.UiFonts;
import kr.sangsaeng.review.ui.common.WindowDefaults;
import kr.sangsaeng.review.ui.main.MainController;

/** The desktop application: opens the main window on the last file, or on the 2022 demo at first start. */
public final class SangsaengApp extends Application {
    /** The first file's opening, begun in {@link #main} before JavaFX starts. */
    private static EarlyOpen early;
    private static Settings earlySettings;
    private AppContext ctx;

    public static void main(String[] args) {
        main(args, () -> { });
    }

    /**
     * Starts the window. The last file is found and opened meanwhile on a thread of its own, which
     * runs {@code prepare} first (docs/architecture.md, "Start-up").
     */
    public static void main(String[] args, Runnable prepare) {
        // Chosen before the first logger exists: the desktop app logs to a rotating file, the CLI does not.
        System.setProperty(kr.sangsaeng.review.app.DesktopLogging.LOG_DIR, AppPaths.logDir().toString());
        ClassPathJavaFx.quietStartWarning();
        earlySettings = new Settings(AppPaths.settingsFile());
        early = EarlyOpen.begin(earlySettings, prepare);
        launch(SangsaengApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Settings settings = earlySettings != null ? earlySettings : new Settings(AppPaths.settingsFile());
        EarlyOpen first = early != null ? early : EarlyOpen.begin(settings, () -> { });
        ctx = new AppContext(settings, Messages.chooseLocale(settings.get("language").orElse(null)));
        CrashDialog.install(ctx);
        MainController main = showMainWindow(ctx, stage);
        main.openAtStartup(first);
    }

    /** Builds the main window into a stage; tests call this with their own context. */
    public static MainController showMainWindow(AppContext ctx, Stage stage) {
        FxmlViews.Loaded<MainController> view = FxmlViews.load(ctx, MainController.class, "MainWindow.fxml");
        Scene scene = new Scene(view.root(), ctx.settings().getDouble("window.width", 1280),
                ctx.settings().getDouble("window.height", 800));
        WindowDefaults.useBundledFont(view.root()); // keeps the zoom the window set
        WindowDefaults.install(ctx.bundle(), scene);
        scene.getStylesheets().add(SangsaengApp.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(ctx.text("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowGeometry.restore(ctx.settings(), stage);
        stage.setOnHidden(e -> WindowGeometry.save(ctx.settings(), stage));
        stage.setOnCloseRequest(view.controller()::onCloseRequest);
        stage.show();
        FirstFrameProbe.installIfRequested(scene);
        return view.controller();
    }

    @Override
    public void stop() {
        if (ctx != null) {
            ctx.close();
        }
    }
}
