package com.marketplace.sellerperformance.fbaonsite.rules;

import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.facts.StandingDay;
import com.marketplace.sellerperformance.fbaonsite.facts.AccountDeactivation;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import com.marketplace.sellerperformance.fbaonsite.facts.PlanOfActionOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.StandingFinding;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeInForce;
import com.marketplace.sellerperformance.fbaonsite.facts.StrikeOnRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lets the FBA Onsite rules decide a seller's standing on a day from the records given; touches no database. */
@ApplicationScoped
public class StandingRules {
    private final RuleEvaluator evaluator;

    public StandingRules(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** What a seller's FBA Onsite history holds, as facts. */
    public record Records(List<StrikeOnRecord> strikes, List<AssessmentOnRecord> assessments,
                          List<DailyCheckOnRecord> dailyChecks, List<PlanOfActionOnRecord> plans) {
    }

    public record Standing(LocalDate on, List<StrikeOnRecord> strikesInForce, boolean primeEligible,
                           boolean primeBadge, Optional<AccountDeactivation> deactivation, Penalty penalty) {
        public boolean deactivated() {
            return deactivation.isPresent();
        }
    }

    public Standing decide(RuleSet ruleSet, LocalDate day, Records records) {
        List<Object> facts = new ArrayList<>();
        facts.add(new StandingDay(day));
        // Fresh copies: the rules mark strikes as placed while they build deactivations.
        records.strikes().forEach(s -> facts.add(new StrikeOnRecord(s.getStrikeId(), s.getMetric(), s.getNumber(),
                s.getIssuedOn(), s.getExpiresOn(), s.getPenalty(), s.getMinimumDeactivationDays(),
                s.isPlanOfActionRequired())));
        facts.addAll(records.assessments());
        facts.addAll(records.dailyChecks());
        facts.addAll(records.plans());

        Evaluation evaluation = evaluator.evaluate(ruleSet, FbaOnsiteRules.PROGRAM, FbaOnsiteRules.STANDING, facts);

        List<StrikeOnRecord> inForce = evaluation.all(StrikeInForce.class).stream()
                .map(StrikeInForce::getStrike).toList();
        List<StandingFinding> findings = evaluation.all(StandingFinding.class);
        Penalty penalty = findings.stream()
                .filter(f -> StandingFinding.PENALTY_IN_FORCE.equals(f.getFinding()))
                .map(StandingFinding::getPenalty)
                .findFirst()
                .orElse(null);
        return new Standing(day, inForce, has(findings, StandingFinding.PRIME_ELIGIBLE),
                has(findings, StandingFinding.PRIME_BADGE_HELD),
                evaluation.all(AccountDeactivation.class).stream().findFirst(), penalty);
    }

    private static boolean has(List<StandingFinding> findings, String finding) {
        return findings.stream().anyMatch(f -> finding.equals(f.getFinding()));
    }
}
