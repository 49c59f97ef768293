package com.marketplace.sellerperformance.serviceproviders.reviews;

import com.marketplace.sellerperformance.records.PendingReview;
import com.marketplace.sellerperformance.records.ReviewStatus;
import com.marketplace.sellerperformance.serviceproviders.persistence.ImprovementPlanEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The Services records a reviewer has still to decide: submitted improvement plans (appeals of suspensions among them). */
@ApplicationScoped
public class PendingImprovementPlans {
    private final EntityManager entityManager;

    public PendingImprovementPlans(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Oldest first (by when they arrived), at most {@link PendingReview#QUEUE_LIMIT}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PendingReview> oldestFirst() {
        return entityManager.createQuery("select p from ImprovementPlanEntity p join fetch p.provider"
                        + " where p.status = :status order by p.createdAt, p.id", ImprovementPlanEntity.class)
                .setParameter("status", ReviewStatus.SUBMITTED)
                .setMaxResults(PendingReview.QUEUE_LIMIT)
                .getResultList().stream()
                .map(plan -> new PendingReview(PendingReview.Kind.IMPROVEMENT_PLAN, plan.planId, "services",
                        plan.provider.providerId, plan.createdAt, plan.submittedOn, plan.submittedBy,
                        plan.appealReason == null ? plan.plan : plan.plan + " (appeal: " + plan.appealReason + ")"))
                .toList();
    }
}
