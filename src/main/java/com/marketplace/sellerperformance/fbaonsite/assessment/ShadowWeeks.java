package com.marketplace.sellerperformance.fbaonsite.assessment;

import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.ShadowRuleSet;
import com.marketplace.sellerperformance.facts.MetricResult;
import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import com.marketplace.sellerperformance.fbaonsite.facts.Strike;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.MetricResultEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.rules.DecidedStrikes;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaDecision;
import com.marketplace.sellerperformance.fbaonsite.rules.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.rules.LadderClimb;
import com.marketplace.sellerperformance.fbaonsite.rules.Rung;
import com.marketplace.sellerperformance.fbaonsite.rules.StandingRules;
import com.marketplace.sellerperformance.fbaonsite.rules.SubmissionFacts;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A new week decided again by the shadow rule set, from the same facts and the same record (the
 * active set's ladder so far): its metric statuses, its strikes with their penalties and the standing
 * on its assessment day, held against what the active set decided and stores. Both a request's week and
 * a run's lines pass here, from {@link WeekWriter}.
 */
@ApplicationScoped
public class ShadowWeeks {
    public static final String KIND = "ASSESSMENT";

    private final ShadowRuleSet shadow;
    private final PeriodsOnRecord periods;
    private final FbaOnsiteRules fbaOnsite;
    private final LadderClimb ladder;
    private final StandingRules standing;

    public ShadowWeeks(ShadowRuleSet shadow, PeriodsOnRecord periods, FbaOnsiteRules fbaOnsite, LadderClimb ladder,
                       StandingRules standing) {
        this.shadow = shadow;
        this.periods = periods;
        this.fbaOnsite = fbaOnsite;
        this.ladder = ladder;
        this.standing = standing;
    }

    public boolean on() {
        return shadow.on();
    }

    Optional<ShadowRuleSet.Comparison> compared(NewWeek week, RecordReadAhead.SellerRecord record,
                                                StandingView activeStanding) {
        AssessmentEntity assessment = week.assessment();
        return shadow.compared(KIND, assessment.assessmentId.toString(), week.seller().sellerId,
                () -> asDecided(assessment, week.strikes(), activeStanding),
                ruleSet -> decidedBy(ruleSet, assessment, record));
    }

    void record(List<ShadowRuleSet.Comparison> comparisons) {
        shadow.record(comparisons);
    }

    private Map<String, String> decidedBy(RuleSet ruleSet, AssessmentEntity assessment,
                                          RecordReadAhead.SellerRecord record) {
        SellerPast past = record == null ? SellerPast.NONE : record;
        SubmissionFacts facts = SubmissionFacts.of(periods.factsOf(assessment));
        FbaDecision measured = fbaOnsite.measure(ruleSet, facts, QuarterlyTargets.facts(past.returnTargets()));
        DecidedStrikes struck = ladder.climb(List.of(new Rung(facts.period(), measured.assessedOn(),
                        measured.metrics(), ruleSet)), past.standingStrikes(),
                past.deactivatingDays(assessment.periodStart, assessment.periodEnd)).get(0);

        List<StrikeOnRecord> strikes = new ArrayList<>(past.standingStrikes());
        struck.strikes().forEach(s -> strikes.add(new StrikeOnRecord(UUID.randomUUID().toString(), s.getMetric(),
                s.getNumber(), s.getIssuedOn(), s.getExpiresOn(), s.getPenalty(), s.getMinimumDeactivationDays(),
                s.isPlanOfActionRequired())));
        List<AssessmentOnRecord> latest = new ArrayList<>(record == null ? List.of() : record.latestOnRecord());
        latest.add(new AssessmentOnRecord(measured.assessedOn(),
                measured.metrics().stream().anyMatch(m -> m.getStatus() == MetricStatus.MISSED)));
        StandingRules.Standing standsThen = standing.decide(ruleSet, measured.assessedOn(), new StandingRules.Records(
                strikes, latest, record == null ? List.of() : record.dailyChecks, record == null ? List.of() : record.plans));

        Map<String, String> decided = new LinkedHashMap<>();
        decided.put("assessedOn", String.valueOf(measured.assessedOn()));
        for (MetricResult metric : measured.metrics()) {
            decided.put("metrics." + metric.getMetric(), String.valueOf(metric.getStatus()));
        }
        for (Strike strike : struck.strikes()) {
            decided.put("strikes." + strike.getMetric(), strike(strike.getNumber(), strike.getPenalty()));
        }
        standing(decided, standsThen.deactivated(), standsThen.primeBadge(), standsThen.primeEligible(),
                standsThen.strikesInForce().size(), standsThen.penalty());
        return decided;
    }

    private static Map<String, String> asDecided(AssessmentEntity assessment, List<StrikeEntity> strikes,
                                                 StandingView standing) {
        Map<String, String> decided = new LinkedHashMap<>();
        decided.put("assessedOn", String.valueOf(assessment.assessedOn));
        for (MetricResultEntity metric : assessment.metrics) {
            decided.put("metrics." + metric.metric, String.valueOf(metric.status));
        }
        for (StrikeEntity strike : strikes) {
            decided.put("strikes." + strike.metric, strike(strike.number, strike.penalty));
        }
        standing(decided, standing.accountStatus() == StandingView.AccountStatus.DEACTIVATED, standing.primeBadge(),
                standing.primeEligible(), standing.activeStrikes(), standing.penalty());
        return decided;
    }

    private static String strike(int number, Penalty penalty) {
        return "#" + number + " " + penalty;
    }

    private static void standing(Map<String, String> decided, boolean deactivated, boolean primeBadge,
                                 boolean primeEligible, int strikesInForce, Penalty penalty) {
        decided.put("standing.accountStatus", deactivated ? "DEACTIVATED" : "ACTIVE");
        decided.put("standing.primeBadge", String.valueOf(primeBadge));
        decided.put("standing.primeEligible", String.valueOf(primeEligible));
        decided.put("standing.strikesInForce", String.valueOf(strikesInForce));
        if (penalty != null) {
            decided.put("standing.penalty", penalty.name());
        }
    }
}
