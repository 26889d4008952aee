package kr.sangsaeng.review.ui.rubric;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.ServerLoginService;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.TaskRunner;

/**
 * The review panel: add, rename and remove reviewers, showing how much work each has in the file;
 * on a server round opened by its secretary, also each reviewer's login, given and taken off here
 * (docs/server-mode.md, "Roles enforced by the server").
 */
public final class ReviewersViewModel {
    /**
     * A reviewer with the amount of work that removing them would delete, and on a server round
     * their login ("" when none) and the login to suggest when they have none.
     */
    public record Row(Reviewer reviewer, int scores, int reviews, boolean finalised, String login, String suggestion) {
        public boolean hasLogin() {
            return !login.isEmpty();
        }
    }

    /** What one reading of the panel gives: its rows, and whether this user manages logins. */
    private record Panel(List<Row> rows, boolean managesLogins) {
    }

    private final AppContext ctx;
    private final TaskRunner runner;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty managesLogins = new SimpleBooleanProperty(false);
    private final StringBinding problem;
    private final BooleanBinding canAdd;
    private final BooleanBinding dirty;
    private OpenRound store;

    public ReviewersViewModel(AppContext ctx, TaskRunner runner) {
        this.ctx = ctx;
        this.runner = runner;
        this.problem = Bindings.createStringBinding(() -> check(selected.get()), name, selected, rows);
        this.canAdd = Bindings.createBooleanBinding(() -> check(null).isEmpty(), name, rows);
        this.dirty = Bindings.createBooleanBinding(this::typedButNotSaved, name, role, selected);
        selected.addListener((o, a, r) -> {
            name.set(r == null ? "" : r.reviewer().name());
            role.set(r == null ? "" : r.reviewer().role());
        });
        ctx.roundProperty().addListener((o, a, s) -> load(s));
        ctx.externalChangesProperty().addListener((o, a, b) -> load(store));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** True on a server round opened by its secretary: the logins are shown and managed here. */
    public ReadOnlyBooleanProperty managesLoginsProperty() {
        return managesLogins;
    }

    /** Why the name typed cannot be used, or "" when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The name typed is free for a new reviewer (not even the selected one has it). */
    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /**
     * True while the form holds a name or role the file does not: a new reviewer typed but not
     * added, or the selected reviewer changed but not saved.
     */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    private boolean typedButNotSaved() {
        String n = name.get() == null ? "" : name.get().strip();
        String r = role.get() == null ? "" : role.get().strip();
        Row row = selected.get();
        if (row == null) {
            return !n.isEmpty();
        }
        return !n.equals(row.reviewer().name().strip()) || !r.equals(row.reviewer().role().strip());
    }

    /** Saves the form (adds the new reviewer, or saves the selected one), then runs {@code then}. */
    public boolean saveDraft(Runnable then) {
        boolean adding = selected.get() == null;
        String refusal = adding ? check(null) : problem.get();
        if (store == null || !refusal.isEmpty()) {
            status.set(refusal);
            return false;
        }
        if (adding) {
            add(then);
        } else {
            saveSelected(then);
        }
        return true;
    }

    /** Puts the form back to the selected reviewer as the file holds them, or empties it. */
    public void discardDraft() {
        Row row = selected.get();
        name.set(row == null ? "" : row.reviewer().name());
        role.set(row == null ? "" : row.reviewer().role());
    }

    public BooleanBinding canSaveProperty() {
        return problem.isEmpty().and(selected.isNotNull());
    }

    public void load(OpenRound next) {
        store = next;
        if (next == null) {
            rows.clear();
            managesLogins.set(false);
            return;
        }
        reload(next, selected.get() == null ? null : selected.get().reviewer().id());
    }

    /** Re-reads the panel and selects the reviewer {@code keep} again (none when null). */
    private void reload(OpenRound next, Long keep) {
        runner.run(() -> read(next), panel -> {
            // Re-reading the panel must not wipe what the secretary is typing.
            boolean typing = dirty.get();
            String typedName = name.get();
            String typedRole = role.get();
            List<Row> list = panel.rows();
            managesLogins.set(panel.managesLogins());
            rows.setAll(list);
            selected.set(list.stream().filter(r -> keep != null && r.reviewer().id() == keep).findFirst().orElse(null));
            if (typing) {
                name.set(typedName);
                role.set(typedRole);
            }
        }, this::failed);
    }

    private static Panel read(OpenRound store) {
        boolean manages = store.logins().canManage();
        Map<Long, ServerLoginService.ReviewerLogin> logins = manages
                ? store.logins().reviewers().stream().collect(Collectors.toMap(l -> l.reviewer().id(), l -> l))
                : Map.of();
        List<Row> rows = store.panel().reviewerWork().stream().map(w -> {
            ServerLoginService.ReviewerLogin l = logins.get(w.reviewer().id());
            return new Row(w.reviewer(), w.scores(), w.reviews(), w.finalised(), l == null ? "" : l.login(),
                    l == null ? "" : l.suggestion());
        }).toList();
        return new Panel(rows, manages);
    }

    /** Whether {@code login} may be given: lower-case letters, digits and _, not starting with a digit. */
    public static boolean isWellFormedLogin(String login) {
        return ServerLoginService.isWellFormed(login);
    }

    /** Gives the reviewer of {@code row} the login {@code login} on the server; the panel is read again. */
    public void giveLogin(Row row, String login) {
        if (store == null || row == null) {
            return;
        }
        OpenRound s = store;
        String wanted = login.strip();
        runner.run(() -> s.logins().give(Actor.SECRETARY, row.reviewer().name(), wanted), r -> {
            status.set(ctx.text("reviewers.login.given", r.name(), wanted));
            load(s);
        }, this::failed);
    }

    /** Takes the login of {@code row}'s reviewer off the round; the panel is read again. */
    public void takeLoginOff(Row row) {
        if (store == null || row == null || !row.hasLogin()) {
            return;
        }
        OpenRound s = store;
        runner.run(() -> s.logins().takeOff(Actor.SECRETARY, row.login()), r -> {
            status.set(ctx.text("reviewers.login.takenOff", r.name(), row.login()));
            load(s);
        }, this::failed);
    }

    /** Why the name typed cannot be used by anyone but {@code self}; "" when it can. */
    private String check(Row self) {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            return ctx.text("rubric.reviewer.nameMissing");
        }
        Set<String> others = rows.stream().filter(r -> r != self)
                .map(r -> r.reviewer().name().strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return others.contains(n.toLowerCase(Locale.ROOT)) ? ctx.text("rubric.reviewer.nameTaken", n) : "";
    }

    /** Empties the form for a new reviewer, whether or not one was selected. */
    public void clear() {
        selected.set(null);
        name.set("");
        role.set("");
    }

    /** Adds the name and role typed as a new reviewer (the name must be unused). */
    public void add() {
        add(() -> { });
    }

    private void add(Runnable then) {
        String refusal = check(null);
        if (store == null || !refusal.isEmpty()) {
            status.set(refusal);
            return;
        }
        String n = name.get().strip();
        OpenRound s = store;
        String r = role.get() == null ? "" : role.get().strip();
        runner.run(() -> s.panel().addReviewer(Actor.SECRETARY, n, r), id -> {
            status.set(ctx.text("rubric.reviewer.added", n));
            clear();
            // Re-read without the reviewer the form was started from, so their name does not come back.
            reload(s, null);
            then.run();
        }, this::failed);
    }

    /** Saves the name and role typed for the selected reviewer. */
    public void saveSelected() {
        saveSelected(() -> { });
    }

    private void saveSelected(Runnable then) {
        Row row = selected.get();
        if (store == null || row == null || !problem.get().isEmpty()) {
            return;
        }
        Reviewer changed = new Reviewer(row.reviewer().id(), name.get().strip(), role.get() == null ? "" : role.get().strip());
        OpenRound s = store;
        runner.run(() -> {
            s.panel().updateReviewer(Actor.SECRETARY, changed);
            return null;
        }, x -> {
            status.set(ctx.text("rubric.reviewer.saved", changed.name()));
            load(s);
            then.run();
        }, this::failed);
    }

    /** The question to ask before removing a reviewer, saying how much of their work goes with them. */
    public String removalQuestion(Row row) {
        return row.scores() + row.reviews() == 0
                ? ctx.text("rubric.reviewer.confirmRemove", row.reviewer().name())
                : ctx.text("rubric.reviewer.confirmRemoveWork", row.reviewer().name(), row.scores(), row.reviews());
    }

    /** Removes a reviewer and their scores and reviews, each deletion written to the audit log. */
    public void remove(Row row) {
        if (store == null || row == null) {
            return;
        }
        OpenRound s = store;
        long id = row.reviewer().id();
        runner.run(() -> {
            s.panel().removeReviewer(Actor.SECRETARY, id);
            return null;
        }, x -> {
            status.set(ctx.text("rubric.reviewer.removed", row.reviewer().name()));
            selected.set(null);
            load(s);
        }, this::failed);
    }

    private void failed(Throwable e) {
        status.set(ErrorMessages.describe(ctx, e));
    }
}
