package kr.sangsaeng.review.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Platform;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;

/**
 * Invents cases that look like real submissions: platforms of very different sizes (a few giants, a
 * long tail), Korean and English titles, figures that scale with the platform and are sometimes
 * missing or stated as approximate.
 */
final class CaseWriter {
    private static final String[] KO_PROGRAMS = {"입점 지원", "판로 개척 기획전", "보험료 지원", "수수료 감면",
        "라이브커머스 교육", "상생 특가전", "배송비 지원", "마케팅 컨설팅"};
    private static final String[] EN_PROGRAMS = {"onboarding support", "sales-channel exhibition", "insurance premium aid",
        "fee reduction", "live-commerce training", "partnership sale", "shipping subsidy", "marketing coaching"};
    private static final String[] REGIONS = {"전국", "부산", "대구", "광주", "강원", "제주", "national", "regional"};

    private final Random random;

    CaseWriter(Random random) {
        this.random = random;
    }

    List<Platform> platforms(int count) {
        List<Platform> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String name = i % 2 == 0 ? String.format(Locale.ROOT, "플랫폼 %03d", i) : String.format(Locale.ROOT, "Platform %03d", i);
            out.add(new Platform(i, name));
        }
        return out;
    }

    /** A platform index drawn from a Zipf-like law, so a few platforms submit many cases. */
    int platformFor(int platformCount) {
        double u = random.nextDouble();
        return Math.max(1, Math.min(platformCount, (int) Math.floor(Math.pow(platformCount, u * u))));
    }

    Submission submission(long id, Platform platform) {
        int p = random.nextInt(KO_PROGRAMS.length);
        boolean korean = random.nextDouble() < 0.7;
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String title = korean ? region + " 소상공인 " + KO_PROGRAMS[p] : "Small-merchant " + EN_PROGRAMS[p] + " (" + region + ")";
        String summary = korean ? "소상공인을 위한 " + KO_PROGRAMS[p] + " 프로그램 (합성 데이터)."
                : "A synthetic " + EN_PROGRAMS[p] + " programme for small merchants.";
        String ref = String.format(Locale.ROOT, "S-%06d", id);
        return new Submission(id, ref, platform.id(), platform.name(), title, areas(), summary, SubmissionStatus.UNDER_REVIEW);
    }

    private Set<SupportArea> areas() {
        Set<SupportArea> areas = EnumSet.noneOf(SupportArea.class);
        areas.add(SupportArea.values()[random.nextInt(3)]);
        if (random.nextDouble() < 0.2) {
            areas.add(SupportArea.values()[random.nextInt(3)]);
        }
        return areas;
    }

    /** Figures for the five synthetic metrics (ids 1..5); about one in ten is not reported. */
    List<MetricValue> figures(long submissionId, double platformSize) {
        List<MetricValue> out = new ArrayList<>(5);
        double merchants = Math.round(platformSize * Math.exp(random.nextGaussian() * 0.8));
        double baseline = Math.round(10 + random.nextGaussian() * 8);
        double growth = Math.round(baseline + 20 + random.nextGaussian() * 40);
        double sales = Math.round(merchants * 2_000_000 * Math.exp(random.nextGaussian()) / 10_000) * 10_000.0;
        double events = 1 + random.nextInt(30);
        double[] values = {merchants, growth, baseline, sales, events};
        for (int m = 0; m < values.length; m++) {
            if (random.nextDouble() < 0.1) {
                continue;
            }
            boolean approx = m == 0 && random.nextDouble() < 0.5;
            out.add(new MetricValue(submissionId, m + 1, values[m], approx, (approx ? "약 " : "") + plain(values[m])));
        }
        return out;
    }

    private static String plain(double v) {
        return String.format(Locale.ROOT, "%,d", (long) v);
    }
}
