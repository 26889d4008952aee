package kr.sangsaeng.review.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.UiFonts;

/**
 * Help → User guide: a short bundled Markdown page (headings, paragraphs, bullet lists) shown in a
 * window of its own, so it stays open beside the app.
 */
public final class UserGuideWindow {
    private UserGuideWindow() {
    }

    /** Shows the guide; Esc or its Close button closes it, as any other window of the app. */
    public static Stage show(AppContext ctx, Window owner) {
        VBox page = render(read(ctx.locale().getLanguage().equals("ko") ? "guide_ko.md" : "guide_en.md"));
        page.setPadding(new Insets(16, 22, 22, 22));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        Button close = new Button(ctx.text("button.close"));
        close.setId("guideCloseButton");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 16, 12, 16));
        BorderPane root = new BorderPane(scroll, null, null, buttons, null);
        root.setStyle(UiFonts.rootStyle());
        Scene scene = new Scene(root, 680, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.initOwner(owner);
        stage.setTitle(ctx.text("menu.help.guide"));
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    static VBox render(String markdown) {
        VBox box = new VBox(6);
        for (String block : markdown.split("\\n\\s*\\n")) {
            String b = block.strip();
            if (b.isEmpty()) {
                continue;
            }
            Label label = new Label(text(b));
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            if (b.startsWith("#")) {
                label.setStyle("-fx-font-weight: bold; -fx-font-size: " + (b.startsWith("##") ? "1.15em" : "1.5em") + ";");
                label.setPadding(new Insets(8, 0, 0, 0));
            }
            box.getChildren().add(label);
        }
        return box;
    }

    private static String text(String block) {
        return block.replaceAll("(?m)^#+\\s*", "").replaceAll("(?m)^- ", "•  ").replace("**", "").replace("`", "");
    }

    private static String read(String name) {
        try (InputStream in = UserGuideWindow.class.getResourceAsStream(name)) {
            return in == null ? name + " is missing." : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
