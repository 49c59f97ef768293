package com.marketplace.sellerperformance.fbaonsite.plans;

import com.marketplace.sellerperformance.fbaonsite.announcements.SellerAnnouncements;
import com.marketplace.sellerperformance.fbaonsite.persistence.PlanOfActionEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.PlanOfActionRepository;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerEntity;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingService;
import com.marketplace.sellerperformance.fbaonsite.standing.StandingView;
import com.marketplace.sellerperformance.records.ReviewLifecycle;
import com.marketplace.sellerperformance.records.ReviewStatus;
import com.marketplace.sellerperformance.records.SubjectLock;
import com.marketplace.sellerperformance.records.Caller;
import com.marketplace.sellerperformance.problems.ConflictException;
import com.marketplace.sellerperformance.problems.NotFoundException;
import com.marketplace.sellerperformance.records.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Plans of action a deactivated seller submits, and their review. */
@ApplicationScoped
public class PlanOfActionService {
    private final Caller caller;
    private final SellerRepository sellers;
    private final PlanOfActionRepository plans;
    private final ReviewLifecycle reviews;
    private final StandingService standings;
    private final SellerAnnouncements announcements;

    public PlanOfActionService(SellerRepository sellers, PlanOfActionRepository plans, ReviewLifecycle reviews,
                               StandingService standings, Caller caller, SellerAnnouncements announcements) {
        this.announcements = announcements;
        this.sellers = sellers;
        this.plans = plans;
        this.reviews = reviews;
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

    public record PlanView(UUID planId, String sellerId, ReviewStatus status, LocalDate submittedOn, LocalDate decidedOn,
                           String rootCause, String correctiveActions, String preventiveActions, String comment,
                           String submittedBy, String decidedBy, StandingView standing) {
        static PlanView of(PlanOfActionEntity plan, String sellerId, StandingView standing) {
            return new PlanView(plan.planId, sellerId, plan.status, plan.submittedOn, plan.decidedOn, plan.rootCause,
                    plan.correctiveActions, plan.preventiveActions, plan.decisionComment, plan.submittedBy,
                    plan.decidedBy, standing);
        }
    }

    /**
     * Takes a plan when the rules' standing on its day (today when it has none) holds a deactivation
     * that requires one.
     */
    @Transactional
    public PlanView submit(String sellerId, Submission submission) {
        sellers.lockForUpdate(sellerId);
        SellerEntity seller = sellers.findBySellerId(sellerId)
                .orElseThrow(() -> new NotFoundException("No seller " + sellerId + " has been seen"));
        LocalDate day = submission.submittedOn() == null ? Today.inMarketplace() : submission.submittedOn();
        StandingView.DeactivationView deactivation = standings.standingOn(seller, day).deactivation();
        if (deactivation == null || !deactivation.planOfActionRequired()) {
            throw new ConflictException("Seller " + sellerId + " has no deactivation on " + day
                    + " that requires a plan of action");
        }
        PlanOfActionEntity plan = new PlanOfActionEntity();
        plan.planId = UUID.randomUUID();
        plan.seller = seller;
        plan.rootCause = submission.rootCause();
        plan.correctiveActions = submission.correctiveActions();
        plan.preventiveActions = submission.preventiveActions();
        plan.submittedOn = submission.submittedOn();
        plan.status = ReviewStatus.SUBMITTED;
        plan.createdAt = Instant.now();
        plan.submittedBy = caller.name();
        plans.persist(plan);
        return PlanView.of(plan, sellerId, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView find(UUID planId) {
        PlanOfActionEntity plan = plans.findByPlanId(planId)
                .orElseThrow(() -> new NotFoundException("No plan of action " + planId));
        LocalDate day = plan.decidedOn != null ? plan.decidedOn
                : plan.submittedOn != null ? plan.submittedOn : Today.inMarketplace();
        return PlanView.of(plan, plan.seller.sellerId, standings.standingOn(plan.seller, day));
    }

    @Transactional
    public PlanView decide(UUID planId, Decision decision) {
        PlanOfActionEntity plan = plans.findByPlanId(planId)
                .orElseThrow(() -> new NotFoundException("No plan of action " + planId));
        SellerEntity seller = plan.seller;
        reviews.decide(plan, SubjectLock.Kind.SELLER, seller.sellerId, decision.decidedOn());
        plan.status = decision.approved() ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
        plan.decisionComment = decision.comment();
        plans.flush();
        announcements.decided(seller, decision.decidedOn());
        return PlanView.of(plan, seller.sellerId, standings.standingOn(seller, decision.decidedOn()));
    }
}
