package kr.sangsaeng.review.ui.export;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.results.ResultRow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The committee sets its rule in Results, records a decision, and exports the PDF through the
 * dialog: the report must shortlist exactly what Results shortlists and carry the decision's note.
 * The file starts with another stored rule (five places, one review), as a file from an earlier
 * meeting would, so an export that ignored what was set in Results would show it.
 */
class ExportFollowsResultsTest {
    private static final String NOTE = "Minister award, unanimous";
    private static final Pattern REF = Pattern.compile("20\\d\\d-\\d\\d");

    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;

    @Test
    void thePdfShortlistsWhatResultsShortlistsAndCarriesTheDecision(FxRobot robot) throws Exception {
        ctx.dbExecutor().submit(() -> {
            var rules = ctx.committee().rules();
            // Few draws keep the export quick on a busy machine; the shortlist does not depend on them.
            return rules.set(rules.current().withRule(new ShortlistRule(5, Double.NaN, 0, 1)).withDraws(200),
                    new kr.sangsaeng.review.service.Actor("earlier meeting"));
        }).get(10, TimeUnit.SECONDS);
        robot.clickOn("Results");
        @SuppressWarnings("unchecked")
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6 && shortlisted(table).size() == 5);

        setSpinner(robot, "#topNSpinner", 3);
        setSpinner(robot, "#minReviewsSpinner", 2);
        waitUntil(() -> shortlisted(table).size() == 3);

        robot.clickOn(rowOf(robot, "2022-03"));
        waitUntil(() -> robot.lookup("#caseHeading").queryLabeled().getText().startsWith("2022-03"));
        robot.clickOn("#decisionBox");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Awarded")).queryLabeled());
        waitUntil(() -> !robot.lookup("#noteArea").queryAs(javafx.scene.control.TextArea.class).isDisabled());
        robot.clickOn("#noteArea").write(NOTE);
        robot.clickOn("#saveNoteButton");
        waitUntil(() -> table.getItems().stream().anyMatch(r -> NOTE.equals(r.note())));
        List<String> resultsShortlist = shortlisted(table);

        robot.clickOn("File").clickOn("Export shortlist…");
        waitUntil(() -> robot.lookup("#exportPath").tryQuery().isPresent());
        assertThat(robot.lookup("#exportTop").queryAs(Spinner.class).getValue()).as("the dialog shows the stored rule")
                .isEqualTo(3);
        assertThat(robot.lookup("#exportMinReviews").queryAs(Spinner.class).getValue()).isEqualTo(2);
        Path pdf = window.folder().resolve("committee.pdf");
        TextField path = robot.lookup("#exportPath").queryAs(TextField.class);
        robot.interact(() -> path.setText(pdf.toString()));
        robot.clickOn("Export");
        // Writing the report takes a while on a busy machine: wait longer than for a view.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("OK").tryQuery().isPresent()
                && Files.exists(pdf));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");

        // Without white space: text extraction splits some words where the layout placed a glyph apart.
        String text = pdfText(pdf).replaceAll("\\s+", "");
        String cover = between(text, "Recommendedbytherule", "Decidedbythecommittee");
        assertThat(refs(cover)).as("the rule's shortlist on the cover").containsExactlyElementsOf(resultsShortlist);
        String ranking = text.substring(text.indexOf("Ranking"));
        assertThat(between(ranking, "Decidedbythecommittee", "Criterionmeans")).contains("2022-03")
                .contains("Awarded").contains(squeeze(NOTE)).contains("secretary");
        assertThat(text).as("the case page").contains(squeeze("Decided by the committee: Awarded — " + NOTE));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static void setSpinner(FxRobot robot, String id, int value) {
        Spinner<?> spinner = robot.lookup(id).queryAs(Spinner.class);
        robot.doubleClickOn(spinner.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(Integer.toString(value)).type(KeyCode.ENTER);
    }

    private static List<String> shortlisted(TableView<ResultRow> table) {
        return table.getItems().stream().filter(ResultRow::shortlisted).map(r -> r.submission().ref()).toList();
    }

    private static TableRow<?> rowOf(FxRobot robot, String ref) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof ResultRow rr && rr.submission().ref().equals(ref))
                .findFirst().orElseThrow();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // reading order, as the page shows it
            return stripper.getText(doc);
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' in the report", from).isNotNegative();
        int end = text.indexOf(to, start + from.length());
        assertThat(end).as("'%s' after '%s'", to, from).isPositive();
        return text.substring(start, end);
    }

    private static Set<String> refs(String text) {
        Set<String> refs = new LinkedHashSet<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            refs.add(m.group());
        }
        return refs;
    }
}
