package com.marketplace.sellerperformance.fbaonsite.dailychecks;

import com.marketplace.sellerperformance.fbaonsite.assessment.FbaOnsiteRules;
import com.marketplace.sellerperformance.fbaonsite.ladder.StrikeLadder;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;

import com.marketplace.sellerperformance.web.Caller;
import com.marketplace.sellerperformance.web.ConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.AssessmentRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.DailyCheckRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.facts.DailyCheckFacts;

/**
 * Daily immediate-deactivation checks. A check that deactivates the seller inside a period already
 * assessed lets the ladder decide that assessment's strikes again (three immediate deactivations in
 * one period are a strike).
 */
@ApplicationScoped
public class DailyCheckService {
    private final Caller caller;
    private final ActiveRuleSet rules;
    private final FbaOnsiteRules policy;
    private final SellerRepository sellers;
    private final DailyCheckRepository dailyChecks;
    private final AssessmentRepository assessments;
    private final StrikeLadder ladder;
    private final StandingService standings;

    public DailyCheckService(ActiveRuleSet rules, FbaOnsiteRules policy, SellerRepository sellers,
                             DailyCheckRepository dailyChecks, AssessmentRepository assessments, StrikeLadder ladder,
                             StandingService standings, Caller caller) {
        this.rules = rules;
        this.policy = policy;
        this.sellers = sellers;
        this.dailyChecks = dailyChecks;
        this.assessments = assessments;
        this.ladder = ladder;
        this.standings = standings;
        this.caller = caller;
    }

    public record Outcome(DailyCheckView check, boolean created) {
    }

    @Transactional
    public Outcome check(DailyCheckSubmission submission) {
        sellers.lockForUpdate(submission.sellerId());
        SellerEntity seller = sellers.findOrCreate(submission.sellerId());
        Optional<DailyCheckEntity> earlier = dailyChecks.findOn(seller, submission.day());
        if (earlier.isPresent()) {
            if (sameFacts(earlier.get(), submission)) {
                return new Outcome(view(earlier.get(), seller), false);
            }
            throw new ConflictException("The day " + submission.day() + " of seller " + submission.sellerId()
                    + " is already checked (check " + earlier.get().checkId + ") with other numbers");
        }
        FbaOnsiteRules.DailyCheckDecision decision = policy.checkDay(rules.current(), new DailyCheckFacts(
                submission.day(), submission.fastTrackPendingUnits(), submission.cancelledUnits(),
                submission.lateProcessedUnits(), submission.lateHandoverUnits(), submission.affectedUnits()));

        DailyCheckEntity check = new DailyCheckEntity();
        check.checkId = UUID.randomUUID();
        check.seller = seller;
        check.day = submission.day();
        check.fastTrackPendingUnits = submission.fastTrackPendingUnits();
        check.cancelledUnits = submission.cancelledUnits();
        check.lateProcessedUnits = submission.lateProcessedUnits();
        check.lateHandoverUnits = submission.lateHandoverUnits();
        check.affectedUnits = submission.affectedUnits();
        check.exceeded = new ArrayList<>(decision.exceeded());
        check.deactivated = decision.deactivated();
        check.ruleSetVersion = decision.ruleSetVersion();
        check.firedRules = new ArrayList<>(decision.firedRules());
        check.createdAt = Instant.now();
        check.createdBy = caller.name();
        dailyChecks.persist(check);
        dailyChecks.flush();

        if (check.deactivated) {
            assessedPeriodContaining(seller, check).ifPresent(assessment ->
                    ladder.replayFrom(seller, assessment.assessmentId));
        }
        return new Outcome(view(check, seller), true);
    }

    private Optional<AssessmentEntity> assessedPeriodContaining(SellerEntity seller, DailyCheckEntity check) {
        return assessments.findLatestBySeller(seller, FbaOnsiteRules.PROGRAM).stream()
                .filter(a -> !check.day.isBefore(a.periodStart) && !check.day.isAfter(a.periodEnd))
                .findFirst();
    }

    private static boolean sameFacts(DailyCheckEntity check, DailyCheckSubmission submission) {
        return check.fastTrackPendingUnits == submission.fastTrackPendingUnits()
                && check.cancelledUnits == submission.cancelledUnits()
                && check.lateProcessedUnits == submission.lateProcessedUnits()
                && check.lateHandoverUnits == submission.lateHandoverUnits()
                && check.affectedUnits == submission.affectedUnits();
    }

    private DailyCheckView view(DailyCheckEntity check, SellerEntity seller) {
        return new DailyCheckView(check.checkId, seller.sellerId, check.day, check.deactivated,
                List.copyOf(check.exceeded), check.ruleSetVersion, List.copyOf(check.firedRules), check.createdBy,
                standings.standingOn(seller, check.day));
    }
}
