package kr.sangsaeng.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting's pledge, conflicts and notes on the command line, over a demo round (docs/command-line.md). */
class MeetingCliTest {
    private static final String CHAIR = "김서연 (예시 위원장)";
    private static final String MEMBER = "박준호 (예시 위원)";
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("d.sangsaeng");
        assertThat(CliTest.run("demo", "--db", db.toString()).code()).isZero();
    }

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = args[0];
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 1, all, 3, args.length - 1);
        return CliTest.run(all);
    }

    private static JsonNode json(Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void pledgeShowsTheTextAndWhoConfirmedThenRecordsAConfirmationAndAnEdit() throws Exception {
        Run shown = run("pledge");
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("심사위원 서약서").contains(MEMBER).contains("confirmed_at").doesNotContain(CHAIR);

        JsonNode confirmed = json(run("pledge", "--confirm", "--reviewer", CHAIR, "--as", "secretary", "--format", "json"));
        assertThat(confirmed.get("text").asText()).contains("심사위원 서약서");
        assertThat(confirmed.get("sample").asBoolean()).isTrue();
        assertThat(confirmed.get("confirmations")).hasSize(3).anySatisfy(c -> {
            assertThat(c.get("reviewer").asText()).isEqualTo(CHAIR);
            assertThat(c.get("confirmed_by").asText()).isEqualTo("secretary");
            assertThat(c.get("current").asBoolean()).isTrue();
            assertThat(c.get("confirmed_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        });

        Path text = Files.writeString(dir.resolve("pledge.txt"), "공정하게 심사하겠습니다.\n", StandardCharsets.UTF_8);
        Run set = run("pledge", "--set", text.toString(), "--as", "secretary");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("The pledge is saved (13 characters)").contains("공정하게 심사하겠습니다.");
        JsonNode after = json(run("pledge", "--format", "json"));
        assertThat(after.get("sample").asBoolean()).isFalse();
        assertThat(after.get("updated_by").asText()).isEqualTo("secretary");
        // An edit asks everyone again: no confirmation is of the current text.
        assertThat(after.get("confirmations")).allSatisfy(c -> assertThat(c.get("current").asBoolean()).isFalse());
        try (ReviewStore store = ReviewStore.open(db)) {
            assertThat(store.audit().findAll()).anySatisfy(e -> assertThat(e.actor()).isEqualTo("secretary"));
        }
    }

    @Test
    void conflictsAreDeclaredWithTheirKindAndListed() throws Exception {
        assertThat(json(run("conflicts", "--format", "json"))).isEmpty();
        Run declared = run("conflicts", "--declare", "--reviewer", MEMBER, "--ref", "2022-03", "--kind", "회피",
                "--reason", "자문 관계", "--as", "chair");
        assertThat(declared.code()).as(declared.err()).isZero();
        assertThat(declared.out()).contains("Conflict recorded: " + MEMBER + " on 2022-03, recusal (회피)")
                .contains("자문 관계");
        assertThat(run("conflicts", "--declare", "--reviewer", CHAIR, "--ref", "2022-01", "--kind", "exclusion").code())
                .isZero();

        JsonNode all = json(run("conflicts", "--format", "json"));
        assertThat(all).hasSize(2);
        assertThat(all).anySatisfy(c -> {
            assertThat(c.get("reviewer").asText()).isEqualTo(MEMBER);
            assertThat(c.get("ref").asText()).isEqualTo("2022-03");
            assertThat(c.get("kind").asText()).isEqualTo("recusal");
            assertThat(c.get("term").asText()).isEqualTo("회피");
            assertThat(c.get("reason").asText()).isEqualTo("자문 관계");
            assertThat(c.get("declared_by").asText()).isEqualTo("chair");
        });
        assertThat(all).anySatisfy(c -> assertThat(c.get("term").asText()).isEqualTo("제척"));
        // Declaring recuses the review, so the member's scores on that case stop counting, as in the Meeting tab.
        try (ReviewStore store = ReviewStore.open(db)) {
            long member = store.reviewers().findByName(MEMBER).orElseThrow().id();
            assertThat(store.conflicts().findAll()).anySatisfy(c -> assertThat(c.reviewerId()).isEqualTo(member));
            assertThat(store.audit().findAll()).anySatisfy(e -> assertThat(e.actor()).isEqualTo("chair"));
        }
    }

    @Test
    void unknownReviewerCaseOrKindIsRefusedClearly() {
        Run reviewer = run("conflicts", "--declare", "--reviewer", "홍길동", "--ref", "2022-03", "--kind", "회피");
        assertThat(reviewer.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(reviewer.err()).contains("There is no reviewer '홍길동' in this round").contains(MEMBER);
        Run ref = run("notes", "--add", "--ref", "1999-99", "--kind", "shared", "--author", "chair", "--text", "x");
        assertThat(ref.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(ref.err()).contains("There is no case with the ref '1999-99'");
        Run kind = run("conflicts", "--declare", "--reviewer", MEMBER, "--ref", "2022-03", "--kind", "friendship");
        assertThat(kind.code()).isEqualTo(Cli.USAGE);
        assertThat(kind.err()).contains("not 'friendship'");
        assertThat(run("notes", "--add", "--ref", "2022-03", "--kind", "secret", "--author", "a", "--text", "x").code())
                .isEqualTo(Cli.USAGE);
        assertThat(run("pledge", "--confirm").code()).isEqualTo(Cli.USAGE);
        assertThat(run("conflicts", "--declare", "--ref", "2022-03").code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void notesAreAddedAndPrivateOnesShownOnlyToTheirAuthor() throws Exception {
        Run added = run("notes", "--add", "--ref", "2022-03", "--kind", "minutes", "--author", "chair", "--text",
                "만장일치로 후보에 올림");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("Note added to 2022-03 (minutes, by chair)").contains("만장일치로 후보에 올림");
        assertThat(run("notes", "--add", "--ref", "2022-03", "--kind", "private", "--author", MEMBER, "--text",
                "다시 볼 것").code()).isZero();

        JsonNode everyone = json(run("notes", "--ref", "2022-03", "--format", "json"));
        assertThat(everyone).hasSize(1);
        JsonNode minute = everyone.get(0);
        assertThat(minute.get("ref").asText()).isEqualTo("2022-03");
        assertThat(minute.get("kind").asText()).isEqualTo("minutes");
        assertThat(minute.get("author").asText()).isEqualTo("chair");
        assertThat(minute.get("text").asText()).isEqualTo("만장일치로 후보에 올림");
        assertThat(minute.get("id").asText()).isNotBlank();
        assertThat(minute.has("created_at") && minute.has("updated_at")).isTrue();

        JsonNode own = json(run("notes", "--author", MEMBER, "--format", "json"));
        assertThat(own).hasSize(2).anySatisfy(n -> assertThat(n.get("kind").asText()).isEqualTo("private"));
        assertThat(run("notes", "--ref", "2022-01").out()).contains("No notes");
    }

    @Test
    void aRefusalIsSaidInKorean() {
        Run r = CliTest.run("conflicts", "--db", db.toString(), "--declare", "--reviewer", "홍길동", "--ref", "2022-03",
                "--kind", "회피", "--lang", "ko");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("오류: 이번 심사에 '홍길동' 심사위원이 없습니다").doesNotContain("There is", "error:");
        Run kind = CliTest.run("conflicts", "--db", db.toString(), "--declare", "--reviewer", MEMBER, "--ref", "2022-03",
                "--kind", "friendship", "--lang", "ko");
        assertThat(kind.err()).contains("오류: 충돌의 종류는 제척(exclusion), 기피(challenge), 회피(recusal) 중 하나입니다")
                .doesNotContain("A conflict is");
        Run added = CliTest.run("notes", "--db", db.toString(), "--add", "--ref", "2022-03", "--kind", "shared",
                "--author", "chair", "--text", "논의", "--lang", "ko");
        assertThat(added.out()).contains("2022-03 사례에 메모를 추가했습니다").doesNotContain("Note added");
    }
}
