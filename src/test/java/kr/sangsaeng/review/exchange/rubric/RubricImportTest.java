package kr.sangsaeng.review.exchange.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A rubric imported into a review file or a server round alike (docs/server-mode.md). */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class RubricImportTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores newRound() throws Exception {
        return TestStores.empty(backend, dir, new Round("r", 2023, "", false));
    }

    private static ImportPlan plan(ReviewStore store, Path file) {
        return RubricImportPlanner.plan(store, file, Optional.empty(), Progress.NONE);
    }

    @Test
    void importsCriteriaInFileOrderFromKoreanHeaders() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "r.csv", """
                항목코드,항목명,가중치,최저점,최고점,평가지침
                impact,성과,60,1,5,"5 = 큰 변화, 1 = 근거 없음"
                reach,지원 규모,40%,0,10,
                """);
        try (TestStores round = newRound()) {
            ReviewStore store = round.store();
            ImportPlan plan = plan(store, f);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.summary().warnings()).isEmpty();
            plan.apply(store, false);
            assertThat(store.criteria().findAll()).extracting(Criterion::key, Criterion::weight, Criterion::max, Criterion::guidance)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("impact", 60.0, 5.0, "5 = 큰 변화, 1 = 근거 없음"),
                            org.assertj.core.groups.Tuple.tuple("reach", 40.0, 10.0, ""));
        }
    }

    @Test
    void reportsBadNumbersScalesDuplicateKeysAndUnknownColumns() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "r.csv", """
                key,label,weight,min,max
                a,A,many,1,5
                b,B,-5,5,1
                a,A2,10,1,5
                """);
        Path unknown = ExchangeTestFiles.csv(dir, "u.csv", "key,label,weight,min,max,colour\na,A,1,1,5,red\n");
        try (TestStores round = newRound()) {
            ReviewStore store = round.store();
            assertThat(plan(store, f).problems()).extracting(Problem::describe).containsExactly(
                    "row 2, column C (weight): not a number: \"many\"",
                    "row 3, column C (weight): the weight is negative",
                    "row 3, column E (max): the scale's max must be above its min (5.0)",
                    "row 4, column A (key): the key \"a\" appears twice (also row 2)");
            assertThat(plan(store, unknown).problems()).extracting(Problem::reason)
                    .containsExactly("unknown column; expected key, label, weight, min, max, guidance");
        }
    }

    @Test
    void changesNeedConsentWarnAboutWeightsAndMayNotStrandScores() throws Exception {
        try (TestStores round = newRound()) {
            ReviewStore store = round.store();
            long c = store.criteria().insert("impact", "성과", 100, 1, 5, "");
            long s = store.submissions().insert("a", "p", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
            long r = store.reviewers().insert("김", "");
            store.scores().put(new Score(r, s, c, 5, Instant.parse("2022-12-08T05:00:00Z")), "김");

            Path narrower = ExchangeTestFiles.csv(dir, "n.csv", "key,label,weight,min,max\nimpact,성과,100,1,4\n");
            assertThat(plan(store, narrower).problems()).extracting(Problem::reason)
                    .containsExactly("1 score(s) already given on \"impact\" lie outside the new scale 1.0–4.0");

            Path relabel = ExchangeTestFiles.csv(dir, "l.csv", "key,label,weight,min,max\nimpact,Impact,70,1,5\n");
            ImportPlan plan = plan(store, relabel);
            assertThat(plan.existingToChange()).containsExactly("impact");
            assertThat(plan.summary().warnings()).containsExactly("the rubric's weights add up to 70, not 100");
            plan.apply(store, true);
            assertThat(store.criteria().findAll()).singleElement()
                    .satisfies(x -> assertThat(x.label()).isEqualTo("Impact"));
        }
    }
}
