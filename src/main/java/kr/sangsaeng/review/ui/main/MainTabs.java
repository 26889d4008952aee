package kr.sangsaeng.review.ui.main;

import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.compare.CompareController;
import kr.sangsaeng.review.ui.meeting.MeetingController;
import kr.sangsaeng.review.ui.results.ResultsController;
import kr.sangsaeng.review.ui.rubric.RubricController;
import kr.sangsaeng.review.ui.scoring.ScoringController;

/**
 * The window's feature tabs: each view is built on its first selection (LazyTab) and told when it
 * is shown again, leaving the Rubric tab with unsaved drafts asks first, and a submission to open
 * brings the Submissions tab forward. Kept apart from the menus so the order in which views are
 * built and shown is decided in one place.
 */
final class MainTabs {
    private final AppContext ctx;
    private final TabPane tabs;
    private final Tab submissionsTab;
    private final Tab scoringTab;
    private final Tab rubricTab;
    private final Tab resultsTab;
    private final Tab compareTab;
    private final Tab meetingTab;
    private final UnsavedDrafts drafts;
    /** True while the window itself moves between tabs (back to unsaved drafts, or on after the question). */
    private boolean switchingTabs;
    // Built on first selection (LazyTab); the Submissions tab, shown first, is built with the window.
    private final LazyTab<ScoringController> scoringView;
    private final LazyTab<RubricController> rubricView;
    private final LazyTab<ResultsController> resultsView;
    private final LazyTab<CompareController> compareView;
    private final LazyTab<MeetingController> meetingView;

    MainTabs(AppContext ctx, TabPane tabs, Tab submissionsTab, Tab scoringTab, Tab rubricTab, Tab resultsTab,
             Tab compareTab, Tab meetingTab, UnsavedDrafts drafts) {
        this.ctx = ctx;
        this.tabs = tabs;
        this.submissionsTab = submissionsTab;
        this.scoringTab = scoringTab;
        this.rubricTab = rubricTab;
        this.resultsTab = resultsTab;
        this.compareTab = compareTab;
        this.meetingTab = meetingTab;
        this.drafts = drafts;
        scoringView = new LazyTab<>(ctx, scoringTab, ScoringController.class, "ScoringView.fxml", c -> { });
        rubricView = new LazyTab<>(ctx, rubricTab, RubricController.class, "RubricView.fxml",
                c -> drafts.add(c.drafts()));
        // The results are computed from the whole round, so only while their tab is on screen.
        resultsView = new LazyTab<>(ctx, resultsTab, ResultsController.class, "ResultsView.fxml",
                c -> c.shownProperty().bind(resultsTab.selectedProperty()));
        compareView = new LazyTab<>(ctx, compareTab, CompareController.class, "CompareView.fxml",
                c -> c.shownProperty().bind(compareTab.selectedProperty()));
        meetingView = new LazyTab<>(ctx, meetingTab, MeetingController.class,
                "MeetingView.fxml", c -> meetingTab.selectedProperty().addListener((o, was, on) -> {
                    // A sheet finalised in Scoring changes what the acting member may see: read again.
                    if (on) {
                        c.refresh();
                    }
                }));
    }

    /** Follows the selection from now on, and opens on the tab {@code startTab} names (selectStartTab). */
    void start(String startTab) {
        // Views re-read the file when shown: another tab may have changed the rubric or the panel.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (old == rubricTab && !switchingTabs && drafts.anyDirtyProperty().get()) {
                // Ask once the switch is over: the selection must not change inside its own listener.
                Platform.runLater(() -> leaveRubric(tab));
                return;
            }
            if (switchingTabs && tab == rubricTab) {
                return;
            }
            if (tab == scoringTab) {
                scoringView.get().onShown();
            } else if (tab == rubricTab) {
                rubricView.get().onShown();
            } else if (tab == resultsTab) {
                resultsView.get();
            } else if (tab == compareTab) {
                compareView.get();
            } else if (tab == meetingTab) {
                meetingView.get();
            }
        });
        ctx.submissionToOpenProperty().addListener((o, a, id) -> {
            if (id != null) {
                tabs.getSelectionModel().select(submissionsTab);
            }
        });
        selectStartTab(startTab);
    }

    /** Goes back to the rubric tab, asks about its drafts, and moves on to {@code wanted} unless cancelled. */
    private void leaveRubric(Tab wanted) {
        selectQuietly(rubricTab);
        drafts.resolve(() -> selectQuietly(wanted));
    }

    private void selectQuietly(Tab tab) {
        switchingTabs = true;
        try {
            tabs.getSelectionModel().select(tab);
        } finally {
            switchingTabs = false;
        }
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
}
