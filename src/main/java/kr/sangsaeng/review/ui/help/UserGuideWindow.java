package kr.sangsaeng.review.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Insets;
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

    public static void show(AppContext ctx, Window owner) {
        VBox page = render(read(ctx.locale().getLanguage().equals("ko") ? "guide_ko.md" : "guide_en.md"));
        page.setPadding(new Insets(16, 22, 22, 22));
        page.setStyle(UiFonts.rootStyle());
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(ctx.text("menu.help.guide"));
        stage.setScene(new Scene(scroll, 680, 720));
        stage.show();
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
