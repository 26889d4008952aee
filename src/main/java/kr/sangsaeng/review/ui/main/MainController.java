package kr.sangsaeng.review.ui.main;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.app.StartupFile;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.template.ImportTemplates;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.store.Backups;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.ExternalChangeMonitor;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.Tasks;
import kr.sangsaeng.review.ui.compare.CompareController;
import kr.sangsaeng.review.ui.rubric.RubricController;
import kr.sangsaeng.review.ui.scoring.ScoringController;
import kr.sangsaeng.review.ui.results.ResultsController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import kr.sangsaeng.review.ui.importing.ImportDialog;

/** The main window: File menu, the feature tabs and the status bar. */
public final class MainController {
    private static final String WELCOMED = "welcome.shown";
    private static final Logger LOG = LoggerFactory.getLogger(MainController.class);
    private static final Duration DAILY = Duration.ofDays(1);

    private final AppContext ctx;
    private final StartupImport startupImport = new StartupImport();

    @FXML private BorderPane root;
    @FXML private TabPane tabs;
    @FXML private Tab submissionsTab;
    @FXML private Menu recentMenu;
    @FXML private MenuItem saveCopyItem;
    @FXML private MenuItem importItem;
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
    // Built on first selection (LazyTab); the Submissions tab, shown first, is built with the window.
    private LazyTab<ScoringController> scoringView;
    private LazyTab<RubricController> rubricView;
    private LazyTab<ResultsController> resultsView;
    private LazyTab<CompareController> compareView;

