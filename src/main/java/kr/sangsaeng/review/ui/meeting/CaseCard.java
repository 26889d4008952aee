package kr.sangsaeng.review.ui.meeting;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import kr.sangsaeng.review.format.Figures;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.service.MeetingReader;
import kr.sangsaeng.review.ui.AppContext;

/**
 * A case as the room sees it: ref, platform and title, the figures (rank, panel score, median,
 * spread, shortlist probability), the score spread as dots, the conflicted members and the shared
 * notes. The chair's screen shows it at scale 1, the projector larger.
 */
final class CaseCard extends VBox {
    private final AppContext ctx;
    private final double scale;
    private final Label heading = new Label();
    private final Label title = new Label();
    private final Label figures = new Label();
    private final Label section = new Label();
    private final SpreadDots dots;
    private final Label conflicts = new Label();
    private final Label notes = new Label();
    private final Label pins = new Label();

    CaseCard(AppContext ctx, double scale) {
        this.ctx = ctx;
        this.scale = scale;
        this.dots = new SpreadDots(scale, ctx.locale());
        setSpacing(8 * scale);
        setPadding(new Insets(12 * scale));
        font(heading, 22, true);
        font(title, 18, false);
        font(figures, 16, false);
        font(section, 14, false);
        font(conflicts, 14, false);
        font(notes, 14, false);
        font(pins, 14, false);
        pins.setId(scale > 1 ? "projectorPins" : "casePins");
        title.setWrapText(true);
        figures.setWrapText(true);
        notes.setWrapText(true);
        heading.setId(scale > 1 ? "projectorHeading" : "caseHeading");
        figures.setId(scale > 1 ? "projectorFigures" : "caseFigures");
        getChildren().addAll(heading, title, section, figures, pins, dots, conflicts, notes);
    }

    private void font(Label l, double size, boolean bold) {
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setWrapText(true);
        l.setFont(Font.font(kr.sangsaeng.review.ui.common.UiFonts.family(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size * scale));
    }

    void show(MeetingCase c, int position, int count, List<CaseNote> shownNotes, boolean revealed) {
        Locale loc = ctx.locale();
        heading.setText(ctx.text("meeting.card.heading", position, count, c.ref(), c.submission().platformName()));
        title.setText(c.submission().title());
        section.setText(ctx.text("meeting.section." + c.section().name().toLowerCase(Locale.ROOT)));
        figures.setText(ctx.text("meeting.card.figures", Figures.rank(c.rank(), loc), Figures.score(c.score(), loc),
                Figures.score(c.median(), loc), Figures.score(c.spread(), loc),
                Double.isNaN(c.probability()) ? Figures.MISSING : Figures.percent(c.probability(), loc)));
        dots.show(c.dots(), revealed);
        conflicts.setText(c.conflicted().isEmpty() ? "" : ctx.text("meeting.card.conflicted", String.join(", ", c.conflicted())));
        StringBuilder sb = new StringBuilder();
        for (CaseNote n : shownNotes) {
            if (n.kind() != NoteKind.PRIVATE) {
                sb.append(ctx.text("meeting.note.line", ctx.text("meeting.noteKind." + n.kind().key()), n.author(), n.text()))
                        .append('\n');
            }
        }
        notes.setText(sb.toString().strip());
    }

    /** The case's evidence pins, one line each with its status; nothing when the case has no documents pinned. */
    void showPins(List<MeetingReader.Pin> shown) {
        StringBuilder sb = new StringBuilder();
        for (MeetingReader.Pin p : shown) {
            sb.append(ctx.text("meeting.card.pin", p.metric(), ctx.text("pin.status." + p.status().key()), p.page(),
                    p.quote())).append('\n');
        }
        pins.setText(shown.isEmpty() ? "" : ctx.text("meeting.card.pins") + "\n" + sb.toString().strip());
    }

    void clear() {
        pins.setText("");
        heading.setText(ctx.text("meeting.noCases"));
        title.setText("");
        figures.setText("");
        section.setText("");
        conflicts.setText("");
        notes.setText("");
        dots.show(List.of(), false);
    }
}
