package kr.sangsaeng.review.ui.meeting;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The projector view: a second, full-screen window showing the case under discussion in large
 * type, following the chair's agenda. Right and Left move to the next and previous case, R
 * reveals or hides the reviewers' names and totals on the dots, Escape closes it. The chair's
 * window keeps every control.
 */
final class ProjectorWindow {
    /** Type on the projector is this many times the chair's at 1280 pixels wide, and grows with the screen. */
    static final double SCALE = 2.2;
    private final Stage stage = new Stage();
    private final CaseCard card;
    private final MeetingController chair;
    private final Screen screen;

    ProjectorWindow(AppContext ctx, MeetingController chair, Window owner) {
        this.chair = chair;
        this.screen = screen();
        this.card = new CaseCard(ctx, SCALE * Math.max(1, screen.getBounds().getWidth() / 1280));
        BorderPane root = new BorderPane(card);
        root.setId("projectorRoot");
        root.setStyle(kr.sangsaeng.review.ui.common.UiFonts.rootStyle() + " -fx-background-color: white;");
        kr.sangsaeng.review.ui.common.WindowDefaults.keepOwnSize(root); // its type scales with the screen, not the zoom
        Label keys = new Label(ctx.text("meeting.projector.keys"));
        keys.setFont(Font.font(kr.sangsaeng.review.ui.common.UiFonts.family(), 14));
        keys.setPadding(new Insets(8));
        root.setBottom(keys);
        Scene scene = new Scene(root, screen.getBounds().getWidth(), screen.getBounds().getHeight());
        scene.getStylesheets().addAll(owner == null ? java.util.List.of() : owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.RIGHT) {
                chair.next();
            } else if (e.getCode() == KeyCode.LEFT) {
                chair.previous();
            } else if (e.getCode() == KeyCode.R) {
                chair.toggleReveal();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setTitle(ctx.text("meeting.projector.title"));
        stage.setFullScreenExitHint("");
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    CaseCard card() {
        return card;
    }

    Stage stage() {
        return stage;
    }

    /** The second screen when there is one (the projector), else the only one. */
    private static Screen screen() {
        var screens = Screen.getScreens();
        return screens.size() > 1 ? screens.get(1) : Screen.getPrimary();
    }

    void open(boolean fullScreen) {
        if (fullScreen) {
            stage.setX(screen.getBounds().getMinX());
            stage.setY(screen.getBounds().getMinY());
            stage.setWidth(screen.getBounds().getWidth());
            stage.setHeight(screen.getBounds().getHeight());
        } else {
            stage.setWidth(1280);
            stage.setHeight(720);
        }
        stage.setFullScreen(fullScreen);
        stage.show();
        stage.toFront();
    }
}
