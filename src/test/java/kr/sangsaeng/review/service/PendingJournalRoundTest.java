package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.sangsaeng.review.service.PendingWrites.Change;
import kr.sangsaeng.review.service.PendingWrites.ScoreChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal names the round it was written for, as its ids are that round's: opened for another
 * round at the same address (the database published again), it is set aside unread and said to be
 * (docs/server-mode.md, "Kept on this computer").
 */
class PendingJournalRoundTest {
    private static final String SERVER = "postgresql://kim_wiwon@db.example.org:5432/award2026";
    private static final String ROUND_A = "2026-11-30T08:00:00.123456Z";
    private static final String ROUND_B = "2026-12-01T09:30:00.654321Z";

    @TempDir
    Path folder;

    private final List<Change> changes = List.of(new ScoreChange(new Actor("김위원"), 3, 11, 21, 4.0,
            Instant.now().truncatedTo(ChronoUnit.MICROS)));

    @Test
    void aJournalIsReadBackForTheRoundItWasWrittenFor() throws Exception {
        write(ROUND_A);
        PendingJournal.Opened opened = PendingJournal.open(folder, SERVER, ROUND_A);
        opened.journal().close();
        assertThat(opened.problem()).isNull();
        assertThat(opened.changes()).containsExactlyElementsOf(changes);
        assertThat(Files.readString(PendingJournal.fileFor(folder, SERVER))).contains("\"round\" : \"" + ROUND_A + "\"");
    }

    @Test
    void aJournalOfAnotherRoundAtTheSameAddressIsKeptAsideUnread() throws Exception {
        write(ROUND_A);
        Path file = PendingJournal.fileFor(folder, SERVER);
        byte[] before = Files.readAllBytes(file);

        PendingJournal.Opened opened = PendingJournal.open(folder, SERVER, ROUND_B);
        try (PendingJournal journal = opened.journal()) {
            assertThat(opened.problem()).isEqualTo(PendingJournal.Problem.OTHER_ROUND);
            assertThat(opened.changes()).isEmpty();
            assertThat(opened.setAside()).hasBinaryContent(before).hasParent(folder);
            assertThat(opened.setAside().getFileName().toString()).contains(".other-round-").endsWith(".json");
            assertThat(file).doesNotExist();
            // The new round's own changes start a journal of its own.
            journal.write(changes);
        }
        PendingJournal.Opened again = PendingJournal.open(folder, SERVER, ROUND_B);
        again.journal().close();
        assertThat(again.problem()).isNull();
        assertThat(again.changes()).hasSize(1);
        assertThat(opened.setAside()).exists();
    }

    @Test
    void aJournalOfARoundThatRecordedAnIdentityIsNotReadForOneThatRecordsNone() throws Exception {
        write(ROUND_A);
        PendingJournal.Opened opened = PendingJournal.open(folder, SERVER, null);
        opened.journal().close();
        assertThat(opened.problem()).isEqualTo(PendingJournal.Problem.OTHER_ROUND);
        assertThat(opened.changes()).isEmpty();
    }

    @Test
    void aJournalWrittenBeforeRoundsHadAnIdentityIsRead() throws Exception {
        write(null);
        assertThat(Files.readString(PendingJournal.fileFor(folder, SERVER))).doesNotContain("\"round\"");
        PendingJournal.Opened opened = PendingJournal.open(folder, SERVER, ROUND_B);
        opened.journal().close();
        assertThat(opened.problem()).isNull();
        assertThat(opened.changes()).containsExactlyElementsOf(changes);
    }

    @Test
    void aRoundThatIsNotTextIsADamagedJournal() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(PendingJournal.fileFor(folder, SERVER),
                "{\"version\":1,\"server\":\"" + SERVER + "\",\"round\":7,\"changes\":[]}");
        PendingJournal.Opened opened = PendingJournal.open(folder, SERVER, "7");
        opened.journal().close();
        assertThat(opened.problem()).isEqualTo(PendingJournal.Problem.DAMAGED);
    }

    private void write(String round) throws Exception {
        try (PendingJournal journal = PendingJournal.open(folder, SERVER, round).journal()) {
            journal.write(changes);
        }
    }
}
