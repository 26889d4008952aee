package kr.sangsaeng.review.ui.submissions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.quantity.QuantityFormatter;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.TaskRunner;

/** State of the Submissions view: all rows of the open file, the search and area filter, the selection. */
public final class SubmissionsViewModel {
    private final AppContext ctx;
    private final ObservableList<SubmissionRow> rows = FXCollections.observableArrayList();
    // A list swapped in one go: on 100,000 rows one change is far cheaper for the table than the
    // fine-grained changes a FilteredList reports when its predicate changes, and a swap (rather than
    // "replace all") lets the table keep its cells. The view re-selects by case after each swap.
    private final SwappingList<SubmissionRow> visible = new SwappingList<>();
    private String lastQuery;
    private SupportArea lastArea;
    /** The rows as an array, for the filter's loop: iterating the observable list cost as much as matching. */
    private SubmissionRow[] all = new SubmissionRow[0];
    /**
     * The rows matching recent queries (and area), newest last: erasing a query with Backspace
     * goes back through queries just typed, which then cost no scan of 100,000 rows.
     */
    private final Map<String, List<SubmissionRow>> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<SubmissionRow>> eldest) {
            return size() > RECENT_QUERIES;
        }
    };
    private static final int RECENT_QUERIES = 32;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SupportArea> area = new SimpleObjectProperty<>();
    private final ObjectProperty<SubmissionRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    /** The order the table was sorted in (a column header clicked), or null: rows as the file lists them. */
    private final ObjectProperty<Comparator<SubmissionRow>> order = new SimpleObjectProperty<>();

    private final javafx.beans.property.StringProperty failure = new javafx.beans.property.SimpleStringProperty("");
    private final TaskRunner runner;

    public SubmissionsViewModel(AppContext ctx, TaskRunner runner) {
        this.ctx = ctx;
        this.runner = runner;
        rows.addListener((javafx.collections.ListChangeListener<SubmissionRow>) c -> {
            lastQuery = null;
            all = rows.toArray(new SubmissionRow[0]);
            recent.clear();
            refilter();
        });
        search.addListener((o, a, b) -> refilter());
        area.addListener((o, a, b) -> refilter());
        ctx.roundProperty().addListener((o, a, store) -> load(store));
        // Another window or program changed the file: show its current contents.
        ctx.externalChangesProperty().addListener((o, a, b) -> load(ctx.round()));
        ctx.dataChangedProperty().addListener((o, a, b) -> load(ctx.round()));
    }

    public ObservableList<SubmissionRow> visibleRows() {
        return visible;
    }

    /** The same list as {@link #visibleRows()}, for the view's selection that follows the case. */
    SwappingList<SubmissionRow> swappingRows() {
        return visible;
    }

    public IntegerBinding totalCount() {
        return Bindings.size(rows);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SupportArea> areaProperty() {
        return area;
    }

    public ObjectProperty<SubmissionRow> selectedProperty() {
        return selected;
    }

    /** Bound to the table's comparator, so rows a filter brings back come in the order the table shows. */
    public ObjectProperty<Comparator<SubmissionRow>> orderProperty() {
        return order;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Why the submissions could not be read, in the user's language; "" after a good read. */
    public javafx.beans.property.ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    /** Reads the file's submissions and figures on the database thread, then shows them. */
    public void load(OpenRound store) {
        if (store == null) {
            rows.clear();
            return;
        }
        loading.set(true);
        runner.run(() -> read(store), list -> {
            loading.set(false);
            failure.set("");
            rows.setAll(list);
            ctx.markStartupOver();
        }, e -> {
            loading.set(false);
            failure.set(ErrorMessages.describe(ctx, e));
            ctx.markStartupOver();
        });
    }

    private List<SubmissionRow> read(OpenRound store) {
        List<Submission> submissions = store.reader().submissions();
        List<Metric> metrics = store.reader().metrics();
        Map<Long, Map<Long, MetricValue>> values = new HashMap<>();
        for (MetricValue v : store.reader().metricValues()) {
            values.computeIfAbsent(v.submissionId(), k -> new HashMap<>()).put(v.metricId(), v);
        }
        List<SubmissionRow> out = new ArrayList<>(submissions.size());
        for (Submission s : submissions) {
            out.add(SubmissionRow.of(s, areasText(s), figures(metrics, values.getOrDefault(s.id(), Map.of()))));
        }
        return out;
    }

    private List<SubmissionRow.Figure> figures(List<Metric> metrics, Map<Long, MetricValue> values) {
        List<SubmissionRow.Figure> figures = new ArrayList<>();
        Locale locale = ctx.locale();
        for (Metric m : metrics) {
            MetricValue v = values.get(m.id());
            if (v != null) {
                figures.add(new SubmissionRow.Figure(m.label(),
                        QuantityFormatter.format(v, m, locale), v.asWritten()));
            }
        }
        return figures;
    }

    public String areaLabel(SupportArea a) {
        return a == null ? ctx.text("area.all") : ctx.text("area." + a.key());
    }

    private String areasText(Submission s) {
        return s.areas().stream().sorted().map(this::areaLabel).collect(Collectors.joining(", "));
    }

    private void refilter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        SupportArea a = area.get();
        // Typing narrows: a row matching the longer query matched the shorter one, so only the rows
        // shown now need checking. Erasing or a new area filter starts again from every row, unless
        // the same query and area were filtered a moment ago.
        boolean narrowing = lastQuery != null && a == lastArea && q.contains(lastQuery);
        lastQuery = q;
        lastArea = a;
        String key = (a == null ? "" : a.key()) + '\n' + q;
        List<SubmissionRow> matching = recent.get(key);
        if (matching == null) {
            matching = new ArrayList<>();
            for (SubmissionRow r : narrowing ? visible.toArray(new SubmissionRow[0]) : all) {
                if (r.matches(q) && (a == null || r.submission().areas().contains(a))) {
                    matching.add(r);
                }
            }
            recent.put(key, matching);
            if (narrowing) {
                if (matching.size() == visible.size()) {
                    return; // every row shown still matches: the table's rows are unchanged
                }
                visible.swap(matching); // taken from the rows shown, so already in the table's order
                return;
            }
        }
        visible.swap(inTableOrder(matching));
    }

    /**
     * A sorted table sorts its items only when the sort changes, so rows swapped in by a filter would
     * show in the file's order under a header that still says "sorted".
     */
    private List<SubmissionRow> inTableOrder(List<SubmissionRow> matching) {
        Comparator<SubmissionRow> c = order.get();
        if (c == null) {
            return matching;
        }
        List<SubmissionRow> sorted = new ArrayList<>(matching); // the list is also kept in recent: sort a copy
        sorted.sort(c);
        return sorted;
    }
}
