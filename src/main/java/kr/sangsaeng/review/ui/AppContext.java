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
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The composition root: builds the services once and hands them to controllers through the FXML
 * controller factory. All database work goes through {@link #dbExecutor()}, one thread, so the FX
 * thread never waits on the file and the connection is never used from two threads.
 */
public final class AppContext implements AutoCloseable {
    private final Settings settings;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final ExecutorService dbExecutor;
    private final ObjectProperty<ReviewStore> store = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper externalChanges = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper dataChanged = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Long> submissionToOpen = new ReadOnlyObjectWrapper<>();

    public AppContext(Settings settings, Locale locale) {
        this.settings = settings;
        this.locale = locale;
        this.bundle = Messages.bundle(locale);
        this.dbExecutor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "review-file");
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
        return args.length == 0 ? pattern : java.text.MessageFormat.format(pattern, args);
    }

    public ExecutorService dbExecutor() {
        return dbExecutor;
    }

    /** The open review file; views reload when it changes. Set only on the FX thread. */
    public ReadOnlyObjectProperty<ReviewStore> storeProperty() {
        return store;
    }

    public ReviewStore store() {
        return store.get();
    }

    /** Makes {@code next} the open file and closes the previous one on the database thread. */
    public void setStore(ReviewStore next) {
        ReviewStore previous = store.get();
        store.set(next);
        if (previous != null && previous != next) {
            dbExecutor.execute(previous::close);
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
        return new kr.sangsaeng.review.service.DocumentService(store.get());
    }

    /** The open file's evidence pins; call on the database thread. */
    public kr.sangsaeng.review.service.EvidenceService evidence() {
        return new kr.sangsaeng.review.service.EvidenceService(store.get());
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
        ReviewStore s = store.get();
        if (s != null) {
            dbExecutor.execute(s::close);
        }
        dbExecutor.shutdown();
    }
}
