package kr.sangsaeng.review.ui;

import java.lang.reflect.Constructor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.service.CommitteeServices;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.common.TaskRunner;

/**
 * The composition root: holds the open round's services and hands them to controllers through the
 * FXML controller factory. It owns the app's two worker threads and shuts them down on close: all
 * database work goes through {@link #dbExecutor()}, one thread, so the FX thread never waits on the
 * file and the connection is never used from two threads; computations (analysis, chart files) go
 * through {@link #computeExecutor()} and work that may take minutes (stability draws, the shortlist
 * export) through {@link #longWorkExecutor()}, so neither holds up a save.
 * View models take a {@link TaskRunner} over one of them ({@link #dbRunner()}), which tests replace
 * with {@link TaskRunner#inline()}.
 */
public final class AppContext implements AutoCloseable {
    private final Settings settings;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final ExecutorService dbExecutor;
    private final ExecutorService computeExecutor;
    private final ExecutorService longWorkExecutor;
    private final ExecutorService documentPagesExecutor;
    private final ExecutorService documentReadsExecutor;
    private final ExecutorService systemViewerExecutor;
    private final ObjectProperty<OpenRound> round = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper externalChanges = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyLongWrapper dataChanged = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<kr.sangsaeng.review.service.PendingWrites.Summary> pending =
            new ReadOnlyObjectWrapper<>(kr.sangsaeng.review.service.PendingWrites.Summary.NONE);
    private final ReadOnlyObjectWrapper<Long> submissionToOpen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper startupOver = new ReadOnlyBooleanWrapper();
    private final javafx.beans.binding.BooleanBinding onServer = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> round.get() != null && round.get().server().isPresent(), round);
    private final javafx.beans.binding.BooleanBinding reviewerLogin = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> round.get() != null && round.get().isReviewerLogin(), round);

    public AppContext(Settings settings, Locale locale) {
        this.settings = settings;
        this.locale = locale;
        this.bundle = Messages.bundle(locale);
        this.dbExecutor = worker("review-file");
        this.computeExecutor = worker("compute");
        this.longWorkExecutor = worker("long-work");
        this.documentPagesExecutor = worker("document-pages");
        this.documentReadsExecutor = worker("document-reads");
        this.systemViewerExecutor = worker("system-viewer");
    }

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public Settings settings() {
        return settings;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        // Formatted with the app's language, not the JVM's default: numbers and dates in a message
        // read as the rest of the window does.
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(args);
    }

    /**
     * The sentence for the open round: {@code serverKey}'s on a server round, {@code fileKey}'s
     * otherwise, for texts that say where changes are kept (docs/server-mode.md, "The window on a
     * server round").
     */
    public String roundText(String fileKey, String serverKey, Object... args) {
        return text(onServer.get() ? serverKey : fileKey, args);
    }

    public ExecutorService dbExecutor() {
        return dbExecutor;
    }

    /** The thread for long computations that read no file: analysis, stability draws, chart files. */
    public ExecutorService computeExecutor() {
        return computeExecutor;
    }

    /**
     * The thread for work a user may wait minutes for and can cancel (stability draws in Results, the
     * shortlist export), so that it never holds up the quick recomputations on {@link #computeExecutor()}.
     */
    public ExecutorService longWorkExecutor() {
        return longWorkExecutor;
    }

    /** The thread that draws document pages (PDFBox is not thread-safe; one thread serves every pane). */
    public ExecutorService documentPagesExecutor() {
        return documentPagesExecutor;
    }

    /** The thread that hands a document to the system viewer, which may take a while to answer. */
    /**
     * The thread that reads documents out of the open round on their own connection
     * ({@link OpenRound#documentReader()}), so a document is shown without queueing behind the
     * views' reads on {@link #dbExecutor()}.
     */
    public ExecutorService documentReadsExecutor() {
        return documentReadsExecutor;
    }

    public ExecutorService systemViewerExecutor() {
        return systemViewerExecutor;
    }

    /** Work on the database thread, results on the FX thread. */
    public TaskRunner dbRunner() {
        return TaskRunner.on(dbExecutor);
    }

    /** Work on the computation thread, results on the FX thread. */
    public TaskRunner computeRunner() {
        return TaskRunner.on(computeExecutor);
    }

    /**
     * The open review file's services; views reload when it changes. Set only on the FX thread;
     * call the services only on the database thread ({@link #dbExecutor()}).
     */
    public ReadOnlyObjectProperty<OpenRound> roundProperty() {
        return round;
    }

    public OpenRound round() {
        return round.get();
    }

    /** True while the open round is on a server (docs/server-mode.md); false for a file or none. */
    public javafx.beans.binding.BooleanExpression onServerProperty() {
        return onServer;
    }

    /**
     * True while the open round is on a server and this window is signed in with a reviewer's login,
     * not the secretary's: views then offer only what the server takes from that login.
     */
    public javafx.beans.binding.BooleanExpression reviewerLoginProperty() {
        return reviewerLogin;
    }

    /**
     * The committee's rule, decisions and shortlist for the open file (null when none is open);
     * call their methods on {@link #dbExecutor()}. The same instance until another file is opened.
     */
    public CommitteeServices committee() {
        OpenRound r = round.get();
        return r == null ? null : r.committee();
    }

    /**
     * True once the window has shown the first open round's cases, or the first open has failed:
     * work that only prepares for later (PDFBox's warm-up) waits for it, so that it does not take
     * a processor from the window's start (docs/architecture.md, "Start-up").
     */
    public ReadOnlyBooleanProperty startupOverProperty() {
        return startupOver.getReadOnlyProperty();
    }

    /** Says that the window's start is over (see {@link #startupOverProperty()}). Call on the FX thread. */
    public void markStartupOver() {
        startupOver.set(true);
    }

    /** Makes {@code next} the open file and closes the previous one on the database thread. */
    public void setRound(OpenRound next) {
        OpenRound previous = round.get();
        round.set(next);
        if (previous != null && previous != next) {
            dbExecutor.execute(previous::close);
        }
        if (next != null && next != previous) {
            // Opening the reading connection and its first query take a moment: done before a case is chosen.
            documentReadsExecutor.execute(() -> prepareDocumentReads(next));
        }
    }

    /**
     * Counts the times another window or program changed the open file (see
     * {@link ExternalChangeMonitor}); views that show the file's data reload when it changes.
     */
    public ReadOnlyLongProperty externalChangesProperty() {
        return externalChanges.getReadOnlyProperty();
    }

    void noteExternalChange() {
        externalChanges.set(externalChanges.get() + 1);
    }

    /** True while the open file takes no more writes, after a write failed for want of disk space. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    void setReadOnly(boolean value) {
        readOnly.set(value);
    }

    /**
     * False while the connection to the open server round is lost (see {@link ExternalChangeMonitor}):
     * the window shows a banner and takes no input until it is back. Always true for a file.
     */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    void setConnected(boolean value) {
        connected.set(value);
    }

    /**
     * The open round's changes kept while the connection was lost and not yet sent, and those the
     * server refused on return (see {@link PendingWritesMonitor}); none for a file.
     */
    public ReadOnlyObjectProperty<kr.sangsaeng.review.service.PendingWrites.Summary> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    void setPending(kr.sangsaeng.review.service.PendingWrites.Summary value) {
        pending.set(value);
    }

    /**
     * Counts bulk changes this window made to the open file (an import): views that show its
     * contents reload when it moves. Changes made by other programs are not counted here.
     */
    public ReadOnlyLongProperty dataChangedProperty() {
        return dataChanged.getReadOnlyProperty();
    }

    /** Tells the views that the open file's contents changed. Call on the FX thread. */
    public void notifyDataChanged() {
        dataChanged.set(dataChanged.get() + 1);
    }

    /**
     * The id of the submission a view last asked to open (a click on a chart's bar, say); the main
     * window brings the Submissions tab forward and that tab selects the case. Null when none.
     */
    public ReadOnlyObjectProperty<Long> submissionToOpenProperty() {
        return submissionToOpen.getReadOnlyProperty();
    }

    /** Asks the window to show a submission; asking twice for the same one shows it again. */
    public void openSubmission(long submissionId) {
        submissionToOpen.set(null);
        submissionToOpen.set(submissionId);
    }

    /** The open file's documents; call on the database thread, like every service. */
    public kr.sangsaeng.review.service.DocumentService documents() {
        return round().documents();
    }

    /** The open file's documents for showing them; call on {@link #documentReadsExecutor()}. */
    public kr.sangsaeng.review.service.DocumentReader documentReader() {
        return round().documentReader();
    }

    private static void prepareDocumentReads(OpenRound r) {
        try {
            r.documentReader().prepare();
        } catch (RuntimeException e) {
            // Shown, if it persists, when a document is asked for.
            org.slf4j.LoggerFactory.getLogger(AppContext.class).debug("Cannot prepare document reads", e);
        }
    }

    /** The open file's evidence pins; call on the database thread. */
    public kr.sangsaeng.review.service.EvidenceService evidence() {
        return round().evidence();
    }

    /** Creates controllers for FXML, passing this context to those that take it. */
    public Object createController(Class<?> type) {
        try {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == AppContext.class) {
                    return c.newInstance(this);
                }
            }
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create controller " + type.getName(), e);
        }
    }

    @Override
    public void close() {
        if (dbExecutor.isShutdown()) {
            return; // closed already: a second close (a test's clean-up after its own) changes nothing
        }
        OpenRound s = round.get();
        if (s != null) {
            dbExecutor.execute(s::close);
        }
        dbExecutor.shutdown();
        computeExecutor.shutdownNow();
        longWorkExecutor.shutdownNow();
        documentPagesExecutor.shutdownNow();
        documentReadsExecutor.shutdown();
        systemViewerExecutor.shutdown();
    }
}
