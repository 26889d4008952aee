package kr.sangsaeng.review.ui.main;

import java.nio.file.Path;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.service.EarlyOpen;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.ExternalChangeMonitor;
import kr.sangsaeng.review.ui.common.Dialogs;

/**
 * The main window's FXML controller: it builds the parts that each do one job (StatusBar,
 * RoundHeading, RoundOpening, FileMenuActions, RecentMenus, ServerConnection, MainTabs, Zoom,
 * LanguageMenu), wires them to one another in the order the window needs them, and keeps the
 * one-line handlers the menus in MainWindow.fxml call, with the questions asked before the round
 * is left.
 */
public final class MainController {
    private final AppContext ctx;
    private UnsavedDrafts drafts;
    private Zoom zoom;
    private ServerConnection connection;
    private StatusBar statusBar;
    private RecentMenus recentMenus;
    private MainTabs mainTabs;
    private RoundOpening opening;
    private FileMenuActions fileMenu;
    private LanguageMenu languageMenu;

    @FXML private BorderPane root;
    @FXML private TabPane tabs;
    @FXML private Tab submissionsTab;
    @FXML private Menu recentMenu;
    @FXML private Menu recentServersMenu;
    @FXML private Label connectionBanner;
    @FXML private javafx.scene.layout.HBox connectionBar;
    @FXML private javafx.scene.control.Button refusedButton;
    @FXML private javafx.scene.layout.VBox waitingBox;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem saveCopyItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem importScoresItem;
    @FXML private MenuItem exportScoresItem;
    @FXML private MenuItem addDocumentsItem;
    @FXML private MenuItem exportShortlistItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem koreanItem;
    @FXML private Label fileLabel;
    @FXML private Label statusLabel;
    @FXML private Label readOnlyLabel;
    @FXML private Tab scoringTab;
    @FXML private Tab rubricTab;
    @FXML private Tab resultsTab;
    @FXML private Tab compareTab;
    @FXML private Tab meetingTab;

