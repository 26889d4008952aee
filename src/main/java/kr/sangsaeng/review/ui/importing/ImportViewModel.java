package kr.sangsaeng.review.ui.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.service.ImportService;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.TaskRunner;

/**
 * State of the Import dialog: the chosen kind, file and encoding; the check that reads the file on
 * the database thread into a plan (with progress and cancel); the preview or the problems; and the
 * import itself, after which the views reload. Choosing anything checks the file again.
 */
public final class ImportViewModel {
    /** Where the dialog stands. */
    public enum State { NO_FILE, CHECKING, INVALID, READY, IMPORTING, DONE, FAILED, CANCELLED }

    private final AppContext ctx;
    private final ImportTexts texts;
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(ImportKind.SUBMISSIONS);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_FILE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper existingCount = new ReadOnlyIntegerWrapper();
    private final BooleanProperty changeExisting = new SimpleBooleanProperty();
    private final ObservableList<PreviewLine> preview = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanBinding canImport;
    private ImportPlan plan;
    private final TaskRunner runner;
    /** Moves on with every new check or import, so the outcome of one stopped meanwhile is ignored. */
    private long generation;
    private AtomicBoolean cancelled = new AtomicBoolean();

    public ImportViewModel(AppContext ctx, TaskRunner runner) {
        this.ctx = ctx;
        this.runner = runner;
        this.texts = new ImportTexts(ctx);
        status.set(ctx.text("import.noFile"));
        kind.addListener((o, a, b) -> check());
        file.addListener((o, a, b) -> check());
        encoding.addListener((o, a, b) -> check());
        canImport = Bindings.createBooleanBinding(() -> state.get() == State.READY && plan != null
                        && plan.summary().changesAnything() && (existingCount.get() == 0 || changeExisting.get()),
                state, existingCount, changeExisting);
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The CSV encoding; null to detect it. */
    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0 to 1 while checking a CSV, -1 when the end is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many items already in the review file the import would change (they need consent). */
    public ReadOnlyIntegerProperty existingCountProperty() {
        return existingCount.getReadOnlyProperty();
    }

    public BooleanProperty changeExistingProperty() {
        return changeExisting;
    }

    public ObservableList<PreviewLine> preview() {
        return preview;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public ImportTexts texts() {
        return texts;
    }

    /** Reads and checks the chosen file against the open review file, off the FX thread. */
    public void check() {
        stop();
        plan = null;
        preview.clear();
        problems.clear();
        summary.set("");
        existingCount.set(0);
        changeExisting.set(false);
        OpenRound store = ctx.round();
        if (file.get() == null || store == null) {
            setState(State.NO_FILE, ctx.text("import.noFile"));
            return;
        }
        ImportKind k = kind.get();
        Path f = file.get();
        Optional<Charset> enc = Optional.ofNullable(encoding.get());
        FxProgress p = newProgress();
        setState(State.CHECKING, ctx.text("import.checking", f.getFileName()));
        long g = ++generation;
        runner.run(() -> store.imports().plan(k, f, enc, p), plan -> {
            if (g == generation) {
                show(plan);
            }
        }, e -> {
            if (g == generation) {
                failed(e);
            }
        });
    }

    /** Imports the checked plan, if the review file still gives the same outcome; the views then reload. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        ImportPlan checked = plan;
        boolean consent = changeExisting.get();
        OpenRound store = ctx.round();
        Optional<Charset> enc = Optional.ofNullable(encoding.get());
        newProgress();
        setState(State.IMPORTING, ctx.text("import.importing"));
        long g = ++generation;
        runner.run(() -> store.imports().applyIfUnchanged(checked, enc, consent), outcome -> {
            if (g == generation) {
                imported(outcome);
            } else {
                ctx.notifyDataChanged(); // applied even though the dialog moved on
            }
        }, e -> {
            if (g == generation) {
                failed(e);
            }
        });
    }

    /** Stops a running check; nothing has been written while checking. An import itself runs to its end. */
    public void cancel() {
        if (state.get() == State.CHECKING) {
            stop();
            setState(State.CANCELLED, ctx.text("import.cancelled"));
        }
    }

    /** Copies the problems as tab-separated lines (row, column, reason), for a spreadsheet or an e-mail. */
    public String problemsAsText() {
        StringBuilder sb = new StringBuilder();
        sb.append(ctx.text("import.col.row")).append('\t').append(ctx.text("import.col.column")).append('\t')
                .append(ctx.text("import.col.reason")).append('\n');
        for (Problem p : problems) {
            sb.append(texts.row(p)).append('\t').append(texts.column(p)).append('\t').append(texts.reason(p)).append('\n');
        }
        return sb.toString();
    }

    private void show(ImportPlan p) {
        plan = p;
        if (!p.isValid()) {
            problems.setAll(p.problems());
            summary.set(ctx.text("import.problems", p.problems().size()));
            setState(State.INVALID, p.file().getFileName().toString());
            return;
        }
        preview.setAll(p.preview());
        existingCount.set(p.existingToChange().size());
        summary.set(texts.summary(p.summary()));
        setState(State.READY, p.summary().changesAnything() ? ctx.text("import.ready") : ctx.text("import.nothingToDo"));
    }

    private void imported(ImportService.Outcome outcome) {
        if (!outcome.applied()) {
            show(outcome.plan());
            status.set(ctx.roundText("import.changedMeanwhile", "import.changedMeanwhile.server"));
            return;
        }
        summary.set(texts.summary(outcome.summary()));
        setState(State.DONE, ctx.text("import.done", outcome.plan().file().getFileName()));
        plan = null;
        ctx.notifyDataChanged();
    }

    private void failed(Throwable e) {
        setState(State.FAILED, ErrorMessages.describe(ctx, e));
    }

    private void setState(State s, String message) {
        status.set(message);
        progress.set(s == State.CHECKING || s == State.IMPORTING ? -1 : 0);
        state.set(s);
    }

    private FxProgress newProgress() {
        cancelled = new AtomicBoolean();
        return new FxProgress(cancelled, progress);
    }

    private void stop() {
        cancelled.set(true);
        generation++;
    }
}
