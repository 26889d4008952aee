package kr.sangsaeng.review.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.template.ImportTemplates;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.RoundPlaces;
import kr.sangsaeng.review.ui.common.Tasks;
import kr.sangsaeng.review.ui.documents.AddDocumentsDialog;
import kr.sangsaeng.review.ui.export.ScorePackExport;
import kr.sangsaeng.review.ui.export.ShortlistExport;
import kr.sangsaeng.review.ui.importing.ImportDialog;

/**
 * What the File menu's items do with files: a new round, open, the demo copy, save a copy (or, on a
 * server round, archive it into a review file: docs/server-mode.md), restore a backup, the imports
 * and exports, documents and the import template. The FXML controller keeps only the one-line
 * handlers, so these file choosers and their tasks can be read apart from the window's wiring.
 */
final class FileMenuActions {
    private final AppContext ctx;
    private final StatusBar status;
    private final RoundOpening opening;
    private final Consumer<Runnable> leave;
    private final Consumer<Runnable> resolveDrafts;
    private final Runnable menuChanged;
    private final Supplier<Window> owner;
    private final Consumer<Throwable> failed;

    /**
     * {@code leave} runs its argument once drafts and unsent changes are resolved, {@code resolveDrafts}
     * once drafts alone are; {@code menuChanged} rebuilds the Recent files menu; {@code failed} shows a failure.
     */
    FileMenuActions(AppContext ctx, StatusBar status, RoundOpening opening, Consumer<Runnable> leave,
                    Consumer<Runnable> resolveDrafts, Runnable menuChanged, Supplier<Window> owner,
                    Consumer<Throwable> failed) {
        this.ctx = ctx;
        this.status = status;
        this.opening = opening;
        this.leave = leave;
        this.resolveDrafts = resolveDrafts;
        this.menuChanged = menuChanged;
        this.owner = owner;
        this.failed = failed;
    }

    private FileChooser chooser(String titleKey) {
        FileChooser fc = new FileChooser();
        fc.setTitle(ctx.text(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("file.filter"), "*.sangsaeng"));
        OpenRound current = ctx.round();
        if (current != null && current.file() != null && current.file().toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(current.file().toAbsolutePath().getParent().toFile());
        }
        return fc;
    }

    /** File → New round…, once unsaved work is resolved. */
    void newRound() {
        leave.accept(this::createRound);
    }

    private void createRound() {
        Optional<NewRoundDialog.Choice> choice = NewRoundDialog.show(ctx, owner.get());
        if (choice.isEmpty()) {
            return;
        }
        FileChooser fc = chooser("menu.file.new");
        fc.setInitialFileName(choice.get().round().name().replaceAll("[\\\\/:*?\"<>|]", "_") + ".sangsaeng");
        File f = fc.showSaveDialog(owner.get());
        if (f == null) {
            return;
        }
        Path file = withExtension(f.toPath());
        Round round = choice.get().round();
        Tasks.create(() -> RoundFiles.create(file, round, choice.get().sampleRubric()))
                .onSuccess(created -> {
                    ctx.setRound(created);
                    ctx.settings().addRecentFile(file);
                    menuChanged.run();
                })
                .onError(failed)
                .runOn(ctx.dbExecutor());
    }

    void open() {
        File f = chooser("menu.file.open").showOpenDialog(owner.get());
        if (f != null) {
            opening.open(f.toPath());
        }
    }

    void openDemo() {
        Tasks.create(RoundFiles::demoFile).onSuccess(opening::open).onError(failed).runOn(ctx.dbExecutor());
    }

    /** Saves a copy of the file; on a server round, archives the round into a review file (docs/server-mode.md). */
    void saveCopy() {
        OpenRound store = ctx.round();
        if (store == null) {
            return;
        }
        boolean server = store.server().isPresent();
        FileChooser fc = chooser(server ? "menu.file.archive" : "menu.file.saveCopy");
        if (server) {
            Path standIn = RoundPlaces.reviewFileOrStandIn(store);
            fc.setInitialDirectory(standIn.getParent().toFile());
            fc.setInitialFileName(String.valueOf(standIn.getFileName()));
        }
        File f = fc.showSaveDialog(owner.get());
        if (f == null) {
            return;
        }
        Path target = withExtension(f.toPath());
        if (server) {
            status.sayText("status.archiving");
        }
        Tasks.create(() -> {
            store.saveCopy(target);
            return target;
        }).onSuccess(p -> status.sayText(server ? "status.archived" : "status.copySaved", p.getFileName()))
                .onError(failed).runOn(ctx.dbExecutor());
    }

    void exportShortlist() {
        ShortlistExport.start(ctx, owner.get(), status::say);
    }

    void restoreBackup() {
        OpenRound store = ctx.round();
        if (store == null || store.file() == null) {
            return;
        }
        FileChooser fc = chooser("menu.file.restore");
        File backups = RoundFiles.backupFolder(store.file()).toFile();
        fc.setInitialDirectory(backups.isDirectory() ? backups : null);
        File backup = fc.showOpenDialog(owner.get());
        if (backup == null || !Dialogs.confirm(ctx, owner.get(), ctx.text("restore.confirm", backup.getName()))) {
            return;
        }
        resolveDrafts.accept(() -> restoreOver(store, backup));
    }

    private void restoreOver(OpenRound store, File backup) {
        Path file = store.file();
        ctx.setRound(null);
        opening.restore(backup.toPath(), file);
    }

    void importSubmissions() {
        ImportDialog.show(ctx, owner.get(), ImportKind.SUBMISSIONS, null);
    }

    void importScores() {
        ImportDialog.show(ctx, owner.get(), ImportKind.SCORES, null);
    }

    void exportScores() {
        ScorePackExport.start(ctx, owner.get(), status::say);
    }

    void addDocuments() {
        AddDocumentsDialog.chooseAndAdd(ctx, owner.get(), Actor.SECRETARY);
    }

    void saveTemplate() {
        FileChooser fc = new FileChooser();
        fc.setTitle(ctx.text("template.title"));
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(ctx.text("template.filter.xlsx"), "*.xlsx");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(ctx.text("template.filter.csv"), "*.csv");
        fc.getExtensionFilters().addAll(xlsx, csv);
        fc.setInitialFileName(ctx.text("template.fileName"));
        File f = fc.showSaveDialog(owner.get());
        if (f == null) {
            return;
        }
        String ext = fc.getSelectedExtensionFilter() == csv ? ".csv" : ".xlsx";
        String name = f.getName().toLowerCase(Locale.ROOT);
        Path target = name.endsWith(".csv") || name.endsWith(".xlsx") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ext);
        Tasks.create(() -> {
            ImportTemplates.write(ImportKind.SUBMISSIONS, target);
            return target;
        }).onSuccess(p -> status.sayText("status.templateSaved", p.getFileName()))
                .onError(failed).runOn(ctx.dbExecutor());
    }

    private static Path withExtension(Path p) {
        return p.getFileName().toString().endsWith(".sangsaeng") ? p : p.resolveSibling(p.getFileName() + ".sangsaeng");
    }
}