    public MainController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        ToggleGroup languages = new ToggleGroup();
        englishItem.setToggleGroup(languages);
        koreanItem.setToggleGroup(languages);
        (ctx.locale().getLanguage().equals("ko") ? koreanItem : englishItem).setSelected(true);
        saveCopyItem.disableProperty().bind(ctx.storeProperty().isNull());
        importItem.disableProperty().bind(ctx.storeProperty().isNull());
        exportShortlistItem.disableProperty().bind(ctx.storeProperty().isNull());
        ctx.storeProperty().addListener((obs, old, store) -> showFile(store));
        rebuildRecentMenu();
        statusLabel.setText(ctx.text("status.opening"));
        watchForOutsideChanges();
        createLazyTabs();
        // Views re-read the file when shown: another tab may have changed the rubric or the panel.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab == scoringTab) {
                scoringView.get().onShown();
            } else if (tab == rubricTab) {
                rubricView.get().onShown();
            } else if (tab == resultsTab) {
                resultsView.get();
            } else if (tab == compareTab) {
                compareView.get();
            }
        });
        ctx.submissionToOpenProperty().addListener((o, a, id) -> {
            if (id != null) {
                tabs.getSelectionModel().select(submissionsTab);
            }
        });
        selectStartTab(System.getProperty("sangsaeng.startTab"));
    }

    private void createLazyTabs() {
        scoringView = new LazyTab<>(ctx, scoringTab, ScoringController.class, "ScoringView.fxml", c -> { });
        rubricView = new LazyTab<>(ctx, rubricTab, RubricController.class, "RubricView.fxml", c -> { });
        // The results are computed from the whole round, so only while their tab is on screen.
        resultsView = new LazyTab<>(ctx, resultsTab, ResultsController.class, "ResultsView.fxml",
                c -> c.shownProperty().bind(resultsTab.selectedProperty()));
        compareView = new LazyTab<>(ctx, compareTab, CompareController.class, "CompareView.fxml",
                c -> c.shownProperty().bind(compareTab.selectedProperty()));
    }

    /**
     * Opens on the tab named by {@code -Dsangsaeng.startTab=compare} (the tab whose fx:id is
     * {@code compareTab}), so screenshots and demos can start where they need to.
     */
    private void selectStartTab(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        tabs.getTabs().stream().filter(t -> (name.strip() + "Tab").equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** The status bar says when another window changed the file, and stays marked while it is read-only. */
    private void watchForOutsideChanges() {
        ctx.externalChangesProperty().addListener((o, a, b) -> statusLabel.setText(ctx.text("status.externalChange")));
        readOnlyLabel.setText(ctx.text("status.readOnly"));
        readOnlyLabel.visibleProperty().bind(ctx.readOnlyProperty());
        readOnlyLabel.managedProperty().bind(ctx.readOnlyProperty());
        new ExternalChangeMonitor(ctx).start();
    }

    /** Opens the last file used, or the demo copy on first start (then welcomes the new user). */
    public void openAtStartup() {
        boolean firstStart = ctx.settings().get(WELCOMED).isEmpty();
        Tasks.create(() -> StartupFile.choose(ctx.settings()))
                .onSuccess(file -> {
                    open(file);
                    if (firstStart) {
                        javafx.application.Platform.runLater(this::welcome);
                    }
                })
                .onError(this::failed)
                .runOn(ctx.dbExecutor());
    }

    private void welcome() {
        ctx.settings().put(WELCOMED, "true");
        switch (WelcomeDialog.show(ctx, window())) {
            case NEW_ROUND -> onNew();
            case OPEN -> onOpen();
            case EXPLORE_DEMO -> { }
        }
    }

    /** Opens a review file off the FX thread; on success it becomes the current file. */
    public void open(Path file) {
        statusLabel.setText(ctx.text("status.opening"));
        Tasks.create(() -> openWithDailyBackup(file))
                .onSuccess(store -> {
                    ctx.setStore(store);
                    ctx.settings().addRecentFile(file);
                    rebuildRecentMenu();
                    startupImport.showOnce(ctx, window());
                })
                .onError(this::failedToOpen)
                .runOn(ctx.dbExecutor());
    }

    /**
     * Opens the file, then backs it up if its newest automatic backup is more than a day old: a
     * file in daily use gets one restorable copy per day, taken from a file that just passed its
     * check. A failed backup is logged but does not keep the user from their file.
     */
    private static ReviewStore openWithDailyBackup(Path file) throws ReviewFileException {
        ReviewStore store = ReviewStore.open(file);
        try {
            Backups.createIfOlderThan(file, DAILY, "daily");
        } catch (IOException e) {
            LOG.warn("Daily backup of {} failed", file, e);
        }
        return store;
    }

    private void showFile(ReviewStore store) {
        Stage stage = (Stage) root.getScene().getWindow();
        if (store == null) {
            fileLabel.setText("");
            stage.setTitle(ctx.text("app.title"));
            return;
        }
        fileLabel.setText(store.file().toAbsolutePath().toString());
        statusLabel.setText(ctx.text("status.opened"));
        Tasks.create(() -> store.round().get())
                .onSuccess(round -> stage.setTitle(round.name() + " — " + ctx.text("app.title")))
                .runOn(ctx.dbExecutor());
    }

    private void failedToOpen(Throwable e) {
        statusLabel.setText("");
        if (e instanceof ReviewFileException rfe && rfe.problem() == ReviewFileException.Problem.DAMAGED) {
            offerRestore(rfe);
        } else {
            failed(e);
        }
    }

    private void offerRestore(ReviewFileException e) {
        Optional<Path> backup;
        try {
            backup = Backups.newest(e.file());
        } catch (java.io.IOException io) {
            backup = Optional.empty();
        }
        if (backup.isEmpty()) {
            failed(e);
            return;
        }
        String question = kr.sangsaeng.review.ui.common.ErrorMessages.describe(ctx, e) + "\n\n"
                + ctx.text("restore.offer", backup.get().getFileName());
        if (Dialogs.confirm(ctx, window(), question)) {
            restore(backup.get(), e.file());
        }
    }

    private void restore(Path backup, Path file) {
        Tasks.create(() -> {
            Backups.restore(backup, file);
            return file;
        }).onSuccess(this::open).onError(this::failed).runOn(ctx.dbExecutor());
    }

    private void failed(Throwable e) {
        statusLabel.setText("");
        Dialogs.showError(ctx, window(), e);
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : ctx.settings().recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private FileChooser chooser(String titleKey) {
        FileChooser fc = new FileChooser();
        fc.setTitle(ctx.text(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("file.filter"), "*.sangsaeng"));
        ReviewStore current = ctx.store();
        if (current != null && current.file().toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(current.file().toAbsolutePath().getParent().toFile());
        }
        return fc;
    }

    @FXML
    private void onNew() {
        Optional<NewRoundDialog.Choice> choice = NewRoundDialog.show(ctx, window());
        if (choice.isEmpty()) {
            return;
        }
        FileChooser fc = chooser("menu.file.new");
        fc.setInitialFileName(choice.get().round().name().replaceAll("[\\\\/:*?\"<>|]", "_") + ".sangsaeng");
        File f = fc.showSaveDialog(window());
        if (f == null) {
            return;
        }
        Path file = withExtension(f.toPath());
        Round round = choice.get().round();
        Tasks.create(() -> choice.get().sampleRubric()
                        ? DemoRound.createWithSampleRubric(file, round) : ReviewStore.create(file, round))
                .onSuccess(store -> {
                    ctx.setStore(store);
                    ctx.settings().addRecentFile(file);
                    rebuildRecentMenu();
                })
                .onError(this::failed)
                .runOn(ctx.dbExecutor());
    }

    @FXML
    private void onOpen() {
        File f = chooser("menu.file.open").showOpenDialog(window());
        if (f != null) {
            open(f.toPath());
        }
    }

    @FXML
    private void onOpenDemo() {
        Tasks.create(StartupFile::ensureDemo).onSuccess(this::open).onError(this::failed).runOn(ctx.dbExecutor());
    }

    @FXML
    private void onSaveCopy() {
        File f = chooser("menu.file.saveCopy").showSaveDialog(window());
        ReviewStore store = ctx.store();
        if (f == null || store == null) {
            return;
        }
        Path target = withExtension(f.toPath());
        Tasks.create(() -> {
            store.saveCopy(target);
            return target;
        }).onSuccess(p -> statusLabel.setText(ctx.text("status.copySaved", p.getFileName())))
                .onError(this::failed).runOn(ctx.dbExecutor());
    }

    @FXML
    private void onExportShortlist() {
        kr.sangsaeng.review.ui.export.ShortlistExport.start(ctx, window(), statusLabel::setText);
    }

    @FXML
    private void onRestoreBackup() {
        ReviewStore store = ctx.store();
        if (store == null) {
            return;
        }
        FileChooser fc = chooser("menu.file.restore");
        fc.setInitialDirectory(Backups.folderOf(store.file()).toFile().isDirectory()
                ? Backups.folderOf(store.file()).toFile() : null);
        File backup = fc.showOpenDialog(window());
        if (backup == null || !Dialogs.confirm(ctx, window(), ctx.text("restore.confirm", backup.getName()))) {
            return;
        }
        Path file = store.file();
        ctx.setStore(null);
        restore(backup.toPath(), file);
    }

    @FXML
    private void onImport() {
        ImportDialog.show(ctx, window(), ImportKind.SUBMISSIONS, null);
    }

    @FXML
    private void onSaveTemplate() {
        FileChooser fc = new FileChooser();
        fc.setTitle(ctx.text("template.title"));
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(ctx.text("template.filter.xlsx"), "*.xlsx");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(ctx.text("template.filter.csv"), "*.csv");
        fc.getExtensionFilters().addAll(xlsx, csv);
        fc.setInitialFileName(ctx.text("template.fileName"));
        File f = fc.showSaveDialog(window());
        if (f == null) {
            return;
        }
        String ext = fc.getSelectedExtensionFilter() == csv ? ".csv" : ".xlsx";
        String name = f.getName().toLowerCase(Locale.ROOT);
        Path target = name.endsWith(".csv") || name.endsWith(".xlsx") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ext);
        Tasks.create(() -> {
            ImportTemplates.write(ImportKind.SUBMISSIONS, target);
            return target;
        }).onSuccess(p -> statusLabel.setText(ctx.text("status.templateSaved", p.getFileName())))
                .onError(this::failed).runOn(ctx.dbExecutor());
    }

    @FXML
    private void onQuit() {
        ((Stage) window()).close();
    }

    @FXML
    private void onGuide() {
        kr.sangsaeng.review.ui.help.UserGuideWindow.show(ctx, window());
    }

    @FXML
    private void onAbout() {
        kr.sangsaeng.review.ui.help.AboutDialog.show(ctx, window());
    }

    @FXML
    private void onEnglish() {
        changeLanguage(Locale.ENGLISH);
    }

    @FXML
    private void onKorean() {
        changeLanguage(Locale.KOREAN);
    }

    private void changeLanguage(Locale locale) {
        ctx.settings().put("language", locale.toLanguageTag());
        if (!locale.getLanguage().equals(ctx.locale().getLanguage())) {
            Dialogs.info(ctx, window(), ctx.text("language.restart"));
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static Path withExtension(Path p) {
        return p.getFileName().toString().endsWith(".sangsaeng") ? p : p.resolveSibling(p.getFileName() + ".sangsaeng");
    }
}
