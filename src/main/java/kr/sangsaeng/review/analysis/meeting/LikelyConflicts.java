package kr.sangsaeng.review.analysis.meeting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.sangsaeng.review.model.Affiliation;
import kr.sangsaeng.review.model.Submission;

/**
 * Flags likely conflicts of interest (docs/meeting.md): a reviewer's declared affiliation that
 * matches a case's platform name, or appears in the case's title or summary. Names are compared
 * without spaces, case or company-form words such as (주) and 주식회사, so "쿠팡(주)" matches "쿠팡".
 * A flag is a prompt for the chair, not a conflict: nothing is recorded until one is declared.
 */
public final class LikelyConflicts {
    /** Where the affiliation was found. */
    public enum Where { PLATFORM, CASE_TEXT }

    public record Flag(long reviewerId, long submissionId, String affiliation, Where where) {
    }

    /** Shorter names match too much text ("AI", "몰") to be worth a flag. */
    static final int MIN_LENGTH = 2;

    private LikelyConflicts() {
    }

    /** Flags for every affiliation and case, leaving out pairs in {@code declared} ("reviewerId/submissionId"). */
    public static List<Flag> find(List<Affiliation> affiliations, List<Submission> cases, Set<String> declared) {
        List<Flag> out = new ArrayList<>();
        for (Submission s : cases) {
            String platform = normal(s.platformName());
            String text = normal(s.title() + " " + s.summary());
            for (Affiliation a : affiliations) {
                String name = normal(a.name());
                if (name.length() < MIN_LENGTH || declared.contains(a.reviewerId() + "/" + s.id())) {
                    continue;
                }
                if (!platform.isEmpty() && (platform.equals(name) || platform.contains(name) || name.contains(platform))) {
                    out.add(new Flag(a.reviewerId(), s.id(), a.name(), Where.PLATFORM));
                } else if (text.contains(name)) {
                    out.add(new Flag(a.reviewerId(), s.id(), a.name(), Where.CASE_TEXT));
                }
            }
        }
        return out;
    }

    static String normal(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replace("(주)", "").replace("㈜", "").replace("주식회사", "");
        return n.replaceAll("[\\s·.,()\\-]", "");
    }
}
