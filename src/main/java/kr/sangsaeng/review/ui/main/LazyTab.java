package kr.sangsaeng.review.ui.main;

import java.util.function.Consumer;
import javafx.scene.control.Tab;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.FxmlViews;

/**
 * A tab whose view is built from its FXML when first needed (normally its first selection), so
 * that the window's first frame pays only for the tab on screen: the four other views, their
 * tables and the chart viewer took about half of the start-up before the first frame.
 */
final class LazyTab<C> {
    private final AppContext ctx;
    private final Tab tab;
    private final Class<C> type;
    private final String fxml;
    private final Consumer<C> onBuilt;
    private C controller;

    LazyTab(AppContext ctx, Tab tab, Class<C> type, String fxml, Consumer<C> onBuilt) {
        this.ctx = ctx;
        this.tab = tab;
        this.type = type;
        this.fxml = fxml;
        this.onBuilt = onBuilt;
    }

    /** The view's controller, building the view into the tab first if it was not built yet. */
    C get() {
        if (controller == null) {
            FxmlViews.Loaded<C> view = FxmlViews.load(ctx, type, fxml);
            controller = view.controller();
            tab.setContent(view.root());
            onBuilt.accept(controller);
        }
        return controller;
    }
}