    public MainController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        statusBar = new StatusBar(ctx, statusLabel, readOnlyLabel);
        languageMenu = new LanguageMenu(ctx, englishItem, koreanItem, this::window);
        ServerWindow.fitFileMenu(ctx, saveCopyItem, restoreItem, importItem, importScoresItem, addDocumentsItem,
                exportShortlistItem);
        exportScoresItem.disableProperty().bind(ctx.roundProperty().isNull());
        RoundHeading heading = new RoundHeading(ctx, fileLabel, statusBar, this::window, this::failed);
        ctx.roundProperty().addListener((obs, old, store) -> heading.show(store));
        opening = new RoundOpening(ctx, statusBar, this::leave, () -> recentMenus.rebuild(), this::window, this::failed);
        recentMenus = new RecentMenus(ctx, recentMenu, recentServersMenu, this::open,
                address -> connection.reconnectTo(address), address -> connection.menuMark(address));
        connection = new ServerConnection(ctx, statusBar, this::leave, recentMenus::rebuild, this::window);
        connection.showWaitingChanges(waitingBox, recentServersMenu);
        recentMenus.rebuild();
        connection.showConnection(tabs, connectionBar, connectionBanner, refusedButton);
        statusBar.sayText("status.opening");
        watchForOutsideChanges();
        drafts = new UnsavedDrafts(ctx, this::window);
        statusBar.followDrafts(drafts.anyDirtyProperty());
        fileMenu = new FileMenuActions(ctx, statusBar, opening, this::leave, drafts::resolve, recentMenus::rebuild,
                this::window, this::failed);
        mainTabs = new MainTabs(ctx, tabs, submissionsTab, scoringTab, rubricTab, resultsTab, compareTab, meetingTab,
                drafts);
        zoom = new Zoom(ctx.settings(), root);
        if (zoom.percent() != 100) {
            statusBar.showZoom(zoom.percent());
        }
        // Ctrl+= zooms in too: on most keyboards + is Shift+=.
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.EQUALS,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), this::onZoomIn);
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ADD,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), this::onZoomIn);
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.SUBTRACT,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), this::onZoomOut);
            }
        });
        mainTabs.start(System.getProperty("sangsaeng.startTab"));
    }

    /**
     * Asks about unsaved drafts before the window closes; consumes the request (the window stays)
     * unless they were saved or discarded. Closing continues once a save is in the file.
     */
    public void onCloseRequest(javafx.stage.WindowEvent e) {
        if (!drafts.anyDirtyProperty().get() && ctx.pendingProperty().get().waiting() == 0) {
            return;
        }
        e.consume();
        leave(() -> ((Stage) window()).close());
    }

    /**
     * Before the round is closed or replaced: asks about unsaved drafts, then about changes kept
     * during a lost connection and not yet on the server (UnsentChanges).
     */
    private void leave(Runnable proceed) {
        drafts.resolve(() -> UnsentChanges.resolve(ctx, window(), proceed));
    }

    /** Outside changes to the file show in the status bar; changes kept for the server are sent as it answers. */
    private void watchForOutsideChanges() {
        statusBar.watchForOutsideChanges();
        new ExternalChangeMonitor(ctx).start();
        connection.keepSending();
    }

    /**
     * Shows the last file used, or the demo copy on first start (then welcomes the new user), as
     * {@code early} finds and opens it; its outcome is taken on the database thread, before any
     * other work on the round.
     */
    public void openAtStartup(EarlyOpen early) {
        opening.openAtStartup(early, this::welcome);
    }

    private void welcome() {
        switch (WelcomeDialog.show(ctx, window())) {
            case NEW_ROUND -> onNew();
            case OPEN -> onOpen();
            case EXPLORE_DEMO -> { }
        }
    }

    /** Opens a review file off the FX thread; on success it becomes the current file. */
    public void open(Path file) {
        opening.open(file);
    }

    private void failed(Throwable e) {
        ctx.markStartupOver();
        statusBar.clear();
        Dialogs.showError(ctx, window(), e);
    }

    @FXML
    private void onConnect() {
        connection.connect();
    }

    @FXML
    private void onNew() {
        fileMenu.newRound();
    }

    @FXML
    private void onOpen() {
        fileMenu.open();
    }

    @FXML
    private void onOpenDemo() {
        fileMenu.openDemo();
    }

    @FXML
    private void onSaveCopy() {
        fileMenu.saveCopy();
    }

    @FXML
    private void onExportShortlist() {
        fileMenu.exportShortlist();
    }

    @FXML
    private void onRestoreBackup() {
        fileMenu.restoreBackup();
    }

    @FXML
    private void onImport() {
        fileMenu.importSubmissions();
    }

    @FXML
    private void onImportScores() {
        fileMenu.importScores();
    }

    @FXML
    private void onExportScores() {
        fileMenu.exportScores();
    }

    @FXML
    private void onAddDocuments() {
        fileMenu.addDocuments();
    }

    @FXML
    private void onSaveTemplate() {
        fileMenu.saveTemplate();
    }

    @FXML
    private void onQuit() {
        leave(() -> ((Stage) window()).close());
    }

    @FXML
    private void onGuide() {
        kr.sangsaeng.review.ui.help.UserGuideWindow.show(ctx, window());
    }

    @FXML
    private void onZoomIn() {
        zoom.in();
        statusBar.showZoom(zoom.percent());
    }

    @FXML
    private void onZoomOut() {
        zoom.out();
        statusBar.showZoom(zoom.percent());
    }

    @FXML
    private void onZoomReset() {
        zoom.reset();
        statusBar.showZoom(zoom.percent());
    }

    /** Zoom in percent, for tests and the status bar. */
    public int zoomPercent() {
        return zoom.percent();
    }

    @FXML
    private void onShortcuts() {
        KeyboardShortcuts.show(ctx, window());
    }

    @FXML
    private void onAbout() {
        kr.sangsaeng.review.ui.help.AboutDialog.show(ctx, window());
    }

    @FXML
    private void onEnglish() {
        languageMenu.choose(Locale.ENGLISH);
    }

    @FXML
    private void onKorean() {
        languageMenu.choose(Locale.KOREAN);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
