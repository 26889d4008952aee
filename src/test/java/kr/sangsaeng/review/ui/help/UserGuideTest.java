package kr.sangsaeng.review.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guide names only menu items the main window has, and its window closes with Esc and with a button. */
@ExtendWith(ApplicationExtension.class)
class UserGuideTest {
    @TempDir
    static Path dir;

    private AppContext ctx;
    private Stage owner;

    @Start
    void start(Stage stage) throws Exception {
        ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, "guide"), Locale.KOREAN);
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"guide_en.md, en", "guide_ko.md, ko"})
    void namesOnlyMenuItemsThatExist(String guide, String language) throws IOException {
        ResourceBundle texts = Messages.bundle(Locale.forLanguageTag(language));
        List<String> menuKeys = menuKeysOfMainWindow();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String menuKey : List.of("menu.file", "menu.view", "menu.help")) {
            Matcher m = Pattern.compile(Pattern.quote(texts.getString(menuKey)) + " → ([^\\n]*)").matcher(read(guide));
            while (m.find()) {
                checked++;
                String after = m.group(1);
                boolean exists = menuKeys.stream().filter(k -> k.startsWith(menuKey + "."))
                        .map(k -> texts.getString(k))
                        .anyMatch(label -> after.startsWith(label) || after.startsWith(label.replace("…", "")));
                if (!exists) {
                    wrong.add(texts.getString(menuKey) + " → " + after);
                }
            }
        }
        assertThat(checked).isGreaterThan(2);
        assertThat(wrong).as("menu paths in %s that the main window does not have", guide).isEmpty();
    }

    @Test
    void closesWithEscape(FxRobot robot) throws Exception {
        Stage guide = open();
        robot.interact(guide::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(guide.isShowing()).isFalse();
    }

    @Test
    void closesWithItsButton(FxRobot robot) throws Exception {
        Stage guide = open();
        assertThat(robot.lookup("#guideCloseButton").queryButton().getText()).isEqualTo("닫기");
        robot.clickOn("#guideCloseButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(guide.isShowing()).isFalse();
    }

    private Stage open() throws Exception {
        AtomicReference<Stage> guide = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> guide.set(UserGuideWindow.show(ctx, owner))).get();
        WaitForAsyncUtils.waitForFxEvents();
        return guide.get();
    }

    private static List<String> menuKeysOfMainWindow() throws IOException {
        String fxml = new String(resource("/kr/sangsaeng/review/ui/main/MainWindow.fxml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("%(menu\\.[A-Za-z.]+)").matcher(fxml);
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String read(String guide) throws IOException {
        return new String(resource("/kr/sangsaeng/review/ui/help/" + guide), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = UserGuideTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
