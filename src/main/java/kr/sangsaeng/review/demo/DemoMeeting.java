package kr.sangsaeng.review.demo;

import kr.sangsaeng.review.store.ReviewStore;

/**
 * The demo round's meeting set-up (docs/meeting.md): an example pledge, labelled as an example,
 * and two declared affiliations that the app flags as likely conflicts. The two members have
 * confirmed the pledge, as they must before scoring; the chair has not yet, so the demo shows the
 * Scoring tab asking for it and the meeting recording it.
 */
final class DemoMeeting {
    /** An example 서약서; the file marks it as a sample until the secretary edits it. */
    static final String PLEDGE = """
            [예시] 심사위원 서약서

            본인은 2022 온라인플랫폼-소상공인 상생협력 우수사례 심사위원으로서 다음 사항을 서약합니다.

            1. 관계 법령과 심사 기준에 따라 공정하고 객관적으로 심사하겠습니다.
            2. 심사 대상 플랫폼과 이해관계가 있는 경우(임직원, 자문, 용역, 친족 관계 등) 이를 즉시 밝히고
               제척·기피·회피 절차에 따르겠습니다.
            3. 심사 과정에서 알게 된 신청 내용과 심사 결과를 외부에 누설하지 않겠습니다.
            4. 심사와 관련하여 금품, 향응 등 어떠한 이익도 받지 않겠습니다.

            위 사항을 위반할 경우 심사위원에서 해촉되는 등 어떠한 조치도 감수하겠습니다.""";

    private DemoMeeting() {
    }

    static void add(ReviewStore store) {
        store.pledge().put(PLEDGE, true, "secretary");
        store.reviewers().findByName("이하은 (예시 위원)").ifPresent(r ->
                store.conflicts().setAffiliations(r.id(), java.util.List.of("쿠팡 자문위원회"), "secretary"));
        store.reviewers().findByName("박준호 (예시 위원)").ifPresent(r ->
                store.conflicts().setAffiliations(r.id(), java.util.List.of("중소기업유통센터"), "secretary"));
        for (String member : java.util.List.of("박준호 (예시 위원)", "이하은 (예시 위원)")) {
            store.reviewers().findByName(member).ifPresent(r -> store.pledge().confirm(r.id(), PLEDGE, r.name()));
        }
    }
}
