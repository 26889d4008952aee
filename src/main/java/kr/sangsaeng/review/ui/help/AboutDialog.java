package kr.sangsaeng.review.ui.help;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import kr.sangsaeng.review.AppVersion;
import kr.sangsaeng.review.ui.AppContext;

/** Help → About: version, and the licences of the bundled font and libraries. */
public final class AboutDialog {
    private static final String LICENCES = """
            NanumGothic font — © NAVER Corporation — SIL Open Font License 1.1
            OpenJFX 21 — GPL 2.0 with the Classpath Exception
            ControlsFX — BSD 3-Clause
            sqlite-jdbc (SQLite) — Apache 2.0 (SQLite: public domain)
            JFreeChart, JFreeChart-FX — LGPL 2.1
            JFreeSVG — GPL 3.0
            picocli — Apache 2.0
            Apache Commons CSV — Apache 2.0
            fastexcel — Apache 2.0
            Jackson — Apache 2.0
            SLF4J — MIT; Logback — EPL 1.0 / LGPL 2.1
            """;

    private AboutDialog() {
    }

    public static void show(AppContext ctx, Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, ctx.text("about.text", AppVersion.get()), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("menu.help.about"));
        alert.setHeaderText(ctx.text("app.title") + " " + AppVersion.get());
        TextArea licences = new TextArea(LICENCES);
        licences.setEditable(false);
        licences.setId("aboutLicences");
        licences.setAccessibleText(ctx.text("about.licences"));
        licences.setPrefRowCount(11);
        alert.getDialogPane().setExpandableContent(licences);
        alert.getDialogPane().setExpanded(true);
        alert.showAndWait();
    }
}
