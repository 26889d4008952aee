package kr.sangsaeng.review.demo;

import static kr.sangsaeng.review.model.SupportArea.FINANCIAL;
import static kr.sangsaeng.review.model.SupportArea.MANAGEMENT;
import static kr.sangsaeng.review.model.SupportArea.SALES_CHANNEL;

import java.util.List;
import java.util.Set;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.SupportArea;

/** The six cases selected in December 2022 and the figures they reported. Summaries are our own words. */
final class DemoCases {
    record Case(String ref, String platform, String title, Set<SupportArea> areas, String summary) {
    }

    record MetricSpec(String key, String label, MetricUnit unit) {
    }

    record Figure(String ref, String metric, double value, boolean approximate, String asWritten) {
    }

    static final List<Case> CASES = List.of(
            new Case("2022-01", "롯데쇼핑e커머스", "롯키데이 연계 소상공인 입점 판촉 지원", Set.of(SALES_CHANNEL),
                    "자사 할인 행사 '롯키데이'와 연계해 중소기업유통센터·지방자치단체와 함께 소상공인의 입점과 판촉을 도왔다. "
                            + "약 4,000개 업체가 참여했고, 한 육가공 업체는 10월 한 달에만 1억원어치를 팔았다."),
            new Case("2022-02", "11번가", "2022 소상공인 온라인몰 입점 지원 (타임딜·기획전)", Set.of(SALES_CHANNEL),
                    "소상공인 약 2,800곳의 온라인몰 입점을 돕고 '타임딜' 구좌와 기획전 노출을 제공했다. "
                            + "한 판매자는 월 거래액이 3배로 늘었다."),
            new Case("2022-03", "우아한형제들", "음식점 소상공인 풍수해보험료 지원", Set.of(FINANCIAL),
                    "정부 풍수해보험의 소상공인 자부담 보험료를 대신 내 주어 약 3만 명의 음식점 점주가 1년간 보장을 받게 했다. "
                            + "피해 시 최대 9,000만원까지 보상되며, 이 사업으로 장관 표창을 받았다."),
            new Case("2022-04", "지마켓", "제14회 대한민국 e-마케팅페어 온라인 기획전", Set.of(SALES_CHANNEL),
                    "정부 부처와 함께 온라인 판로 박람회를 열어 약 900개 판매자를 지원했다. "
                            + "매출 상위 12개 판매자의 매출은 전년 대비 628% 늘었다."),
            new Case("2022-05", "쿠팡", "착한상점 중소기업 전용관 운영", Set.of(SALES_CHANNEL),
                    "중소기업중앙회 판로지원 사업으로 선정된 약 300개 업체를 위한 '착한상점' 전용관을 운영했다. "
                            + "상반기 이들의 매출은 89% 늘어, 쿠팡 전체 증가율 29%보다 60%p 높았다."),
            new Case("2022-06", "한국우편사업진흥원", "콘텐츠 제작부터 전용관까지 원스톱 온라인 유통 지원",
                    Set.of(SALES_CHANNEL, MANAGEMENT),
                    "상품 콘텐츠 제작부터 전용관 입점까지 한 번에 지원했다. 기획전 13회와 특가 판매 약 300회를 진행했고, "
                            + "27개 운영기관 평가에서 1위를 했다."));

    static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("merchants", "지원 소상공인 수", MetricUnit.PERSONS),
            new MetricSpec("sales_growth", "매출 증가율", MetricUnit.PERCENT),
            new MetricSpec("baseline_growth", "비교 기준 증가율", MetricUnit.PERCENT),
            new MetricSpec("best_case_sales", "대표 사례 매출", MetricUnit.KRW),
            new MetricSpec("volume_multiple", "거래액 증가 배수", MetricUnit.MULTIPLE),
            new MetricSpec("max_payout", "최대 보상액", MetricUnit.KRW),
            new MetricSpec("exhibitions", "기획전 횟수", MetricUnit.OCCURRENCES),
            new MetricSpec("special_sales", "특가 판매 횟수", MetricUnit.OCCURRENCES),
            new MetricSpec("operator_rank", "운영기관 평가 순위", MetricUnit.RANK));

    static final List<Figure> FIGURES = List.of(
            new Figure("2022-01", "merchants", 4_000, true, "약 4,000개사"),
            new Figure("2022-01", "best_case_sales", 100_000_000, false, "1억원 (육가공 업체, 10월 한 달)"),
            new Figure("2022-02", "merchants", 2_800, true, "약 2,800개"),
            new Figure("2022-02", "volume_multiple", 3, false, "월 거래액 3배"),
            new Figure("2022-03", "merchants", 30_000, true, "약 3만 명"),
            new Figure("2022-03", "max_payout", 90_000_000, false, "최대 9,000만원"),
            new Figure("2022-04", "merchants", 900, true, "약 900명"),
            new Figure("2022-04", "sales_growth", 628, false, "+628% (상위 12개 판매자, 전년 대비)"),
            new Figure("2022-05", "merchants", 300, true, "약 300개"),
            new Figure("2022-05", "sales_growth", 89, false, "+89% (상반기)"),
            new Figure("2022-05", "baseline_growth", 29, false, "+29% (쿠팡 전체)"),
            new Figure("2022-06", "exhibitions", 13, false, "기획전 13회"),
            new Figure("2022-06", "special_sales", 300, true, "특가 판매 약 300회"),
            new Figure("2022-06", "operator_rank", 1, false, "27개 운영기관 중 1위"));

    private DemoCases() {
    }
}
