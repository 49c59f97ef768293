package com.marketplace.sellerperformance.assessment;

import com.marketplace.sellerperformance.errors.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.engine.Evaluation;
import com.marketplace.sellerperformance.engine.RuleEvaluator;
import com.marketplace.sellerperformance.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.persistence.DailyCheckEntity;
import com.marketplace.sellerperformance.persistence.DailyCheckRepository;
import com.marketplace.sellerperformance.persistence.PlanOfActionEntity;
import com.marketplace.sellerperformance.persistence.PlanOfActionRepository;
import com.marketplace.sellerperformance.persistence.SellerEntity;
import com.marketplace.sellerperformance.persistence.SellerRepository;
import com.marketplace.sellerperformance.persistence.StrikeEntity;
import com.marketplace.sellerperformance.persistence.StrikeRepository;
import com.marketplace.sellerperformance.policy.AccountDeactivation;
import com.marketplace.sellerperformance.policy.AssessmentOnRecord;
import com.marketplace.sellerperformance.policy.DailyCheckOnRecord;
import com.marketplace.sellerperformance.policy.MetricStatus;
import com.marketplace.sellerperformance.policy.Penalty;
import com.marketplace.sellerperformance.policy.PlanOfActionOnRecord;
import com.marketplace.sellerperformance.policy.StandingDay;
import com.marketplace.sellerperformance.policy.StandingFinding;
import com.marketplace.sellerperformance.policy.StrikeInForce;

/** A seller's standing on any day, decided by the rules from what is on record. */
@ApplicationScoped
public class StandingService {
    private final ActiveRuleSet rules;
    private final RuleEvaluator evaluator;
    private final SellerRepository sellers;
    private final AssessmentRepository assessments;
    private final StrikeRepository strikes;
    private final DailyCheckRepository dailyChecks;
    private final PlanOfActionRepository plans;

    public StandingService(ActiveRuleSet rules, RuleEvaluator evaluator, SellerRepository sellers,
                           AssessmentRepository assessments, StrikeRepository strikes,
                           DailyCheckRepository dailyChecks, PlanOfActionRepository plans) {
        this.rules = rules;
        this.evaluator = evaluator;
        this.sellers = sellers;
        this.assessments = assessments;
        this.strikes = strikes;
        this.dailyChecks = dailyChecks;
        this.plans = plans;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StandingView standingOn(String sellerId, LocalDate day) {
        SellerEntity seller = sellers.findBySellerId(sellerId)
                .orElseThrow(() -> new NotFoundException("No seller " + sellerId + " has been seen"));
        return standingOn(seller, day);
    }

    public StandingView standingOn(SellerEntity seller, LocalDate day) {
        List<Object> facts = new ArrayList<>();
        facts.add(new StandingDay(day));
        Map<String, StrikeEntity> strikesById = new HashMap<>();
        for (StrikeEntity strike : strikes.findStanding(seller)) {
            strikesById.put(strike.strikeId.toString(), strike);
            facts.add(StrikeLadder.onRecord(strike));
        }
        for (AssessmentEntity assessment : assessments.findLatestBySeller(seller, FbaOnsitePolicy.PROGRAM)) {
            boolean missed = assessment.metrics.stream().anyMatch(m -> m.status == MetricStatus.MISSED);
            facts.add(new AssessmentOnRecord(assessment.assessedOn, missed));
        }
        for (DailyCheckEntity check : dailyChecks.findBySeller(seller)) {
            facts.add(new DailyCheckOnRecord(check.day, check.deactivated));
        }
        for (PlanOfActionEntity plan : plans.findBySeller(seller)) {
            facts.add(new PlanOfActionOnRecord(plan.planId.toString(), plan.id, plan.submittedOn, plan.decidedOn,
                    PlanOfActionEntity.APPROVED.equals(plan.status)));
        }

        Evaluation evaluation = evaluator.evaluate(rules.current(), FbaOnsitePolicy.PROGRAM, facts);

        List<StrikeView> inForce = evaluation.all(StrikeInForce.class).stream()
                .map(s -> StrikeView.of(strikesById.get(s.getStrike().getStrikeId())))
                .sorted(Comparator.comparing(StrikeView::issuedOn).thenComparingInt(StrikeView::number))
                .toList();
        List<StandingFinding> findings = evaluation.all(StandingFinding.class);
        Optional<AccountDeactivation> deactivation = evaluation.all(AccountDeactivation.class).stream().findFirst();
        Penalty penalty = findings.stream()
                .filter(f -> StandingFinding.PENALTY_IN_FORCE.equals(f.getFinding()))
                .map(StandingFinding::getPenalty)
                .findFirst()
                .orElse(null);
        return new StandingView(seller.sellerId, day,
                deactivation.isPresent() ? StandingView.DEACTIVATED : StandingView.ACTIVE,
                has(findings, StandingFinding.PRIME_BADGE_HELD),
                has(findings, StandingFinding.PRIME_ELIGIBLE),
                inForce.size(), inForce,
                deactivation.map(d -> new StandingView.DeactivationView(d.getReason(), d.getSince(),
                        d.getMinimumUntil(), d.isPlanOfActionRequired(), d.getPlanOfActionStatus(),
                        d.getReactivatesOn())).orElse(null),
                penalty);
    }

    private static boolean has(List<StandingFinding> findings, String finding) {
        return findings.stream().anyMatch(f -> finding.equals(f.getFinding()));
    }
}
