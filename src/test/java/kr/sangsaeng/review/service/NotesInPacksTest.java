package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Case notes travel in score packs and merge by id: never doubled, the newer text wins. The pack comes
 * from a reviewer's laptop file; the round it is imported into is a review file or a server round
 * (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class NotesInPacksTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private static final String PARK = "박준호 (예시 위원)";

    private TestStores master;

    @BeforeEach
    void openMaster() throws Exception {
        master = TestRounds.demo(backend, dir);
    }

    @AfterEach
    void close() throws Exception {
        master.close();
    }

    @Test
    void aReviewersPackCarriesTheirNotesAndImportingItTwiceAddsThemOnce() throws Exception {
        Path laptop = dir.resolve("laptop.sangsaeng");
        Path pack = dir.resolve("pack.csv");
        String privateId;
        try (ReviewStore store = DemoRound.createAt(laptop)) {
            NoteService notes = MeetingServices.over(store).notes();
            long id = store.submissions().findByRef("2022-03").orElseThrow().id();
            privateId = notes.add(id, NoteKind.PRIVATE, "보상 실적, 확인 필요", new Actor(PARK)).id();
            notes.add(id, NoteKind.SHARED, "업계 최초인지 확인", new Actor(PARK));
            notes.add(id, NoteKind.MINUTES, "다른 위원의 회의록", new Actor("김서연 (예시 위원장)"));
            new ExportService(store).scorePack(pack, Optional.of(PARK));
        }
        assertThat(Files.readString(pack)).contains("note_id").contains("보상 실적, 확인 필요").doesNotContain("다른 위원의 회의록");

        {
            ReviewStore store = master.store();
            ImportService imports = new ImportService(store);
            ImportSummary first = imports.apply(imports.plan(ImportKind.SCORES, pack, Optional.empty(), Progress.NONE), false);
            assertThat(store.notes().findAll()).hasSize(2);
            ImportSummary again = imports.apply(imports.plan(ImportKind.SCORES, pack, Optional.empty(), Progress.NONE), false);
            assertThat(store.notes().findAll()).as("merged by id, never duplicated").hasSize(2);
            assertThat(again.added()).isZero();
            CaseNote note = store.notes().find(privateId).orElseThrow();
            assertThat(note.author()).isEqualTo(PARK);
            assertThat(note.kind()).isEqualTo(NoteKind.PRIVATE);
            assertThat(MeetingServices.over(store).notes().visibleTo(note.submissionId(), new Actor("김서연 (예시 위원장)")))
                    .extracting(CaseNote::text).containsExactly("업계 최초인지 확인");
            assertThat(first.added()).isPositive();
        }

        String edited = Files.readString(pack).replace("보상 실적, 확인 필요", "보상 실적 확인함")
                .replaceAll("(" + privateId + ")", "$1");
        Path newer = dir.resolve("newer.csv");
        Files.writeString(newer, edited.replaceFirst("(2022-03,박준호 \\(예시 위원\\),,,,,)[^,]+(,," + privateId + ")",
                "$12099-01-01T00:00:00Z$2"));
        {
            ReviewStore store = master.reopen();
            ImportService imports = new ImportService(store);
            imports.apply(imports.plan(ImportKind.SCORES, newer, Optional.empty(), Progress.NONE), false);
            assertThat(store.notes().findAll()).hasSize(2);
            assertThat(store.notes().find(privateId).orElseThrow().text()).isEqualTo("보상 실적 확인함");
        }
    }
}
