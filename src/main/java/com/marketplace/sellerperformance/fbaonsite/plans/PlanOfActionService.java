package com.marketplace.sellerperformance.fbaonsite.plans;

import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;

import com.marketplace.sellerperformance.web.Caller;
import com.marketplace.sellerperformance.web.NotFoundException;

import com.marketplace.sellerperformance.web.ConflictException;

import com.marketplace.sellerperformance.web.BadInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.marketplace.sellerperformance.fbaonsite.persistence.PlanOfActionEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.PlanOfActionRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.StrikeRepository;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;

/** Plans of action a deactivated seller submits, and their review. */
@ApplicationScoped
public class PlanOfActionService {
    private final Caller caller;
    private final SellerRepository sellers;
    private final PlanOfActionRepository plans;
    private final StrikeRepository strikes;
    private final StandingService standings;

    public PlanOfActionService(SellerRepository sellers, PlanOfActionRepository plans, StrikeRepository strikes,
                               StandingService standings, Caller caller) {
        this.sellers = sellers;
        this.plans = plans;
        this.strikes = strikes;
        this.standings = standings;
        this.caller = caller;
    }

    /** submittedOn may be left out when the plan's date does not matter to the caller. */
    public record Submission(@NotBlank @Size(max = 10000) String rootCause,
                             @NotBlank @Size(max = 10000) String correctiveActions,
                             @NotBlank @Size(max = 10000) String preventiveActions,
                             LocalDate submittedOn) {
    }

    public record Decision(@NotNull Boolean approved, @NotNull LocalDate decidedOn, @Size(max = 10000) String comment) {
    }

    public record PlanView(UUID planId, String sellerId, String status, LocalDate submittedOn, LocalDate decidedOn,
                           String rootCause, String correctiveActions, String preventiveActions, String comment,
                           String submittedBy, String decidedBy, StandingView standing) {
        static PlanView of(PlanOfActionEntity plan, String sellerId, StandingView standing) {
            return new PlanView(plan.planId, sellerId, plan.status, plan.submittedOn, plan.decidedOn, plan.rootCause,
                    plan.correctiveActions, plan.preventiveActions, plan.decisionComment, plan.submittedBy,
                    plan.decidedBy, standing);
        }
    }

    @Transactional
    public PlanView submit(String sellerId, Submission submission) {
        sellers.lockForUpdate(sellerId);
        SellerEntity seller = sellers.findBySellerId(sellerId)
                .orElseThrow(() -> new NotFoundException("No seller " + sellerId + " has been seen"));
        if (!strikes.hasStandingPenalty(seller, Penalty.DEACTIVATION)) {
            throw new ConflictException("Seller " + sellerId + " has no deactivation that requires a plan of action");
        }
        PlanOfActionEntity plan = new PlanOfActionEntity();
        plan.planId = UUID.randomUUID();
        plan.seller = seller;
        plan.rootCause = submission.rootCause();
        plan.correctiveActions = submission.correctiveActions();
        plan.preventiveActions = submission.preventiveActions();
        plan.submittedOn = submission.submittedOn();
        plan.status = PlanOfActionEntity.SUBMITTED;
        plan.createdAt = Instant.now();
        plan.submittedBy = caller.name();
        plans.persist(plan);
        return PlanView.of(plan, sellerId, null);
    }

    @Transactional
    public PlanView decide(UUID planId, Decision decision) {
        PlanOfActionEntity plan = plans.findByPlanId(planId)
                .orElseThrow(() -> new NotFoundException("No plan of action " + planId));
        SellerEntity seller = plan.seller;
        sellers.lockForUpdate(seller.sellerId);
        plans.getEntityManager().refresh(plan);
        if (!PlanOfActionEntity.SUBMITTED.equals(plan.status)) {
            throw new ConflictException("The plan of action " + planId + " is already " + plan.status.toLowerCase()
                    + " (on " + plan.decidedOn + ")");
        }
        if (plan.submittedOn != null && decision.decidedOn().isBefore(plan.submittedOn)) {
            throw new BadInputException("decidedOn", "must not be before the plan was submitted (" + plan.submittedOn + ")");
        }
        plan.status = decision.approved() ? PlanOfActionEntity.APPROVED : PlanOfActionEntity.REJECTED;
        plan.decidedOn = decision.decidedOn();
        plan.decisionComment = decision.comment();
        plan.decidedAt = Instant.now();
        plan.decidedBy = caller.name();
        plans.flush();
        return PlanView.of(plan, seller.sellerId, standings.standingOn(seller, decision.decidedOn()));
    }
}
