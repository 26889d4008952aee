package kr.sangsaeng.review.exchange.shortlist;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The committee meeting in the report (docs/meeting.md): the pledge and who confirmed it when, the
 * conflicts of interest with their kind (제척, 기피, 회피) and reason, the minutes per case, and the
 * final ballot with its method, order, tie-breaks and ballots.
 */
final class PdfMeetingPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Seoul"));

    private PdfMeetingPages() {
    }

    static void add(Document doc, ShortlistReport r, PdfStyle st, ReportTexts t) throws DocumentException {
        MeetingAppendix m = r.snapshot().meeting();
        // In blind mode members appear as R1, R2, … as everywhere else in the report.
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        r.snapshot().panel().reviewers().forEach(x -> labels.put(x.name(), r.reviewerLabel(x)));
        java.util.function.UnaryOperator<String> who = name -> labels.getOrDefault(name, name);
        doc.add(st.heading(t.text("report.meeting")));
        doc.add(st.subheading(t.text("report.meeting.pledge")));
        if (m.confirmations().isEmpty()) {
            doc.add(st.paragraph(t.text("report.meeting.noConfirmations"), st.muted()));
        } else {
            PdfPTable table = PdfStyle.table(3f, 2f);
            table.addCell(st.header(t.text("report.meeting.member")));
            table.addCell(st.header(t.text("report.meeting.confirmedAt")));
            for (MeetingAppendix.Confirmation c : m.confirmations()) {
                table.addCell(st.text(who.apply(c.reviewer())));
                table.addCell(st.text(when(c.at())));
            }
            doc.add(table);
        }
        doc.add(st.subheading(t.text("report.meeting.conflicts")));
        if (m.conflicts().isEmpty()) {
            doc.add(st.paragraph(t.text("report.meeting.noConflicts"), st.muted()));
        } else {
            PdfPTable table = PdfStyle.table(0.8f, 2f, 1.4f, 2.6f, 1.6f);
            for (String h : new String[] {t.text("report.evidence.ref"), t.text("report.meeting.member"),
                    t.text("report.meeting.kind"), t.text("report.meeting.reason"), t.text("report.meeting.declared")}) {
                table.addCell(st.header(h));
            }
            for (MeetingAppendix.Conflict c : m.conflicts()) {
                table.addCell(st.text(c.ref()));
                table.addCell(st.text(who.apply(c.reviewer())));
                table.addCell(st.text(t.text("report.meeting.kind." + c.kind().key())));
                table.addCell(st.text(c.reason()));
                table.addCell(st.text(who.apply(c.declaredBy()) + " · " + when(c.at())));
            }
            doc.add(table);
            doc.add(st.paragraph(t.text("report.meeting.conflictsNote"), st.muted()));
        }
        doc.add(st.subheading(t.text("report.meeting.minutes")));
        if (m.minutes().isEmpty()) {
            doc.add(st.paragraph(t.text("report.meeting.noMinutes"), st.muted()));
        } else {
            PdfPTable table = PdfStyle.table(0.8f, 2f, 5f);
            for (String h : new String[] {t.text("report.evidence.ref"), t.text("report.meeting.author"),
                    t.text("report.meeting.minutes")}) {
                table.addCell(st.header(h));
            }
            for (MeetingAppendix.Minute n : m.minutes()) {
                table.addCell(st.text(n.ref()));
                table.addCell(st.text(who.apply(n.author()) + "\n" + when(n.at())));
                table.addCell(st.text(n.text()));
            }
            doc.add(table);
        }
        for (MeetingAppendix.RecordedBallot b : m.ballots()) {
            doc.add(st.subheading(t.text("report.meeting.ballot", b.method(), who.apply(b.recordedBy()))));
            doc.add(st.paragraph(t.text("report.meeting.ballotOrder", String.join(" > ", b.order())), st.body()));
            doc.add(st.paragraph(b.tieBreaks().isEmpty() ? t.text("report.meeting.noTies")
                    : t.text("report.meeting.ties", String.join("; ", b.tieBreaks()), String.valueOf(b.seed())), st.muted()));
            doc.add(st.paragraph(String.join("\n", b.ballots().stream().map(v -> who.apply(v.voter()) + ": "
                    + String.join(" > ", v.order())).toList()), st.small()));
        }
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
