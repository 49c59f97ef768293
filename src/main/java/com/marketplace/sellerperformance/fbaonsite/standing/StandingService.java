package com.marketplace.sellerperformance.fbaonsite.standing;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.fbaonsite.facts.AccountDeactivation;
import com.marketplace.sellerperformance.fbaonsite.facts.AssessmentOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckOnRecord;
import com.marketplace.sellerperformance.fbaonsite.facts.PlanOfActionOnRecord;
import com.marketplace.sellerperformance.fbaonsite.ladder.LadderAsKnown;
import com.marketplace.sellerperformance.fbaonsite.ladder.StoredLadder;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.PlanOfActionRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.fbaonsite.rules.StandingRules;
import com.marketplace.sellerperformance.records.ReviewStatus;
import com.marketplace.sellerperformance.problems.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A seller's standing on any day, decided by the rules from what is on record. */
@ApplicationScoped
public class StandingService {
    private final ActiveRuleSet rules;
    private final StandingRules policy;
    private final SellerRepository sellers;
    private final AssessmentRepository assessments;
    private final StrikeRepository strikes;
    private final DailyCheckRepository dailyChecks;
    private final PlanOfActionRepository plans;
    private final StoredLadder ladder;

    public StandingService(ActiveRuleSet rules, StandingRules policy, SellerRepository sellers,
                           AssessmentRepository assessments, StrikeRepository strikes,
                           DailyCheckRepository dailyChecks, PlanOfActionRepository plans, StoredLadder ladder) {
        this.ladder = ladder;
        this.rules = rules;
        this.policy = policy;
        this.sellers = sellers;
        this.assessments = assessments;
        this.strikes = strikes;
        this.dailyChecks = dailyChecks;
        this.plans = plans;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StandingView standingOn(String sellerId, LocalDate day) {
        return standingOn(sellerId, day, null);
    }

    /** The standing on a day from what was decided on or before {@code asOf}; null: everything on record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StandingView standingOn(String sellerId, LocalDate day, LocalDate asOf) {
        SellerEntity seller = sellers.findBySellerId(sellerId)
                .orElseThrow(() -> new NotFoundException("No seller " + sellerId + " has been seen"));
        return asOf == null ? standingOn(seller, day) : standingsOf(seller, ladder.asKnownOn(seller, asOf, null)).apply(day);
    }

    public StandingView standingOn(SellerEntity seller, LocalDate day) {
        return standingsOf(seller).apply(day);
    }

    /**
     * The seller's standing on any day, from its records read once: for answers that show the
     * standing on several days (a list of assessments, each on its own assessment day).
     */
    public Function<LocalDate, StandingView> standingsOf(SellerEntity seller) {
        return standingsOf(seller, strikes.findStanding(seller),
                assessments.findLatestBySeller(seller).stream().map(StandingService::onRecord).toList(),
                dailyChecks.findBySeller(seller).stream()
                        .map(check -> new DailyCheckOnRecord(check.day, check.deactivated)).toList(),
                plans.findBySeller(seller).stream()
                        .map(plan -> new PlanOfActionOnRecord(plan.planId.toString(), plan.id, plan.submittedOn,
                                plan.decidedOn, ReviewStatus.APPROVED.equals(plan.status)))
                        .toList());
    }

    /** The seller's standing on any day from the records given (the standing strikes, the latest revisions). */
    public Function<LocalDate, StandingView> standingsOf(SellerEntity seller, List<StrikeEntity> standingStrikes,
                                                         List<AssessmentOnRecord> latest,
                                                         List<DailyCheckOnRecord> checks,
                                                         List<PlanOfActionOnRecord> planRecords) {
        Map<String, StrikeView> strikesById = new HashMap<>();
        standingStrikes.forEach(strike -> strikesById.put(strike.strikeId.toString(), StrikeView.of(strike)));
        StandingRules.Records records = new StandingRules.Records(
                standingStrikes.stream().map(StrikeEntity::onRecord).toList(),
                latest, checks, planRecords);
        return day -> view(seller, day, policy.decide(rules.current(), day, records), strikesById);
    }

    /**
     * The seller's standing on any day as it was known on the ladder's day: its strikes as then
     * decided, the daily checks of days up to then, plans of action as then decided.
     */
    public Function<LocalDate, StandingView> standingsOf(SellerEntity seller, LadderAsKnown known) {
        LocalDate asOf = known.asOf();
        Map<String, StrikeView> strikesById = new HashMap<>();
        known.allStanding().forEach(strike -> strikesById.put(strike.key(), StrikeView.asKnown(strike)));
        StandingRules.Records records = new StandingRules.Records(
                known.allStanding().stream().map(LadderAsKnown.KnownStrike::onRecord).toList(),
                known.assessments().stream().map(StandingService::onRecord).toList(),
                dailyChecks.findBySeller(seller).stream()
                        .filter(check -> !check.day.isAfter(asOf))
                        .map(check -> new DailyCheckOnRecord(check.day, check.deactivated)).toList(),
                plans.findBySeller(seller).stream()
                        .filter(plan -> plan.submittedOn == null || !plan.submittedOn.isAfter(asOf))
                        .map(plan -> plan.decidedOn != null && !plan.decidedOn.isAfter(asOf)
                                ? new PlanOfActionOnRecord(plan.planId.toString(), plan.id, plan.submittedOn,
                                        plan.decidedOn, ReviewStatus.APPROVED.equals(plan.status))
                                : new PlanOfActionOnRecord(plan.planId.toString(), plan.id, plan.submittedOn,
                                        null, false))
                        .toList());
        return day -> view(seller, day, policy.decide(rules.current(), day, records), strikesById);
    }

    /** An assessment as the standing rules see it. */
    public static AssessmentOnRecord onRecord(AssessmentEntity assessment) {
        return new AssessmentOnRecord(assessment.assessedOn,
                assessment.metrics.stream().anyMatch(m -> m.status == MetricStatus.MISSED));
    }

    private static StandingView view(SellerEntity seller, LocalDate day, StandingRules.Standing standing,
                                     Map<String, StrikeView> strikesById) {
        List<StrikeView> inForce = standing.strikesInForce().stream()
                .map(s -> strikesById.get(s.getStrikeId()))
                .sorted(Comparator.comparing(StrikeView::issuedOn).thenComparingInt(StrikeView::number))
                .toList();
        return new StandingView(seller.sellerId, day,
                StandingView.AccountStatus.of(standing.deactivated()),
                standing.primeBadge(), standing.primeEligible(), inForce.size(), inForce,
                standing.deactivation().map(StandingService::view).orElse(null), standing.penalty());
    }

    private static StandingView.DeactivationView view(AccountDeactivation d) {
        return new StandingView.DeactivationView(d.getReason(), d.getSince(), d.getMinimumUntil(),
                d.isPlanOfActionRequired(), d.getPlanOfActionStatus(), d.getReactivatesOn());
    }
}
