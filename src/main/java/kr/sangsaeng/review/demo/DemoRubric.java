package kr.sangsaeng.review.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sample rubric, panel and scores for the demo round: invented, and named as samples. */
final class DemoRubric {
    record Line(String key, String label, double weight, String guidance) {
    }

    record Panel(String name, String role, Map<String, int[]> scores, Map<String, String> comments,
                 String recusedRef, String recuseReason) {
    }

    static final List<Line> LINES = List.of(
            new Line("impact", "성과 (Impact)", 30,
                    "소상공인의 매출·비용에 실제로 나타난 변화. 5 = 수치로 입증된 큰 변화, 1 = 근거 없음."),
            new Line("reach", "지원 규모 (Reach)", 20,
                    "지원받은 소상공인 수와 범위. 5 = 1만 곳 이상 또는 전국 단위, 1 = 소수."),
            new Line("partnership", "상생 노력 (Partnership)", 20,
                    "플랫폼이 부담한 비용과 공공기관·지자체와의 협력. 5 = 플랫폼 부담이 크고 협력이 긴밀함."),
            new Line("sustainability", "지속가능성 (Sustainability)", 15,
                    "일회성 행사를 넘어 계속될 수 있는 구조인가. 5 = 상시 프로그램으로 정착."),
            new Line("originality", "독창성 (Originality)", 15,
                    "다른 플랫폼이 배울 만한 새로운 방식인가. 5 = 업계 최초이거나 모범 사례."));

    static final List<Panel> PANEL = List.of(
            new Panel("김서연 (예시 위원장)", "위원장", scores(
                    "2022-01", new int[] {4, 4, 4, 3, 3},
                    "2022-02", new int[] {3, 4, 3, 3, 3},
                    "2022-03", new int[] {4, 5, 5, 3, 5},
                    "2022-04", new int[] {5, 3, 4, 2, 3},
                    "2022-05", new int[] {5, 2, 4, 4, 4},
                    "2022-06", new int[] {3, 2, 4, 4, 3}),
                    Map.of("2022-03", "보험료 대납은 업계 최초. 보상 실적 자료를 추가로 받으면 좋겠음.",
                            "2022-05", "기준 대비 +60%p 증가가 명확하게 제시됨."),
                    null, null),
            new Panel("박준호 (예시 위원)", "위원", scores(
                    "2022-01", new int[] {4, 4, 3, 3, 2},
                    "2022-02", new int[] {3, 3, 3, 2, 2},
                    "2022-03", new int[] {3, 5, 5, 4, 4},
                    "2022-04", new int[] {4, 3, 3, 2, 3},
                    "2022-05", new int[] {4, 2, 3, 4, 3},
                    "2022-06", new int[] {3, 2, 5, 4, 4}),
                    Map.of("2022-04", "상위 12개 판매자만의 수치라 전체 효과는 불분명함."),
                    null, null),
            new Panel("이하은 (예시 위원)", "위원", scores(
                    "2022-01", new int[] {5, 5, 4, 4, 3},
                    "2022-02", new int[] {4, 4, 3, 3},
                    "2022-03", new int[] {5, 5, 5, 5, 4},
                    "2022-04", new int[] {4, 4, 4, 3, 4},
                    "2022-06", new int[] {4, 3, 5, 5, 4}),
                    Map.of("2022-02", "지속가능성 항목은 추가 자료를 받은 뒤 채점 예정."),
                    "2022-05", "해당 플랫폼 자문위원으로 활동 (이해충돌)"));

    private DemoRubric() {
    }

    private static Map<String, int[]> scores(Object... refAndValues) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int i = 0; i < refAndValues.length; i += 2) {
            m.put((String) refAndValues[i], (int[]) refAndValues[i + 1]);
        }
        return m;
    }
}
