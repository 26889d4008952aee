package kr.sangsaeng.review.ui.results;

import java.util.Locale;
import kr.sangsaeng.review.format.Figures;
import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.analysis.AgreementBand;
import kr.sangsaeng.review.analysis.AgreementFigures;
import kr.sangsaeng.review.analysis.AgreementReport;
import kr.sangsaeng.review.analysis.IccResult;
import kr.sangsaeng.review.analysis.ReviewerBiasEntry;
import kr.sangsaeng.review.model.Criterion;

/**
 * The panel's agreement and each reviewer's bias in sentences a committee reads without a
 * statistics course. Two ICCs lead: ICC(2,1), how far one reviewer's totals can stand for
 * another's, and ICC(2,k), how reliable the panel's average is; both treat the reviewers as a
 * sample of possible reviewers and count a reviewer's leniency as disagreement, which is what
 * matters when one panel's average decides. Their strength is named in the bands of Koo &amp; Li
 * (2016), see {@link AgreementBand}.
 */
public final class PanelWording {
    /** A bias smaller than this (points out of 100) is called in line with the panel. */
    static final double IN_LINE = 0.5;
    /**
     * Below this many cases completed by every reviewer, or this many reviewers, an ICC's confidence
     * interval spans most of its range (Koo &amp; Li 2016 ask for at least 30 cases and 3 raters), so the
     * figures are shown for the record and no band is named.
     */
    static final int FEW_CASES = 10;
    static final int FEW_REVIEWERS = 3;

    private final Texts t;
    private final Locale locale;

    public PanelWording(Texts texts) {
        this(texts, Locale.ENGLISH);
    }

    public PanelWording(Texts texts, Locale locale) {
        this.t = texts;
        this.locale = locale;
    }

    /** An ICC or Kendall's W: two decimals. */
    private String agreement(double v) {
        return Figures.fixed(v, 2, locale);
    }

    /** One or two sentences on the totals, or why agreement cannot be measured yet. */
    public String headline(AgreementReport report) {
        AgreementFigures f = report.totals();
        IccResult icc = f.icc();
        if (f.n() >= 2 && f.k() >= 2 && !icc.defined()) {
            // Enough cases and reviewers, yet no figure: say why, since "—" alone reads as a fault.
            String why = IccResult.ZERO_WEIGHTS.equals(icc.undefinedReason()) ? "results.agreement.zeroWeights"
                    : IccResult.NO_VARIATION.equals(icc.undefinedReason()) ? "results.agreement.noVariation"
                    : "results.agreement.noDifference";
            return t.text(why);
        }
        if (Double.isNaN(icc.icc21()) || Double.isNaN(icc.icc2k())) {
            return t.text("results.agreement.notEnough", f.n(), f.k());
        }
        if (f.n() < FEW_CASES || f.k() < FEW_REVIEWERS) {
            return t.text("results.agreement.tooFew", f.n(), f.k(), agreement(icc.icc21()), agreement(icc.icc2k()));
        }
        return t.text("results.agreement.single", agreeWord(AgreementBand.of(icc.icc21())), agreement(icc.icc21()))
                + " " + t.text("results.agreement.average", averageWord(AgreementBand.of(icc.icc2k())),
                agreement(icc.icc2k()));
    }

    /** Every figure, the cases and reviewers they are over, the bands, and the ICC(2,1) of each criterion. */
    public List<String> details(AgreementReport report, List<Criterion> criteria) {
        AgreementFigures f = report.totals();
        IccResult icc = f.icc();
        List<String> lines = new ArrayList<>();
        lines.add(t.text("results.agreement.iccSingle", agreement(icc.icc11()),
                agreement(icc.icc21()), agreement(icc.icc31())));
        lines.add(t.text("results.agreement.iccAverage", agreement(icc.icc1k()),
                agreement(icc.icc2k()), agreement(icc.icc3k())));
        lines.add(t.text("results.agreement.kendall", agreement(f.kendallW())));
        lines.add(t.text("results.agreement.basis", f.n(), f.k()));
        for (Criterion c : criteria) {
            AgreementFigures cf = report.byCriterion().get(c.key());
            if (cf != null) {
                double v = cf.icc().icc21();
                lines.add(t.text("results.agreement.criterion", c.label(), agreement(v),
                        f.n() < FEW_CASES || f.k() < FEW_REVIEWERS ? t.text("results.agreement.tooFewBand")
                                : bandWord(AgreementBand.of(v))));
            }
        }
        lines.add(t.text("results.agreement.bands"));
        return lines;
    }

    /** One sentence per reviewer, in panel order. */
    public List<String> bias(List<ReviewerBiasEntry> entries) {
        List<String> lines = new ArrayList<>(entries.size());
        for (ReviewerBiasEntry e : entries) {
            String name = e.reviewer().name();
            double b = e.bias();
            if (Double.isNaN(b)) {
                lines.add(t.text("results.bias.none", name));
            } else if (Math.abs(b) < IN_LINE) {
                lines.add(t.text("results.bias.inLine", name, Figures.fixed(IN_LINE, 1, locale), e.reviews()));
            } else {
                lines.add(t.text(b > 0 ? "results.bias.above" : "results.bias.below", name,
                        Figures.fixed(Math.abs(b), 1, locale), e.reviews()));
            }
        }
        return lines;
    }

    private String agreeWord(AgreementBand band) {
        return t.text(switch (band) {
            case POOR -> "results.band.agree.poor";
            case MODERATE -> "results.band.agree.moderate";
            case GOOD -> "results.band.agree.good";
            case EXCELLENT -> "results.band.agree.excellent";
            case UNKNOWN -> "results.band.unknown";
        });
    }

    private String averageWord(AgreementBand band) {
        return t.text(switch (band) {
            case POOR -> "results.band.average.poor";
            case MODERATE -> "results.band.average.moderate";
            case GOOD -> "results.band.average.good";
            case EXCELLENT -> "results.band.average.excellent";
            case UNKNOWN -> "results.band.unknown";
        });
    }

    private String bandWord(AgreementBand band) {
        return t.text(switch (band) {
            case POOR -> "results.band.poor";
            case MODERATE -> "results.band.moderate";
            case GOOD -> "results.band.good";
            case EXCELLENT -> "results.band.excellent";
            case UNKNOWN -> "results.band.unknown";
        });
    }
}
