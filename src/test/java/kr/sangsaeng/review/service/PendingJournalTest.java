package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.service.PendingWrites.Change;
import kr.sangsaeng.review.service.PendingWrites.ReviewChange;
import kr.sangsaeng.review.service.PendingWrites.ScoreChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal that keeps a server round's unsent changes on this computer (docs/server-mode.md,
 * "Kept on this computer"): what is written is read back as it was; a damaged or newer journal is
 * renamed and kept, and said to be; a write cut short by a kill never spoils the journal before it.
 */
class PendingJournalTest {
    private static final String SERVER = "postgresql://위원1@db.example.org:5433/round_2022";
    private static final Actor ME = new Actor("김위원 (예시)");

    @TempDir
    Path folder;

    private final Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final List<Change> changes = List.of(
            new ScoreChange(ME, 3, 11, 21, 4.5, t),
            new ScoreChange(ME, 3, 11, 22, null, t.plusMillis(1)),
            new ReviewChange(ME, new Review(3, 12, "\"매출\" 근거가\n부족함", true, "이해관계", false, t.plusMillis(2))));

    @Test
    void whatIsWrittenIsReadBackAfterTheJournalWasLetGo() throws Exception {
        try (PendingJournal journal = open(folder).journal()) {
            journal.write(changes);
        }
        PendingJournal.Opened again = PendingJournal.open(folder, SERVER);
        try (PendingJournal journal = again.journal()) {
            assertThat(again.problem()).isNull();
            assertThat(again.changes()).containsExactlyElementsOf(changes);
        }
        String text = Files.readString(PendingJournal.fileFor(folder, SERVER));
        assertThat(text).contains("\"version\" : 1").contains(SERVER);
    }

    @Test
    void anotherServerOrLoginHasAJournalOfItsOwn() throws Exception {
        try (PendingJournal journal = open(folder).journal()) {
            journal.write(changes);
        }
        String otherLogin = SERVER.replace("위원1", "위원2");
        PendingJournal.Opened other = PendingJournal.open(folder, otherLogin);
        try (PendingJournal journal = other.journal()) {
            assertThat(other.changes()).isEmpty();
        }
        assertThat(PendingJournal.fileFor(folder, otherLogin)).isNotEqualTo(PendingJournal.fileFor(folder, SERVER));
    }

    @Test
    void anEmptyQueueLeavesNoJournalBehind() throws Exception {
        try (PendingJournal journal = open(folder).journal()) {
            journal.write(changes);
            journal.write(List.of());
        }
        assertThat(PendingJournal.fileFor(folder, SERVER)).doesNotExist();
    }

    @Test
    void aDamagedJournalIsKeptAsideUnderAnotherNameAndReported() throws Exception {
        Path file = PendingJournal.fileFor(folder, SERVER);
        try (PendingJournal journal = open(folder).journal()) {
            journal.write(changes);
        }
        byte[] whole = Files.readAllBytes(file);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, cut);

        PendingJournal.Opened opened = PendingJournal.open(folder, SERVER);
        try (PendingJournal journal = opened.journal()) {
            assertThat(opened.problem()).isEqualTo(PendingJournal.Problem.DAMAGED);
            assertThat(opened.changes()).isEmpty();
            assertThat(opened.setAside()).hasBinaryContent(cut).hasParent(folder);
            assertThat(opened.setAside().getFileName().toString()).contains(".damaged-");
            // The journal starts again and takes new changes.
            journal.write(changes.subList(0, 1));
        }
        PendingJournal.Opened again = PendingJournal.open(folder, SERVER);
        try (PendingJournal journal = again.journal()) {
            assertThat(again.problem()).isNull();
            assertThat(again.changes()).containsExactly(changes.get(0));
        }
        assertThat(opened.setAside()).exists();
    }

    @Test
    void aJournalWithAFieldMissingOrOfAnotherServerIsKeptAside() throws Exception {
        Path file = PendingJournal.fileFor(folder, SERVER);
        Files.createDirectories(folder);
        Files.writeString(file, "{\"version\":1,\"server\":\"" + SERVER + "\",\"changes\":[{\"kind\":\"score\",\"actor\":\"a\"}]}");
        assertThat(openAndClose().problem()).isEqualTo(PendingJournal.Problem.DAMAGED);
        Files.writeString(file, "{\"version\":1,\"server\":\"postgresql://x@y:1/z\",\"changes\":[]}");
        assertThat(openAndClose().problem()).isEqualTo(PendingJournal.Problem.DAMAGED);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains(".damaged-"))).hasSize(2);
        }
    }

    @Test
    void aJournalFromANewerVersionIsKeptAsideUnread() throws Exception {
        Path file = PendingJournal.fileFor(folder, SERVER);
        Files.createDirectories(folder);
        String newer = "{\"version\":2,\"server\":\"" + SERVER + "\",\"changes\":[{\"kind\":\"ballot\"}]}";
        Files.writeString(file, newer);
        PendingJournal.Opened opened = openAndClose();
        assertThat(opened.problem()).isEqualTo(PendingJournal.Problem.NEWER_VERSION);
        assertThat(opened.setAside()).hasContent(newer);
        assertThat(opened.setAside().getFileName().toString()).contains(".newer-");
        assertThat(file).doesNotExist();
    }

    @Test
    void aWriteCutShortByAKillLeavesTheJournalBeforeIt() throws Exception {
        Path file = PendingJournal.fileFor(folder, SERVER);
        try (PendingJournal journal = open(folder).journal()) {
            journal.write(changes);
        }
        // What a kill in the middle of the next write leaves: a partial temporary file beside the journal.
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, "{\"version\":1,\"server\":\"".getBytes(StandardCharsets.UTF_8));

        PendingJournal.Opened opened = PendingJournal.open(folder, SERVER);
        try (PendingJournal journal = opened.journal()) {
            assertThat(opened.problem()).isNull();
            assertThat(opened.changes()).containsExactlyElementsOf(changes);
            assertThat(temp).doesNotExist();
            journal.write(changes.subList(1, 3));
        }
        assertThat(openAndClose().changes()).containsExactlyElementsOf(changes.subList(1, 3));
    }

    @Test
    void aSecondWindowOfTheSameLoginDoesNotTakeTheJournalOfTheFirst() throws Exception {
        try (PendingJournal first = open(folder).journal()) {
            first.write(changes);
            PendingJournal.Opened second = PendingJournal.open(folder, SERVER);
            assertThat(second.journal()).isNull();
            assertThat(second.problem()).isEqualTo(PendingJournal.Problem.IN_USE);
            assertThat(second.changes()).isEmpty();
        }
        assertThat(openAndClose().changes()).hasSize(3);
    }

    @Test
    void onlyTheUserReadsTheJournal() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path inner = folder.resolve("pending");
        try (PendingJournal journal = open(inner).journal()) {
            journal.write(changes);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(inner))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(PendingJournal.fileFor(inner, SERVER))))
                .isEqualTo("rw-------");
    }

    private static PendingJournal.Opened open(Path folder) throws Exception {
        PendingJournal.Opened opened = PendingJournal.open(folder, SERVER);
        assertThat(opened.journal()).isNotNull();
        return opened;
    }

    private PendingJournal.Opened openAndClose() throws Exception {
        PendingJournal.Opened opened = PendingJournal.open(folder, SERVER);
        opened.journal().close();
        return opened;
    }
}
